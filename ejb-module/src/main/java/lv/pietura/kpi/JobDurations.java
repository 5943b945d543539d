package lv.pietura.kpi;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;

/**
 * Times every run of the indicator jobs: {@code pietura_batch_job_duration_seconds{job="kpi-daily"}}
 * (count, sum and maximum), beside the executions JBeret keeps in its repository. A listener instance
 * belongs to one job execution.
 */
@Dependent
@Named("jobDurations")
public class JobDurations implements JobListener {

    @Inject
    JobContext job;

    @Inject
    MeterRegistry registry;

    private long started;

    @Override
    public void beforeJob() {
        started = System.nanoTime();
    }

    @Override
    public void afterJob() {
        // the registry's own method, see CaseMeters
        registry.timer("pietura.batch.job.duration", "job", job.getJobName())
                .record(Duration.ofNanos(System.nanoTime() - started));
    }
}
