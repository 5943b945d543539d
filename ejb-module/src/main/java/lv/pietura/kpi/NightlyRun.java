package lv.pietura.kpi;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Properties;
import java.util.logging.Logger;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.OwnTransactions;

/**
 * Starts the nightly indicators job at 02:30 Riga time. Every server runs this timer; the first to record
 * the night's run in {@code kpi_run_claim} starts the job and the others see the row and do nothing, so
 * the job runs once however many servers there are.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyRun {

    static final String JOB = "kpi-daily";
    private static final Logger LOG = Logger.getLogger(NightlyRun.class.getName());

    @Inject
    OwnTransactions transactions;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "2", minute = "30", timezone = "Europe/Riga", persistent = false, info = "Pietura nightly KPI")
    void nightly() {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.RIGA));
        if (!claim(today)) {
            LOG.info(() -> "Nightly KPI job for " + today + " already started by another server");
            return;
        }
        long execution = BatchRuntime.getJobOperator().start(JOB, new Properties());
        LOG.info(() -> "Nightly KPI job started, execution " + execution);
    }

    /** Records tonight's run; false when another server recorded it first. */
    boolean claim(LocalDate runOn) {
        try {
            return transactions.run(() -> em.createNativeQuery(
                            "insert into kpi_run_claim (job_name, run_on, claimed_at) values (?1, ?2, ?3)")
                    .setParameter(1, JOB).setParameter(2, runOn).setParameter(3, clock.instant()).executeUpdate() == 1);
        } catch (RuntimeException taken) {
            return false;
        }
    }
}
