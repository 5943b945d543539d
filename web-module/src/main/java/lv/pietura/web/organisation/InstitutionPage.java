package lv.pietura.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import lv.pietura.organisation.AgreementView;
import lv.pietura.organisation.InstitutionAdministration;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.InstitutionView;
import lv.pietura.organisation.RetentionPolicy;
import lv.pietura.rollout.Onboarding;
import lv.pietura.rollout.OnboardingStep;
import lv.pietura.shared.Clocks;
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

    @EJB
    Onboarding onboarding;

    private String idParameter;
    private long id;
    private InstitutionView institution;
    private InstitutionForm form;
    private AgreementForm agreement = new AgreementForm();
    private Integer retentionYears;
    private Onboarding.Checklist checklist;
    private OnboardingStep tickStep;
    private LocalDate tickOn;
    private String tickNote;
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
        checklist = onboarding.checklist(id);
    }

    @FormAction
    public void save() {
        institutions.change(id, form.getVersion(), form.details());
        reload();
        FacesMessages.info("saved");
        PrimeFaces.current().executeScript("PF('editDialog').hide()");
    }

    public Onboarding.Checklist getChecklist() {
        return checklist;
    }

    /** Opens the tick dialog for a step Pietura cannot see: its day (today unless ticked) and note as they are. */
    public void startTick(Onboarding.Item item) {
        tickStep = item.step();
        tickOn = item.doneOn() == null ? LocalDate.now(Clocks.RIGA) : item.doneOn();
        tickNote = item.note();
    }

    @FormAction
    public void saveTick() {
        onboarding.tick(id, tickStep, tickOn, tickNote);
        reload();
        FacesMessages.info("saved");
        PrimeFaces.current().executeScript("PF('onboardingTickDialog').hide()");
    }

    @FormAction
    public void untick(Onboarding.Item item) {
        onboarding.untick(id, item.step());
        reload();
        FacesMessages.info("saved");
    }

    public OnboardingStep getTickStep() {
        return tickStep;
    }

    public LocalDate getTickOn() {
        return tickOn;
    }

    public void setTickOn(LocalDate tickOn) {
        this.tickOn = tickOn;
    }

    public String getTickNote() {
        return tickNote;
    }

    public void setTickNote(String tickNote) {
        this.tickNote = tickNote;
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
