package lv.pietura.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** The rows of the retention job's runs, each change committed at once (the page shows a run as it goes). */
@ApplicationScoped
public class RetentionRuns {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The run of this execution, made when its first step starts (again on a restart: the same row). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long started(long executionId, LocalDate today) {
        return em.createQuery("select r from RetentionRun r where r.executionId = :e", RetentionRun.class)
                .setParameter("e", executionId)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    RetentionRun run = new RetentionRun(executionId, today, clock.instant());
                    em.persist(run);
                    return run;
                })
                .id();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long of(long executionId) {
        return em.createQuery("select r.id from RetentionRun r where r.executionId = :e", Long.class)
                .setParameter("e", executionId)
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void erased(long run, Retention.Erased erased) {
        em.find(RetentionRun.class, run).erased(erased.documents(), erased.messages());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void held(long run, int cases) {
        em.find(RetentionRun.class, run).held(cases);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void removed(long run, long bytes) {
        em.find(RetentionRun.class, run).removed(bytes);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finished(long run) {
        em.find(RetentionRun.class, run).finished(clock.instant());
    }
}
