package lv.pietura.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.organisation.InstitutionAdministration;
import lv.pietura.organisation.InstitutionFilter;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.InstitutionView;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.PageModel;
import org.primefaces.PrimeFaces;

/** The list of institutions, with search and the form to register one (platform administrators). */
@Named
@ViewScoped
public class InstitutionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    InstitutionAdministration institutions;

    private String text;
    private InstitutionKind kind;
    private InstitutionForm form = new InstitutionForm();

    private final PageModel<InstitutionView> model =
            new PageModel<>(page -> institutions.find(new InstitutionFilter(text, kind), page), InstitutionView::id);

    public void startNew() {
        form = new InstitutionForm();
    }

    @FormAction
    public void register() {
        long id = institutions.register(form.details());
        FacesMessages.info("institution.registered", form.getName().getLv());
        form = new InstitutionForm();
        PrimeFaces.current().executeScript("PF('institutionDialog').hide()");
        PrimeFaces.current().ajax().addCallbackParam("institutionId", id);
    }

    public InstitutionKind[] getKinds() {
        return InstitutionKind.values();
    }

    public PageModel<InstitutionView> getModel() {
        return model;
    }

    public InstitutionForm getForm() {
        return form;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public void setKind(InstitutionKind kind) {
        this.kind = kind;
    }
}
