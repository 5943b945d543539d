package lv.pietura.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import lv.pietura.organisation.MyAccount;
import lv.pietura.shared.RoleNames;

/** Signing out: recorded, then the session ends. Only by POST, from the header's button. */
@Named
@RequestScoped
public class SignOut {

    @EJB
    MyAccount myAccount;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!request.isUserInRole(RoleNames.EADDRESS_HOLDER)) {
            myAccount.signOut();
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login?signedOut=true");
    }
}
