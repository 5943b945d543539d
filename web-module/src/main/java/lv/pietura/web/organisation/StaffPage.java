package lv.pietura.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import lv.pietura.organisation.CentreAdministration;
import lv.pietura.organisation.CentreView;
import lv.pietura.organisation.Choice;
import lv.pietura.organisation.InstitutionAdministration;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffAdministration;
import lv.pietura.organisation.StaffFilter;
import lv.pietura.organisation.StaffStatus;
import lv.pietura.organisation.StaffView;
import lv.pietura.shared.RoleNames;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.PageModel;
import lv.pietura.web.security.SignedInUser;
import org.primefaces.PrimeFaces;

/**
 * Staff accounts: institution administrators see and manage their own institution's staff, platform
 * administrators everyone's (the facade decides; this page only offers the choices).
 */
@Named
@ViewScoped
public class StaffPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffAdministration staff;

    @EJB
    CentreAdministration centres;

    @EJB
    InstitutionAdministration institutions;

    @Inject
    SignedInUser signedInUser;

    private String text;
    private Long institutionId;
    private Role role;
    private StaffStatus status;
    private StaffForm form = new StaffForm();
    private StaffView selected;
    private String resetPassword;
    private List<Choice> institutionChoices;
    private Long formCentresOf;
    private List<CentreView> formCentres;

    private final PageModel<StaffView> model = new PageModel<>(
            page -> staff.find(new StaffFilter(text, institutionId, role, status), page), StaffView::id);

    public boolean isPlatformAdmin() {
        return signedInUser.has(RoleNames.PLATFORM_ADMIN);
    }

    public void startNew() {
        form = new StaffForm();
        // A platform administrator starts from the institution the list is filtered by (maybe none).
        form.setInstitutionId(
                isPlatformAdmin()
                        ? institutionId
                        : Long.valueOf(signedInUser.getProfile().institutionId()));
        form.setTemporaryPassword(suggestion(null));
    }

    @FormAction
    public void startEditing(StaffView row) {
        form = StaffForm.of(staff.get(row.id()));
    }

    public void suggestPassword() {
        form.setTemporaryPassword(suggestion(form.getUsername()));
    }

    @FormAction
    public void save() {
        if (form.isNew()) {
            staff.create(form.newStaff());
            FacesMessages.info("staff.created", form.getUsername(), form.getTemporaryPassword());
        } else {
            staff.change(form.getId(), form.getVersion(), form.details());
            FacesMessages.info("saved");
        }
        PrimeFaces.current().executeScript("PF('staffDialog').hide()");
    }

    @FormAction
    public void deactivate(StaffView row) {
        staff.deactivate(row.id());
        FacesMessages.info("staff.deactivated", row.username());
    }

    @FormAction
    public void activate(StaffView row) {
        staff.activate(row.id());
        FacesMessages.info("staff.activated", row.username());
    }

    @FormAction
    public void unlock(StaffView row) {
        staff.unlock(row.id());
        FacesMessages.info("staff.unlocked", row.username());
    }

    public void startReset(StaffView row) {
        selected = row;
        resetPassword = suggestion(row.username());
    }

    @FormAction
    public void reset() {
        staff.resetPassword(selected.id(), resetPassword == null ? new char[0] : resetPassword.toCharArray());
        FacesMessages.info("staff.passwordReset", selected.username(), resetPassword);
        PrimeFaces.current().executeScript("PF('resetDialog').hide()");
    }

    private String suggestion(String username) {
        return new String(staff.suggestTemporaryPassword(username == null ? "" : username));
    }

    /** The open centres of the institution in the form, to place the person in. */
    public List<CentreView> getFormCentres() {
        Long institution = form.getInstitutionId();
        if (institution == null) {
            return List.of();
        }
        if (!institution.equals(formCentresOf)) {
            formCentres = centres.activeCentresOf(institution);
            formCentresOf = institution;
        }
        return formCentres;
    }

    public List<Choice> getInstitutionChoices() {
        if (institutionChoices == null) {
            institutionChoices = isPlatformAdmin() ? institutions.choices() : List.of();
        }
        return institutionChoices;
    }

    /** The roles the caller may give. */
    public List<Role> getGrantableRoles() {
        return isPlatformAdmin() ? Arrays.asList(Role.values()) : List.copyOf(Role.GRANTED_BY_INSTITUTION_ADMIN);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public StaffStatus[] getStatuses() {
        return StaffStatus.values();
    }

    public PageModel<StaffView> getModel() {
        return model;
    }

    public StaffForm getForm() {
        return form;
    }

    public StaffView getSelected() {
        return selected;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public StaffStatus getStatus() {
        return status;
    }

    public void setStatus(StaffStatus status) {
        this.status = status;
    }
}
