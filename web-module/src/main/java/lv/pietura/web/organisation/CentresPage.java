package lv.pietura.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import lv.pietura.organisation.CentreAdministration;
import lv.pietura.organisation.CentreFilter;
import lv.pietura.organisation.CentreType;
import lv.pietura.organisation.CentreView;
import lv.pietura.organisation.Choice;
import lv.pietura.organisation.InstitutionAdministration;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.PageModel;
import org.primefaces.PrimeFaces;

/** Customer service centres: search, open, change, close and reopen (platform administrators). */
@Named
@ViewScoped
public class CentresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CentreAdministration centres;

    @EJB
    InstitutionAdministration institutions;

    private String text;
    private Long municipalityId;
    private CentreType type;
    private Boolean active = Boolean.TRUE;
    private CentreForm form = CentreForm.blank();
    private List<Choice> municipalities;

    private final PageModel<CentreView> model = new PageModel<>(
            page -> centres.find(new CentreFilter(text, municipalityId, type, active), page), CentreView::id);

    public void startNew() {
        form = CentreForm.blank();
    }

    public void startEditing(CentreView centre) {
        form = CentreForm.of(centre);
    }

    @FormAction
    public void save() {
        if (form.isNew()) {
            centres.open(form.details());
            FacesMessages.info("centre.opened", form.getName());
        } else {
            centres.change(form.getId(), form.getVersion(), form.details());
            FacesMessages.info("saved");
        }
        PrimeFaces.current().executeScript("PF('centreDialog').hide()");
    }

    @FormAction
    public void close(CentreView centre) {
        centres.close(centre.id());
        FacesMessages.info("centre.closed", centre.name());
    }

    @FormAction
    public void reopen(CentreView centre) {
        centres.reopen(centre.id());
        FacesMessages.info("centre.reopened", centre.name());
    }

    public List<Choice> getMunicipalities() {
        if (municipalities == null) {
            municipalities = institutions.municipalities();
        }
        return municipalities;
    }

    public CentreType[] getTypes() {
        return CentreType.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public PageModel<CentreView> getModel() {
        return model;
    }

    public CentreForm getForm() {
        return form;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public CentreType getType() {
        return type;
    }

    public void setType(CentreType type) {
        this.type = type;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
