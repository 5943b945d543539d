package lv.pietura.audit;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Logger;
import lv.pietura.health.ScheduledRuns;

/**
 * The audit chain's timers: every five minutes, on every server, events whose linking was lost are linked
 * (the chain's head lock keeps two servers from linking one event twice); every night at 03:40 Riga time,
 * on one server of a cluster (a persistent timer), the {@code audit-check} job checks the whole chain.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditSchedule {

    static final String JOB = "audit-check";
    private static final Logger LOG = Logger.getLogger(AuditSchedule.class.getName());

    @Inject
    AuditChain chain;

    @Inject
    ScheduledRuns meters;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "Pietura audit chain sweep")
    void sweep() {
        int linked = chain.linkUnlinked(false);
        if (linked > 0) {
            LOG.info(() -> "Audit chain: " + linked + " events linked by the sweep");
        }
    }

    @Schedule(hour = "3", minute = "40", timezone = "Europe/Riga", info = "Pietura nightly audit check")
    void nightly() {
        meters.ran(ScheduledRuns.AUDIT_CHECK);
        start("nightly");
    }

    /** Starts a check of the chain; its execution id. */
    static long start(String requestedBy) {
        Properties parameters = new Properties();
        parameters.setProperty("requestedBy", requestedBy);
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }
}
