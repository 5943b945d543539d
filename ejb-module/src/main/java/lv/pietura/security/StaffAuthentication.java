package lv.pietura.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How callers sign in. It lives in the EJB module rather than in the web module so that every web
 * module of the application (the pages and API, and an in-container test module) sees the same
 * mechanism; the identity stores ({@code StaffIdentityStore} and {@code HolderIdentityStore} in the web
 * module) ask the areas that keep the accounts.
 * <ul>
 *   <li>People: the form on {@code /login} hands its credentials over through
 *   {@code SecurityContext.authenticate}; a protected page sends a visitor there first and back afterwards
 *   ({@link LoginToContinue}), and the session keeps them signed in ({@link AutoApplySession}).</li>
 *   <li>Single sign-on, when configured: {@link OpenIdConnect} on {@value OpenIdConnect#START} and
 *   {@value OpenIdConnect#RETURN}.</li>
 *   <li>E-service portals: HTTP Basic on {@code /api/*}, on every request (a success is remembered for a
 *   minute, {@link VerifiedApiCredentials}; no session is opened, {@link NoSessionForApiCalls}). Wrong
 *   credentials are not refused here: the request goes on anonymous and the API answers 401 where a role
 *   is needed.</li>
 * </ul>
 */
@ApplicationScoped
@AutoApplySession
@NoSessionForApiCalls.Binding
@LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false)
public class StaffAuthentication implements HttpAuthenticationMechanism {

    public static final String API = "/api/";
    /** Request attribute: the seconds a client must wait, when its address has too many failed sign-ins. */
    public static final String RETRY_AFTER = "lv.pietura.sign-in.retryAfter";
    /** Request attribute: the API's caller signed in with a password they must change first. */
    public static final String MUST_CHANGE_PASSWORD = "lv.pietura.sign-in.mustChangePassword";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    VerifiedApiCredentials verifiedApiCredentials;

    @Inject
    StaffIdentities staff;

    @Inject
    OpenIdConnect openIdConnect;

    @Inject
    SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return context.notifyContainerAboutLogin(
                    validate(request, context.getAuthParameters().getCredential()));
        }
        if (openIdConnect.enabled() && "GET".equals(request.getMethod())) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (OpenIdConnect.START.equals(path)) {
                return openIdConnect.start(request, context);
            }
            if (OpenIdConnect.RETURN.equals(path)) {
                return openIdConnect.finish(request, context);
            }
        }
        UsernamePasswordCredential basic = basicCredential(request);
        if (basic != null) {
            AccountState state = staff.stateOf(basic.getCaller());
            CredentialValidationResult result = verifiedApiCredentials.recall(basic, state);
            if (result == null) {
                result = validate(request, basic);
                verifiedApiCredentials.remember(basic, result, state);
            }
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                if (state != null && state.mustChangePassword()) {
                    request.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
                }
                return context.notifyContainerAboutLogin(result);
            }
        }
        return context.doNothing();
    }

    /**
     * Checks credentials unless the client's address has too many failed sign-ins lately; then nothing is
     * checked and {@link #RETRY_AFTER} says how long to wait ({@link SignInThrottle}).
     */
    private CredentialValidationResult validate(HttpServletRequest request, Credential credential) {
        SignInThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(request.getRemoteAddr());
        } catch (SignInThrottle.TooManyAttempts e) {
            request.setAttribute(RETRY_AFTER, e.retryAfterSeconds());
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            attempt.succeeded();
        }
        return result;
    }

    /** The Basic credentials of a request to the API, or {@code null}. */
    public static UsernamePasswordCredential basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null
                || !header.regionMatches(true, 0, "Basic ", 0, 6)
                || !request.getRequestURI().startsWith(request.getContextPath() + API)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
