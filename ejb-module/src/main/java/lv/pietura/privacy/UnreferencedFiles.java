package lv.pietura.privacy;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The second step of the {@code retention} job: the stored files no record holds any more (those of the cases just
 * erased, uploads never used) are removed, each in a transaction of its own, their bytes once it commits.
 */
@Named("unreferencedFiles")
@Dependent
public class UnreferencedFiles extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(UnreferencedFiles.class.getName());

    @Inject
    Retention retention;

    @Inject
    RetentionRuns runs;

    @Inject
    JobContext job;

    private volatile boolean stopped;

    @Override
    public String process() {
        long run = runs.of(job.getExecutionId());
        for (String sha256 : retention.unreferencedFiles()) {
            if (stopped) {
                return "STOPPED";
            }
            try {
                runs.removed(run, retention.remove(sha256));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The stored file " + sha256 + " could not be removed", e);
            }
        }
        runs.finished(run);
        return "REMOVED";
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
