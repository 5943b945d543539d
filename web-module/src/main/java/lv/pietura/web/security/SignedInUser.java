package lv.pietura.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.organisation.MyAccount;
import lv.pietura.organisation.ProfileView;
import lv.pietura.organisation.Role;
import lv.pietura.shared.AccessDenied;

/** Who is signed in in this session, as the page header shows them. */
@Named
@SessionScoped
public class SignedInUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MyAccount myAccount;

    private ProfileView profile;

    public ProfileView getProfile() {
        if (profile == null) {
            profile = myAccount.profile();
        }
        return profile;
    }

    /** Reads the account again (after the holder changed it). */
    public void refresh() {
        profile = null;
    }

    public boolean isMustChangePassword() {
        return getProfile().mustChangePassword();
    }

    public boolean has(String role) {
        return getProfile().roles().contains(Role.valueOf(role));
    }

    /** Before a page for one role renders (a view action): anyone else gets the access-denied page (403). */
    public void require(String role) {
        if (!has(role)) {
            throw new AccessDenied("caller.role");
        }
    }
}
