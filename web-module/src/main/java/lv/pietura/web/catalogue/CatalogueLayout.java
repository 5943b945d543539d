package lv.pietura.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import lv.pietura.shared.RoleNames;

/** The public catalogue wears the staff layout when a staff member is signed in, the public one otherwise. */
@Named
@RequestScoped
public class CatalogueLayout {

    /** The public layout for visitors, the mailbox's for a person or company signed in to it, the staff's otherwise. */
    public String getTemplate() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getRemoteUser() == null) {
            return "/WEB-INF/templates/public.xhtml";
        }
        return external.isUserInRole(RoleNames.EADDRESS_HOLDER)
                ? "/WEB-INF/templates/holder.xhtml"
                : "/WEB-INF/templates/app.xhtml";
    }

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() != null;
    }
}
