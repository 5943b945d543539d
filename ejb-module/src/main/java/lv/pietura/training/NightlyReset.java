package lv.pietura.training;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import lv.pietura.audit.Actor;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.health.ScheduledRuns;
import lv.pietura.organisation.Institution;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.OwnTransactions;
import lv.pietura.shared.RunClaims;

/**
 * Resets every training sandbox at 02:15 Riga time, before the night's figures, once however many servers there are
 * (the first to record the night's run in {@code kpi_run_claim}); each sandbox in a transaction of its own.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class NightlyReset {

    static final String JOB = "training-reset";
    private static final Logger LOG = Logger.getLogger(NightlyReset.class.getName());

    @Inject
    OwnTransactions transactions;

    @Inject
    RunClaims claims;

    @Inject
    Clock clock;

    @Inject
    ScheduledRuns meters;

    @Inject
    AuditLog audit;

    @Inject
    SandboxWork work;

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "2", minute = "15", timezone = "Europe/Riga", info = "Pietura training sandboxes reset")
    void nightly() {
        meters.ran(ScheduledRuns.TRAINING_RESET);
        if (claims.claim(JOB, LocalDate.now(clock.withZone(Clocks.RIGA)))) {
            resetAll();
        }
    }

    /** Resets every sandbox now; how many were reset. */
    int resetAll() {
        List<Long> ids = transactions.run(
                () -> em.createQuery("select i.id from Institution i where i.trainingOf is not null", Long.class)
                        .getResultList());
        int reset = 0;
        for (Long id : ids) {
            try {
                transactions.run(() -> {
                    Institution sandbox = em.find(Institution.class, id);
                    int[] cleared = work.resetWithFirstMessage(id);
                    audit.record(
                            new Actor("system", null),
                            AuditAction.DELETE,
                            Sandboxes.ENTITY,
                            id,
                            sandbox.trainingOf(),
                            "nightly reset: " + cleared[0] + " cases, " + cleared[1] + " messages");
                    return null;
                });
                reset++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not reset training sandbox " + id, e);
            }
        }
        return reset;
    }
}
