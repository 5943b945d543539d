package lv.pietura.web.kpi;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import lv.pietura.kpi.KpiOperations;
import lv.pietura.kpi.MinistryReport;
import lv.pietura.kpi.Reports;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import org.omnifaces.util.Faces;

/** The ministry's monthly and yearly reports: download them; platform administrators produce one again. */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Reports reports;

    @EJB
    KpiOperations operations;

    private List<Reports.Report> list;
    private MinistryReport.Kind kind = MinistryReport.Kind.MONTH;
    private String period;

    public List<Reports.Report> getList() {
        if (list == null) {
            list = reports.list();
        }
        return list;
    }

    public void refresh() {
        list = null;
    }

    public void download(Reports.Report report, boolean xlsx) throws IOException {
        try (InputStream in = reports.open(report.id(), xlsx)) {
            Faces.sendFile(in, "pietura-raditaji-" + report.period() + (xlsx ? ".xlsx" : ".csv"), true);
        }
    }

    @FormAction
    public void produce() {
        long id = operations.report(kind, period);
        FacesMessages.info("kpi.reports.started", id);
    }

    public MinistryReport.Kind[] getKinds() {
        return MinistryReport.Kind.values();
    }

    public MinistryReport.Kind getKind() {
        return kind;
    }

    public void setKind(MinistryReport.Kind kind) {
        this.kind = kind;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
