package lv.pietura.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lv.pietura.security.StaffAuthentication;
import lv.pietura.shared.TooLarge;
import lv.pietura.web.i18n.Texts;

/**
 * What every API request passes before its operation runs and before a byte of its body is read: a client
 * address with too many failed sign-ins waits (429 with Retry-After); the operation's
 * {@link RolesAllowed} is checked against the caller (401 for nobody, 403 for a caller without the role;
 * an operation that names no roles and is not {@link PermitAll} is closed to everyone); a caller who must
 * change their password is refused (403) until they have; and the body is limited to the operation's
 * {@link BodyLimit}, counted as it streams in.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiGate implements ContainerRequestFilter {

    /** What an operation without {@link BodyLimit} accepts: 64 KB. */
    public static final long DEFAULT_BODY_LIMIT = 64 * 1024;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext context) {
        Locale locale = ProblemMappers.locale(headers);
        Object retryAfter = request.getAttribute(StaffAuthentication.RETRY_AFTER);
        if (retryAfter != null) {
            context.abortWith(refusal(429, "too-many-requests", Texts.page(locale, "signIn.throttled", retryAfter))
                    .header("Retry-After", retryAfter)
                    .build());
            return;
        }
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        SecurityContext security = context.getSecurityContext();
        boolean anonymous = security.getUserPrincipal() == null;
        if (!isOpen(method)) {
            List<String> roles = rolesAllowed(method);
            if (anonymous) {
                context.abortWith(ProblemMappers.unauthorized(locale));
                return;
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                context.abortWith(refusal(403, "forbidden", Texts.page(locale, "api.forbidden"))
                        .build());
                return;
            }
            if (Boolean.TRUE.equals(request.getAttribute(StaffAuthentication.MUST_CHANGE_PASSWORD))) {
                context.abortWith(refusal(403, "password-must-change", Texts.page(locale, "api.passwordMustChange"))
                        .build());
                return;
            }
        }
        String unusable = withNul(context.getUriInfo().getPathParameters());
        if (unusable == null) {
            unusable = withNul(context.getUriInfo().getQueryParameters());
        }
        if (unusable != null) {
            throw new BadRequest(unusable, BadRequest.Reason.UNUSABLE);
        }
        BodyLimit declared = method.getAnnotation(BodyLimit.class);
        long limit = declared == null ? DEFAULT_BODY_LIMIT : declared.value();
        if (context.getLength() > limit) {
            throw new TooLarge(TooLarge.readable(limit));
        }
        if (context.hasEntity()) {
            context.setEntityStream(new Limited(context.getEntityStream(), limit));
        }
    }

    /**
     * The first parameter whose value holds the character U+0000, or {@code null}: no identifier, code or search
     * has one, and PostgreSQL refuses it in text, so it is refused here, before any lookup.
     */
    static String withNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf(0) >= 0)) {
                return parameter.getKey();
            }
        }
        return null;
    }

    /** {@link PermitAll} on the operation, or on its class when the operation names no roles. */
    static boolean isOpen(Method method) {
        return method.isAnnotationPresent(PermitAll.class)
                || !method.isAnnotationPresent(RolesAllowed.class)
                        && method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
    }

    /** The operation's roles ({@code RolesAllowed} on the method, else on its class); none: closed. */
    static List<String> rolesAllowed(Method method) {
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return roles == null ? List.of() : Arrays.asList(roles.value());
    }

    private static Response.ResponseBuilder refusal(int status, String type, String detail) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:pietura:problem:" + type, type, status, detail, List.of()));
    }

    /** A body that may not grow past its limit: the read that would pass it throws {@link TooLarge}. */
    static final class Limited extends FilterInputStream {

        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw new TooLarge(TooLarge.readable(limit));
            }
        }
    }
}
