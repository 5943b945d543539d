package lv.pietura.web.privacy;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lv.pietura.organisation.InstitutionAdministration;
import lv.pietura.organisation.RetentionPolicy;
import lv.pietura.privacy.RetentionJobs;
import lv.pietura.shared.PageRequest;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;

/** The retention job for platform administrators: what its runs erased and removed, and a run started now. */
@Named
@ViewScoped
public class RetentionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 50;

    @EJB
    RetentionJobs jobs;

    @EJB
    InstitutionAdministration institutions;

    private List<RetentionJobs.RunView> runs;
    private RetentionPolicy.Bounds bounds;

    public RetentionPolicy.Bounds getBounds() {
        if (bounds == null) {
            bounds = institutions.retentionBounds();
        }
        return bounds;
    }

    public List<RetentionJobs.RunView> getRuns() {
        if (runs == null) {
            runs = jobs.runs(PageRequest.of(0, ROWS)).rows();
        }
        return runs;
    }

    public boolean isAnyRunning() {
        return getRuns().stream().anyMatch(r -> r.finishedAt() == null);
    }

    public void refresh() {
        runs = null;
    }

    @FormAction
    public void start() {
        long execution = jobs.start();
        FacesMessages.info("retention.started", execution);
        refresh();
    }
}
