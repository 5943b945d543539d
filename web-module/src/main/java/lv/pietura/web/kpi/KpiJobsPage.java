package lv.pietura.web.kpi;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lv.pietura.kpi.KpiOperations;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.i18n.Language;

/** The indicators jobs for platform administrators: the executions, and building a period, stop, restart. */
@Named
@ViewScoped
public class KpiJobsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    KpiOperations operations;

    private LocalDate from;
    private LocalDate to;
    private List<KpiOperations.Execution> executions;

    public List<KpiOperations.Execution> getExecutions() {
        if (executions == null) {
            executions = operations.executions(50);
        }
        return executions;
    }

    public void refresh() {
        executions = null;
    }

    public boolean isAnyRunning() {
        return getExecutions().stream().anyMatch(this::running);
    }

    public boolean running(KpiOperations.Execution e) {
        return "STARTING".equals(e.status()) || "STARTED".equals(e.status()) || "STOPPING".equals(e.status());
    }

    public boolean restartable(KpiOperations.Execution e) {
        return "STOPPED".equals(e.status()) || "FAILED".equals(e.status());
    }

    /** A job parameter's day (ISO) as Latvians write it; empty when the run had none. */
    public String day(String iso) {
        return iso == null || iso.isBlank() ? "" : Language.DATE.format(LocalDate.parse(iso));
    }

    @FormAction
    public void build() {
        long id = operations.build(from, to);
        FacesMessages.info("kpi.jobs.begun", id);
        refresh();
    }

    @FormAction
    public void stop(KpiOperations.Execution e) {
        operations.stop(e.id());
        FacesMessages.info("kpi.jobs.stopping", e.id());
        refresh();
    }

    @FormAction
    public void restart(KpiOperations.Execution e) {
        long id = operations.restart(e.id());
        FacesMessages.info("kpi.jobs.restarted", e.id(), id);
        refresh();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
