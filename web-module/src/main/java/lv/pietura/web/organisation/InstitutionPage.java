package lv.pietura.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.organisation.AgreementView;
import lv.pietura.organisation.InstitutionAdministration;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.InstitutionView;
import lv.pietura.organisation.RetentionPolicy;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.Pages;
import org.primefaces.PrimeFaces;

/** One institution: its details and its agreements to use the system (platform administrators). */
@Named
@ViewScoped
public class InstitutionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    InstitutionAdministration institutions;

    private String idParameter;
    private long id;
    private InstitutionView institution;
    private InstitutionForm form;
    private AgreementForm agreement = new AgreementForm();
    private Integer retentionYears;
    private RetentionPolicy.Bounds retentionBounds;

    /** {@code f:viewAction}: reads the institution named by the {@code id} parameter. */
    public void load() {
        Pages.loadById(idParameter, value -> {
            id = value;
            reload();
        });
    }

    private void reload() {
        institution = institutions.get(id);
        form = InstitutionForm.of(institution);
        retentionYears = institution.retentionYears();
    }

    @FormAction
    public void save() {
        institutions.change(id, form.getVersion(), form.details());
        reload();
        FacesMessages.info("saved");
        PrimeFaces.current().executeScript("PF('editDialog').hide()");
    }

    @FormAction
    public void saveRetention() {
        institutions.keepCasesFor(id, retentionYears);
        reload();
        FacesMessages.info("saved");
    }

    public Integer getRetentionYears() {
        return retentionYears;
    }

    public void setRetentionYears(Integer retentionYears) {
        this.retentionYears = retentionYears;
    }

    public RetentionPolicy.Bounds getRetentionBounds() {
        if (retentionBounds == null) {
            retentionBounds = institutions.retentionBounds();
        }
        return retentionBounds;
    }

    public void startAgreement() {
        agreement = new AgreementForm();
    }

    @FormAction
    public void concludeAgreement() {
        institutions.concludeAgreement(id, agreement.details());
        reload();
        FacesMessages.info("agreement.concluded", agreement.getNumber());
        agreement = new AgreementForm();
        PrimeFaces.current().executeScript("PF('agreementDialog').hide()");
    }

    public void startEnding(AgreementView view) {
        agreement = new AgreementForm();
        agreement.setAgreementId(view.id());
        agreement.setNumber(view.number());
        agreement.setValidTo(view.validTo());
    }

    @FormAction
    public void endAgreement() {
        institutions.endAgreement(id, agreement.getAgreementId(), agreement.getValidTo());
        reload();
        FacesMessages.info("agreement.ended", agreement.getNumber());
        PrimeFaces.current().executeScript("PF('endDialog').hide()");
    }

    public InstitutionKind[] getKinds() {
        return InstitutionKind.values();
    }

    public String getId() {
        return idParameter;
    }

    public void setId(String id) {
        this.idParameter = id;
    }

    public InstitutionView getInstitution() {
        return institution;
    }

    public InstitutionForm getForm() {
        return form;
    }

    public AgreementForm getAgreement() {
        return agreement;
    }
}
