package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.eaddress.CompanyActivations;
import lv.pietura.shared.PieturaException;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.PageModel;
import org.primefaces.PrimeFaces;

/** A platform administrator decides persons' requests to activate a company's e-address. */
@Named
@ViewScoped
public class CompanyActivationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CompanyActivations activations;

    private final PageModel<CompanyActivations.Pending> model =
            new PageModel<>(page -> activations.pending(page), p -> String.valueOf(p.id()));

    private final PageModel<CompanyActivations.Current> representations =
            new PageModel<>(page -> activations.representations(page), r -> String.valueOf(r.id()));

    private CompanyActivations.Pending chosen;
    private String refusal;

    @FormAction
    public void confirm(CompanyActivations.Pending request) {
        activations.confirm(request.id());
        FacesMessages.info("companyRequests.confirmed", request.company());
    }

    public void startRefusal(CompanyActivations.Pending request) {
        chosen = request;
        refusal = null;
    }

    public void refuse() {
        if (chosen == null) {
            return; // no request chosen in this view: nothing to refuse
        }
        try {
            activations.refuse(chosen.id(), refusal);
        } catch (PieturaException refused) {
            FacesMessages.show(refused, field -> "refuseForm:" + field);
            return;
        }
        FacesMessages.info("companyRequests.refused", chosen.company());
        PrimeFaces.current().executeScript("PF('refuseDialog').hide()");
    }

    /** The person no longer represents the company. */
    @FormAction
    public void end(CompanyActivations.Current representation) {
        activations.end(representation.id());
        FacesMessages.info("representations.ended", representation.personName(), representation.company());
    }

    public PageModel<CompanyActivations.Current> getRepresentations() {
        return representations;
    }

    public PageModel<CompanyActivations.Pending> getModel() {
        return model;
    }

    public CompanyActivations.Pending getChosen() {
        return chosen;
    }

    public String getRefusal() {
        return refusal;
    }

    public void setRefusal(String refusal) {
        this.refusal = refusal;
    }
}
