package lv.pietura.audit;

import java.io.Serializable;
import java.time.Instant;

public record AuditEventView(
        long id,
        Instant occurredAt,
        String actor,
        Long actorInstitutionId,
        Long institutionId,
        AuditAction action,
        String entityType,
        String entityId,
        String detail,
        String clientAddress,
        String subject)
        implements Serializable {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(
                e.id(),
                e.occurredAt(),
                e.actor(),
                e.actorInstitutionId(),
                e.institutionId(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.detail(),
                e.clientAddress(),
                e.subject());
    }
}
