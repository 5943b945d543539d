package lv.pietura.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import lv.pietura.security.OpenIdConnect;
import lv.pietura.security.StaffAuthentication;
import lv.pietura.shared.RoleNames;
import lv.pietura.web.faces.FacesMessages;

/** The sign-in form. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignedInUser signedInUser;

    @Inject
    OpenIdConnect openIdConnect;

    /** The cookie that carries the sign-in form's token (see {@link #prepareForm}). */
    static final String FORM_COOKIE = "pietura-sign-in";

    private static final SecureRandom RANDOM = new SecureRandom();

    private String username;
    private String password;
    private String formToken;

    /**
     * Before the form is rendered: a fresh random token, both in a cookie of the sign-in page (SameSite=Strict,
     * so another site's form never sends it) and in the form; a sign-in is taken only when the two agree.
     * Another site cannot sign a visitor in with the attacker's own credentials (login CSRF), and the form
     * keeps no server state, so a sign-in page left open for hours still works.
     */
    public void prepareForm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() && formToken != null) {
            return; // rendered again after a refusal: the token already sent stays
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        formToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(
                FORM_COOKIE,
                formToken,
                Map.of(
                        "path",
                        external.getRequestContextPath() + "/login",
                        "httpOnly",
                        Boolean.TRUE,
                        "secure",
                        external.isSecure(),
                        "SameSite",
                        "Strict",
                        "maxAge",
                        -1));
    }

    private boolean formTokenMatches(HttpServletRequest request) {
        if (formToken == null || request.getCookies() == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if (FORM_COOKIE.equals(cookie.getName())
                    && MessageDigest.isEqual(
                            cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                            formToken.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!formTokenMatches(request)) {
            password = null;
            formToken = null;
            FacesMessages.error("signIn.formExpired");
            return;
        }
        // A new session id before the identity is attached: a session id planted before sign-in is worthless.
        request.getSession(true);
        request.changeSessionId();
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(
                                new UsernamePasswordCredential(username == null ? "" : username, new Password(secret)))
                        .newAuthentication(false));
        if ((status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE)
                && request.isUserInRole(RoleNames.PORTAL)) {
            signedInUser.refresh();
            if (signedInUser.isMustChangePassword()) {
                // An e-service portal's account with a temporary password: the API refuses it until it is
                // changed, and the password page is the one page it may open.
                external.redirect(external.getRequestContextPath() + "/account/password");
                return;
            }
            // An e-service portal's account signs in on the API only, never on the pages.
            try {
                request.logout();
            } catch (jakarta.servlet.ServletException e) {
                throw new IOException(e);
            }
            request.getSession().invalidate();
            if (status == AuthenticationStatus.SEND_CONTINUE) {
                faces.responseComplete(); // the page asked for asks for a sign-in again
            } else {
                FacesMessages.error("signIn.apiOnly");
            }
            return;
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                if (request.isUserInRole(RoleNames.EADDRESS_HOLDER)) {
                    external.redirect(external.getRequestContextPath() + "/my/mailbox");
                    return;
                }
                signedInUser.refresh();
                external.redirect(external.getRequestContextPath() + "/home");
            }
            default -> refused(request, (HttpServletResponse) external.getResponse());
        }
    }

    /**
     * One answer for every refused sign-in (unknown name, wrong password, locked, deactivated, no agreement),
     * so that nobody learns from it whether an account exists or what state it is in; only an address with
     * too many failures lately is told to wait, with HTTP 429.
     */
    private void refused(HttpServletRequest request, HttpServletResponse response) {
        Object retryAfter = request.getAttribute(StaffAuthentication.RETRY_AFTER);
        if (retryAfter != null) {
            response.setStatus(429);
            response.setHeader("Retry-After", retryAfter.toString());
            FacesMessages.error("signIn.throttled", retryAfter);
            return;
        }
        FacesMessages.error("signIn.badCredentials");
    }

    /** Whether single sign-on is configured: the page offers it above the form. */
    public boolean isSingleSignOn() {
        return openIdConnect.enabled();
    }

    /** Says why a single sign-on came back here ({@code ?sso=...}). */
    public void explainSingleSignOn() {
        String reason = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("sso");
        if (reason == null) {
            return;
        }
        FacesMessages.error(
                switch (reason) {
                    case "INACTIVE" -> "signIn.inactive";
                    case "NO_AGREEMENT" -> "signIn.noAgreement";
                    case "NOT_MAPPED" -> "signIn.sso.NOT_MAPPED";
                    default -> "signIn.sso.FAILED";
                });
    }

    public String getFormToken() {
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
