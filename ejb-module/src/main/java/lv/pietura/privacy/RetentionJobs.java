package lv.pietura.privacy;

import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.health.ScheduledRuns;
import lv.pietura.organisation.CallerContext;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.OwnTransactions;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.RunClaims;

/**
 * The retention job: started at 03:30 Riga time every night (after the night's figures, so a case erased is already
 * counted), once however many servers there are (the first to record the night's run in {@code kpi_run_claim}
 * starts it), or at once by a platform administrator; and what its runs did.
 */
@Singleton
// The job operator works outside transactions; the few writes here take their own (OwnTransactions).
@TransactionManagement(TransactionManagementType.BEAN)
public class RetentionJobs {

    static final String JOB = "retention";
    private static final Logger LOG = Logger.getLogger(RetentionJobs.class.getName());

    @Inject
    OwnTransactions transactions;

    @Inject
    Clock clock;

    @Inject
    ScheduledRuns meters;

    @Inject
    RunClaims claims;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    /** One run as the page lists it. */
    public record RunView(
            long executionId,
            LocalDate runOn,
            Instant startedAt,
            Instant finishedAt,
            int casesErased,
            int casesHeld,
            int messagesErased,
            int documentsRemoved,
            int filesRemoved,
            long bytesFreed)
            implements Serializable {}

    @Schedule(hour = "3", minute = "30", timezone = "Europe/Riga", info = "Pietura retention")
    void nightly() {
        meters.ran(ScheduledRuns.RETENTION);
        LocalDate tonight = LocalDate.now(clock.withZone(Clocks.RIGA));
        if (claims.claim(JOB, tonight)) {
            long execution = BatchRuntime.getJobOperator().start(JOB, new Properties());
            LOG.info(() -> "Retention job started, execution " + execution);
        } else {
            LOG.info(() -> "Retention job for " + tonight + " already started by another server");
        }
    }

    /** Starts a run now (the night's runs still happen); audited. */
    @RolesAllowed(PLATFORM_ADMIN)
    public long start() {
        long execution = BatchRuntime.getJobOperator().start(JOB, new Properties());
        transactions.run(() -> {
            audit.record(callers.current().actor(), AuditAction.CREATE, "RetentionRun", execution, null, "started");
            return null;
        });
        return execution;
    }

    /** The runs, newest first. */
    @RolesAllowed(PLATFORM_ADMIN)
    public Page<RunView> runs(PageRequest page) {
        return transactions.run(() -> {
            List<RetentionRun> rows = em.createQuery(
                            "select r from RetentionRun r order by r.startedAt desc, r.id desc", RetentionRun.class)
                    .setFirstResult(page.first())
                    .setMaxResults(page.size())
                    .getResultList();
            long total = em.createQuery("select count(r) from RetentionRun r", Long.class)
                    .getSingleResult();
            return new Page<>(
                    rows.stream()
                            .map(r -> new RunView(
                                    r.executionId(),
                                    r.runOn(),
                                    r.startedAt(),
                                    r.finishedAt(),
                                    r.casesErased(),
                                    r.casesHeld(),
                                    r.messagesErased(),
                                    r.documentsRemoved(),
                                    r.filesRemoved(),
                                    r.bytesFreed()))
                            .toList(),
                    total);
        });
    }
}
