package lv.pietura.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lv.pietura.organisation.AgreementFilter;
import lv.pietura.organisation.AgreementStatus;
import lv.pietura.organisation.AgreementView;
import lv.pietura.organisation.Choice;
import lv.pietura.organisation.InstitutionAdministration;
import lv.pietura.web.faces.PageModel;

/** All institutions' agreements, to see which end soon and who has none (platform administrators). */
@Named
@ViewScoped
public class AgreementsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    InstitutionAdministration institutions;

    private Long institutionId;
    private AgreementStatus status;
    private List<Choice> institutionChoices;

    private final PageModel<AgreementView> model = new PageModel<>(
            page -> institutions.agreements(new AgreementFilter(institutionId, status), page), AgreementView::id);

    public List<Choice> getInstitutionChoices() {
        if (institutionChoices == null) {
            institutionChoices = institutions.choices();
        }
        return institutionChoices;
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }

    public PageModel<AgreementView> getModel() {
        return model;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }
}
