package lv.pietura.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Which server starts a scheduled job's run of a day: the first to record it in {@code kpi_run_claim} (one row per job
 * and day); any other finds the row taken and starts nothing, so a job runs once however the servers are set up. For
 * beans that manage their own transactions (the row is written in one of its own, {@link OwnTransactions}).
 */
@ApplicationScoped
public class RunClaims {

    @Inject
    OwnTransactions transactions;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Records the day's run of {@code job}; false when another server (or an earlier call) recorded it first. */
    public boolean claim(String job, LocalDate runOn) {
        try {
            return transactions.run(() ->
                    em.createNativeQuery("insert into kpi_run_claim (job_name, run_on, claimed_at) values (?1, ?2, ?3)")
                                    .setParameter(1, job)
                                    .setParameter(2, runOn)
                                    .setParameter(3, clock.instant())
                                    .executeUpdate()
                            == 1);
        } catch (RuntimeException taken) {
            return false;
        }
    }
}
