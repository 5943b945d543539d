package lv.pietura.web.home;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import lv.pietura.organisation.CentreView;
import lv.pietura.organisation.PublicDirectory;

/**
 * The public front door at the application's address: finding a service, the centres with their opening
 * hours, the way to one's own e-address mailbox, and the staff sign-in. A staff member already signed in
 * goes on to their start page (a person signed in to their mailbox is led there by HolderAreaFilter).
 */
@Named
@ViewScoped
public class FrontDoor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PublicDirectory directory;

    private List<CentreView> centres;
    private List<CentreView> filteredCentres;

    public void leadStaffToTheirHome() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getRemoteUser() != null) {
            external.redirect(external.getRequestContextPath() + "/home");
        }
    }

    public List<CentreView> getCentres() {
        if (centres == null) {
            centres = directory.openCentres();
        }
        return centres;
    }

    public List<CentreView> getFilteredCentres() {
        return filteredCentres;
    }

    public void setFilteredCentres(List<CentreView> filteredCentres) {
        this.filteredCentres = filteredCentres;
    }

    public List<OpeningDays> week(CentreView centre) {
        return OpeningDays.of(centre.openingHours());
    }
}
