package lv.pietura.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.ConcurrentChange;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PieturaException;
import lv.pietura.shared.RuleViolation;
import lv.pietura.shared.TooLarge;
import lv.pietura.web.i18n.Language;
import lv.pietura.web.i18n.Texts;

/** Turns the facades' refusals into problem details in the caller's language. */
public final class ProblemMappers {

    private static final Logger FAULTS = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    static Locale locale(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> "en".equals(l.getLanguage()) || "lv".equals(l.getLanguage()))
                .findFirst()
                .orElse(Language.LATVIAN);
    }

    static Response problem(int status, String type, Locale locale, PieturaException refusal) {
        List<Problem.FieldProblem> problems = refusal instanceof RuleViolation violation
                ? violation.problems().stream()
                        .map(p -> new Problem.FieldProblem(
                                p.field(), p.messageKey(), Texts.rule(locale, p.messageKey(), p.argumentArray())))
                        .toList()
                : List.of();
        String detail = Texts.rule(locale, refusal.messageKey(), refusal.arguments());
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:pietura:problem:" + type, type, status, detail, problems))
                .build();
    }

    @Provider
    public static class Refusals implements ExceptionMapper<PieturaException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(PieturaException refusal) {
            Locale locale = locale(headers);
            if (refusal instanceof NotFound) {
                return problem(404, "not-found", locale, refusal);
            }
            if (refusal instanceof ConcurrentChange) {
                return problem(409, "concurrent-change", locale, refusal);
            }
            if (refusal instanceof AccessDenied) {
                return problem(403, "forbidden", locale, refusal);
            }
            if (refusal instanceof TooLarge) {
                return problem(413, "payload-too-large", locale, refusal);
            }
            return problem(422, "rule-violation", locale, refusal);
        }
    }

    /** A facade refused the caller's role: 401 when nobody signed in, 403 otherwise. */
    @Provider
    public static class AccessRefusals implements ExceptionMapper<EJBAccessException> {

        @Context
        HttpHeaders headers;

        @Context
        SecurityContext security;

        @Override
        public Response toResponse(EJBAccessException refusal) {
            Locale locale = locale(headers);
            if (security.getUserPrincipal() == null) {
                return unauthorized(locale);
            }
            return Response.status(403)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem(
                            "urn:pietura:problem:forbidden",
                            "forbidden",
                            403,
                            Texts.page(locale, "api.forbidden"),
                            List.of()))
                    .build();
        }
    }

    /** A request the API cannot read: 400, naming the parameter and why, in the caller's language. */
    @Provider
    public static class BadRequests implements ExceptionMapper<BadRequest> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(BadRequest refusal) {
            String detail = Texts.page(
                    locale(headers), "api.badRequest." + refusal.reason().name(), refusal.parameter());
            return Response.status(400)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem(
                            "urn:pietura:problem:bad-request",
                            "bad-request",
                            400,
                            detail,
                            List.of(new Problem.FieldProblem(
                                    refusal.parameter(),
                                    "api.badRequest." + refusal.reason().name(),
                                    detail))))
                    .build();
        }
    }

    /**
     * A fault of a facade or of the database (a system exception, not a refusal): logged in full under an
     * incident number and answered with a problem detail that names the number and nothing of the application.
     */
    static Response fault(RuntimeException fault, HttpHeaders headers, UriInfo uri) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        FAULTS.log(
                Level.SEVERE,
                fault,
                () -> "API incident " + incident + " on " + uri.getRequestUri().getPath());
        return Response.status(500)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(
                        "urn:pietura:problem:fault",
                        "fault",
                        500,
                        Texts.page(locale(headers), "api.fault", incident),
                        List.of()))
                .build();
    }

    @Provider
    public static class EjbFaults implements ExceptionMapper<EJBException> {

        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(EJBException fault) {
            return fault(fault, headers, uri);
        }
    }

    @Provider
    public static class DatabaseFaults implements ExceptionMapper<PersistenceException> {

        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(PersistenceException fault) {
            return fault(fault, headers, uri);
        }
    }

    /** Nobody signed in where someone must be: 401, inviting HTTP Basic (portals; people use the pages' session). */
    static Response unauthorized(Locale locale) {
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(
                        "urn:pietura:problem:unauthorized",
                        "unauthorized",
                        401,
                        Texts.page(locale, "api.signInRequired"),
                        List.of()))
                .header("WWW-Authenticate", "Basic realm=\"Pietura\", charset=\"UTF-8\"")
                .build();
    }
}
