package lv.pietura.web.help;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lv.pietura.organisation.MyAccount;
import lv.pietura.shared.RoleNames;

/**
 * What's new for staff: every release's notes on {@code /whats-new}, and on the start page the newest release's notes
 * once after an upgrade (the first time a staff member opens it; from then on only here).
 */
@Named
@ViewScoped
public class WhatsNewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WhatsNew notes;

    @EJB
    MyAccount account;

    private Boolean fresh;

    public List<WhatsNew.Release> getReleases() {
        return notes.releases(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The newest release's notes, if the caller has not been shown them yet (and now has). */
    public WhatsNew.Release getFresh() {
        if (fresh == null) {
            fresh = isStaff() && account.firstSightOf(notes.current());
        }
        return fresh ? getReleases().get(0) : null;
    }

    private static boolean isStaff() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(RoleNames.STAFF);
    }
}
