package lv.pietura.web.support;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lv.pietura.shared.RoleNames;
import lv.pietura.support.SupportRequests;
import lv.pietura.support.SupportStatus;

/**
 * A staff member's own support requests; for support (the platform's and the institutions' administrators) also the
 * queue of requests waiting, by status, and the last half year in figures.
 */
@Named
@ViewScoped
public class SupportListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MONTHS = 6;

    @EJB
    SupportRequests support;

    private List<SupportRequests.Line> mine;
    private List<SupportRequests.Line> queue;
    private List<SupportRequests.Month> figures;
    private SupportStatus status;

    public boolean isSupport() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(RoleNames.PLATFORM_ADMIN) || external.isUserInRole(RoleNames.INSTITUTION_ADMIN);
    }

    public List<SupportRequests.Line> getMine() {
        if (mine == null) {
            mine = support.mine();
        }
        return mine;
    }

    public List<SupportRequests.Line> getQueue() {
        if (queue == null) {
            queue = support.queue(status);
        }
        return queue;
    }

    public List<SupportRequests.Month> getFigures() {
        if (figures == null) {
            figures = support.figures(MONTHS);
        }
        return figures;
    }

    /** The queue of another status (none: every request not closed). */
    public void filter() {
        queue = null;
    }

    public SupportStatus[] getStatuses() {
        return SupportStatus.values();
    }

    public SupportStatus getStatus() {
        return status;
    }

    public void setStatus(SupportStatus status) {
        this.status = status;
    }
}
