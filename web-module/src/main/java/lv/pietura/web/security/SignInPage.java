package lv.pietura.web.security;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lv.pietura.organisation.OpenIdConnect;
import lv.pietura.organisation.SignInOutcome;
import lv.pietura.organisation.SignInResult;
import lv.pietura.shared.RoleNames;
import lv.pietura.web.faces.FacesMessages;

/** The sign-in form. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInAttempt attempt;

    @Inject
    SignedInUser signedInUser;

    @Inject
    OpenIdConnect openIdConnect;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A new session id before the identity is attached: a session id planted before sign-in is worthless.
        request.getSession(true);
        request.changeSessionId();
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, new Password(secret)))
                        .newAuthentication(false));
        if ((status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE)
                && request.isUserInRole(RoleNames.PORTAL)) {
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
                external.redirect(external.getRequestContextPath() + "/");
            }
            default -> refused();
        }
    }

    private void refused() {
        SignInResult result = attempt.result();
        SignInOutcome outcome = result == null ? SignInOutcome.BAD_CREDENTIALS : result.outcome();
        FacesMessages.error(switch (outcome) {
            case LOCKED -> "signIn.locked";
            case INACTIVE -> "signIn.inactive";
            case NO_AGREEMENT -> "signIn.noAgreement";
            default -> "signIn.badCredentials";
        });
    }

    /** Whether single sign-on is configured: the page offers it above the form. */
    public boolean isSingleSignOn() {
        return openIdConnect.enabled();
    }

    /** Says why a single sign-on came back here ({@code ?sso=...}). */
    public void explainSingleSignOn() {
        String reason = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("sso");
        if (reason == null) {
            return;
        }
        FacesMessages.error(switch (reason) {
            case "INACTIVE" -> "signIn.inactive";
            case "NO_AGREEMENT" -> "signIn.noAgreement";
            case "NOT_MAPPED" -> "signIn.sso.NOT_MAPPED";
            default -> "signIn.sso.FAILED";
        });
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
