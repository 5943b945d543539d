package lv.pietura.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PagedQuery;

/**
 * Which institutions used a person's or company's data, and when, from the audit trail: what the national
 * portal shows as its data usage log, here from the service system itself. The caller (the holder's own
 * mailbox) decides whose; only the institutions' staff's events count, not the holder's own.
 */
@ApplicationScoped
public class DataUsage {

    @PersistenceContext
    EntityManager em;

    /** One use: when, by which institution (its staff member's), what kind of look at which kind of record. */
    public record Use(Instant at, long institutionId, AuditAction action, String entityType) implements Serializable {}

    public Page<Use> of(String subject, PageRequest page) {
        String digits = AuditLog.subjectOf(subject);
        return PagedQuery.of(em, AuditEvent.class, "e", "AuditEvent e")
                .where("e.subject = :subject", "subject", digits == null ? "-" : digits)
                .where("e.actorInstitutionId is not null")
                .orderBy("e.occurredAt desc, e.id desc")
                .page(page)
                .map(e -> new Use(e.occurredAt(), e.actorInstitutionId(), e.action(), e.entityType()));
    }
}
