package lv.pietura.health;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts the firings of the persistent scheduled jobs on this server, as
 * {@code pietura_scheduled_runs_total{timer="deadline-watch"|"kpi-nightly"|"kpi-reports"|"retention"}}: on a cluster the
 * sum over the nodes is how often the job ran, once per schedule when the timers are shared as they must be.
 */
@ApplicationScoped
public class ScheduledRuns {

    public static final String DEADLINE_WATCH = "deadline-watch";
    public static final String KPI_NIGHTLY = "kpi-nightly";
    public static final String KPI_REPORTS = "kpi-reports";
    public static final String AUDIT_CHECK = "audit-check";
    public static final String RETENTION = "retention";
    public static final String TRAINING_RESET = "training-reset";

    @Inject
    MeterRegistry registry;

    /** The timer of that job fired on this server. */
    public void ran(String timer) {
        // the registry's own method (see DeliveryPulse): WildFly's wrapper forwards only those
        registry.counter("pietura.scheduled.runs", "timer", timer).increment();
    }
}
