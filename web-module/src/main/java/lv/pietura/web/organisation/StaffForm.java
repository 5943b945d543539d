package lv.pietura.web.organisation;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import lv.pietura.organisation.NewStaff;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffDetails;
import lv.pietura.organisation.StaffView;

/** The fields of the staff account form. */
public class StaffForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;
    private String username;
    private String fullName;
    private String email;
    private Long institutionId;
    private Long centreId;
    private Role[] roles = new Role[0];
    private String temporaryPassword;

    static StaffForm of(StaffView view) {
        StaffForm form = new StaffForm();
        form.id = view.id();
        form.version = view.version();
        form.username = view.username();
        form.fullName = view.fullName();
        form.email = view.email();
        form.institutionId = view.institutionId();
        form.centreId = view.centreId();
        form.roles = view.roles().toArray(new Role[0]);
        return form;
    }

    NewStaff newStaff() {
        return new NewStaff(
                username,
                fullName,
                email,
                institutionId == null ? -1 : institutionId,
                centreId,
                roleSet(),
                temporaryPassword == null ? new char[0] : temporaryPassword.toCharArray());
    }

    StaffDetails details() {
        return new StaffDetails(fullName, email, centreId, roleSet());
    }

    private Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            set.addAll(java.util.Arrays.asList(roles));
        }
        return set;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
