package lv.pietura.web.catalogue;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import lv.pietura.catalogue.ServiceContent;
import lv.pietura.catalogue.ServiceFilter;
import lv.pietura.catalogue.ServiceManagement;
import lv.pietura.catalogue.ServiceSummary;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.PageModel;
import lv.pietura.web.faces.TextInput;

/** A service manager's own services, whatever their state, and the start of a new one. */
@Named
@ViewScoped
public class ServiceListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ServiceManagement management;

    private String text;
    private String code;
    private TextInput name = new TextInput();

    private final PageModel<ServiceSummary> model =
            new PageModel<>(page -> management.find(ServiceFilter.text(text), page), ServiceSummary::id);

    public void startNew() {
        code = null;
        name = new TextInput();
    }

    @FormAction
    public void create() throws IOException {
        long id = management.create(code, ServiceContent.named(name.getLv(), name.getEn()));
        FacesMessages.info("services.created", code);
        FacesMessages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/services/edit?id=" + id);
    }

    public PageModel<ServiceSummary> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public TextInput getName() {

        return name;
    }
}
