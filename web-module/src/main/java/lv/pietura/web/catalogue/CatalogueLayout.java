package lv.pietura.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The public catalogue wears the staff layout when a staff member is signed in, the public one otherwise. */
@Named
@RequestScoped
public class CatalogueLayout {

    public String getTemplate() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() == null
                ? "/WEB-INF/templates/public.xhtml" : "/WEB-INF/templates/app.xhtml";
    }

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() != null;
    }
}
