package lv.pietura.kpi;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The report job's one step: produce the ministry's report of the period given. */
@Dependent
@Named("kpiMinistryReport")
public class ReportStep extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String kind;

    @Inject
    @BatchProperty
    String period;

    @Inject
    MinistryReport report;

    @Override
    public String process() {
        String message = report.produce(MinistryReport.Kind.valueOf(kind), period);
        return message == null ? "STORED" : "SENT";
    }
}
