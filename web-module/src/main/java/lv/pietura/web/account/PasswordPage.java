package lv.pietura.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import lv.pietura.organisation.MyAccount;
import lv.pietura.organisation.PasswordPolicy;
import lv.pietura.shared.RoleNames;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.security.SignedInUser;

/** Changing one's own password (and the only page open while a temporary password must be changed). */
@Named
@RequestScoped
public class PasswordPage {

    @EJB
    MyAccount myAccount;

    @Inject
    SignedInUser signedInUser;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    @FormAction
    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            FacesMessages.error("password.repeatDiffers");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        boolean wasTemporary = signedInUser.isMustChangePassword();
        myAccount.changePassword(chars(currentPassword), chars(newPassword));
        signedInUser.refresh();
        FacesMessages.info("password.changed");
        if (signedInUser.has(RoleNames.PORTAL)) {
            // A portal's account came only for this: signed out, it goes on with the new password on the API.
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            try {
                request.logout();
            } catch (ServletException e) {
                throw new IOException(e);
            }
            external.invalidateSession();
            external.redirect(external.getRequestContextPath() + "/login?portalPasswordChanged=true");
            return;
        }
        if (wasTemporary) {
            FacesMessages.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/home");
        }
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
