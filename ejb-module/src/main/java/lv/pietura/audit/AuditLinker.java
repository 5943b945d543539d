package lv.pietura.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.logging.Logger;

/** The writing steps of the {@link AuditChain}, each in a short transaction of its own. */
@ApplicationScoped
class AuditLinker {

    private static final Logger LOG = Logger.getLogger(AuditLinker.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Links these events (those not linked yet), in the order of their ids. */
    @Transactional(TxType.REQUIRES_NEW)
    void link(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        em.createQuery(
                        "select e from AuditEvent e where e.id in :ids"
                                + " and not exists (select l.seq from AuditLink l where l.eventId = e.id) order by e.id",
                        AuditEvent.class)
                .setParameter("ids", eventIds)
                .getResultList()
                .forEach(event -> em.persist(head.extend(event, now)));
    }

    @Transactional(TxType.REQUIRES_NEW)
    AuditCheck started(String requestedBy) {
        AuditCheck check = new AuditCheck(clock.instant(), requestedBy);
        em.persist(check);
        return check;
    }

    @Transactional(TxType.REQUIRES_NEW)
    AuditCheck finished(
            long id,
            long checked,
            long unlinked,
            Long brokenSeq,
            Long brokenEvent,
            AuditCheck.Problem problem,
            String headHash) {
        AuditCheck check = em.find(AuditCheck.class, id);
        check.finish(clock.instant(), checked, unlinked, brokenSeq, brokenEvent, problem, headHash);
        if (problem == null) {
            LOG.info(() ->
                    "Audit chain intact: " + checked + " links, head " + headHash + ", " + unlinked + " unlinked");
        } else {
            LOG.severe(() -> "Audit chain broken at link " + brokenSeq + " (event " + brokenEvent + "): " + problem);
        }
        return check;
    }
}
