package lv.pietura.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Writes audit events. {@code MANDATORY}: there is always a transaction of the change being recorded,
 * and the event commits or rolls back with it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    /**
     * @param institutionId the institution whose data the event concerns
     * @param entityId      the record's id, or {@code null}
     */
    public void record(Actor actor, AuditAction action, String entityType, Object entityId, Long institutionId,
            String detail) {
        em.persist(new AuditEvent(clock.instant(), actor.username(), actor.institutionId(), institutionId, action,
                entityType, entityId == null ? null : String.valueOf(entityId), detail, origin.clientAddress()));
    }

    /** The events about one record, newest first, for a history shown beside it (the caller checks access). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<AuditEventView> about(String entityType, Object entityId) {
        return em.createQuery("select e from AuditEvent e where e.entityType = :type and e.entityId = :id"
                        + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("type", entityType)
                .setParameter("id", String.valueOf(entityId))
                .setMaxResults(200)
                .getResultStream().map(AuditEventView::of).toList();
    }

    /**
     * For events that describe work done in several transactions of its own (an import whose rows
     * each commit alone): the summary commits by itself.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordInOwnTransaction(Actor actor, AuditAction action, String entityType, Object entityId,
            Long institutionId, String detail) {
        record(actor, action, entityType, entityId, institutionId, detail);
    }
}
