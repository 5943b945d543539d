package lv.pietura.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.organisation.MyAccount;
import lv.pietura.organisation.ProfileView;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.security.SignedInUser;

/** The signed-in person's own profile; they keep their name and e-mail up to date themselves. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MyAccount myAccount;

    @Inject
    SignedInUser signedInUser;

    private ProfileView profile;
    private String fullName;
    private String email;

    @PostConstruct
    void load() {
        profile = myAccount.profile();
        fullName = profile.fullName();
        email = profile.email();
    }

    @FormAction
    public void save() {
        myAccount.updateContact(fullName, email);
        signedInUser.refresh();
        load();
        FacesMessages.info("saved");
    }

    public ProfileView getProfile() {
        return profile;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
