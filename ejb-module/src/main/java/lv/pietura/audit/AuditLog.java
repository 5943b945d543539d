package lv.pietura.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import lv.pietura.shared.DocumentNumber;

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

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<AuditChain.Recorded> committed;

    /**
     * @param institutionId the institution whose data the event concerns
     * @param entityId      the record's id, or {@code null}
     */
    public void record(
            Actor actor, AuditAction action, String entityType, Object entityId, Long institutionId, String detail) {
        record(actor, action, entityType, entityId, institutionId, detail, null);
    }

    /**
     * An event about a person's or company's data ({@code subject}: their personal code or registration number,
     * as typed or formatted; kept as digits), so that the trail can say who looked at it.
     */
    public void record(
            Actor actor,
            AuditAction action,
            String entityType,
            Object entityId,
            Long institutionId,
            String detail,
            String subject) {
        AuditEvent event = new AuditEvent(
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor.username(),
                actor.institutionId(),
                institutionId,
                action,
                entityType,
                entityId == null ? null : String.valueOf(entityId),
                detail,
                origin.clientAddress(),
                subjectOf(subject));
        em.persist(event);
        AuditChain.Recorded recorded = (AuditChain.Recorded) transactions.getResource(AuditChain.Recorded.class);
        if (recorded == null) {
            recorded = new AuditChain.Recorded();
            transactions.putResource(AuditChain.Recorded.class, recorded);
            committed.fire(recorded); // observed when the transaction has committed: the chain links them then
        }
        recorded.add(event.id());
    }

    /**
     * A personal code or registration number as the audit keeps it (its digits), a foreign client's document
     * number (capitals and digits, without spaces and hyphens), or nothing if it is none of them.
     */
    static String subjectOf(String code) {
        if (code == null) {
            return null;
        }
        String digits = code.replace("-", "").strip();
        if (digits.matches("\\d{11}")) {
            return digits;
        }
        return DocumentNumber.normalised(code);
    }

    /** The events about one record, newest first, for a history shown beside it (the caller checks access). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<AuditEventView> about(String entityType, Object entityId) {
        return em.createQuery(
                        "select e from AuditEvent e where e.entityType = :type and e.entityId = :id"
                                + " order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("type", entityType)
                .setParameter("id", String.valueOf(entityId))
                .setMaxResults(200)
                .getResultStream()
                .map(AuditEventView::of)
                .toList();
    }

    /**
     * For events that describe work done in several transactions of its own (an import whose rows
     * each commit alone): the summary commits by itself.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordInOwnTransaction(
            Actor actor, AuditAction action, String entityType, Object entityId, Long institutionId, String detail) {
        record(actor, action, entityType, entityId, institutionId, detail);
    }
}
