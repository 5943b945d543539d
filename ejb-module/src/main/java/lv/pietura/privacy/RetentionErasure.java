package lv.pietura.privacy;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The first step of the {@code retention} job: every closed case past its retention period, not held, has its
 * personal data erased, each in a transaction of its own; what was done is counted in the run's row.
 */
@Named("retentionErasure")
@Dependent
public class RetentionErasure extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(RetentionErasure.class.getName());

    @Inject
    Retention retention;

    @Inject
    RetentionRuns runs;

    @Inject
    JobContext job;

    private volatile boolean stopped;

    @Override
    public String process() {
        LocalDate today = retention.today();
        long run = runs.started(job.getExecutionId(), today);
        int failed = 0;
        for (long caseId : retention.due(today)) {
            if (stopped) {
                return "STOPPED";
            }
            try {
                Retention.Erased erased = retention.erase(caseId, today);
                if (erased.done()) {
                    runs.erased(run, erased);
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "The personal data of case " + caseId + " could not be erased", e);
            }
        }
        runs.held(run, retention.held(today));
        return failed == 0 ? "ERASED" : "ERASED_WITH_FAILURES";
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
