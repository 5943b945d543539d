package lv.pietura.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One audit record. Immutable: Hibernate never writes an update for it, and no code path deletes it.
 * It keeps ids and names rather than foreign keys, so it outlives what it describes.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    public static final int DETAIL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** User name of who acted (or tried to sign in). */
    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "actor_institution_id")
    private Long actorInstitutionId;

    /** The institution whose data the event concerns. */
    @Column(name = "institution_id")
    private Long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id", length = 64)
    private String entityId;

    @Column(length = DETAIL_MAX)
    private String detail;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    /**
     * Whose data it concerns: a personal code or registration number (digits only), a foreign client's document
     * number, or {@code null}.
     */
    @Column(length = 20)
    private String subject;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            String actor,
            Long actorInstitutionId,
            Long institutionId,
            AuditAction action,
            String entityType,
            String entityId,
            String detail,
            String clientAddress,
            String subject) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorInstitutionId = actorInstitutionId;
        this.institutionId = institutionId;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        this.clientAddress = clientAddress;
        this.subject = subject;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Long actorInstitutionId() {
        return actorInstitutionId;
    }

    public Long institutionId() {
        return institutionId;
    }

    public AuditAction action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String detail() {
        return detail;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String subject() {
        return subject;
    }

    /**
     * The event as the chain hashes it: every field, each written as its length and its text (so that no
     * two different events read the same), the time to the microsecond the database keeps.
     */
    String canonical() {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {
            id,
            occurredAt.getEpochSecond() + "." + occurredAt.getNano() / 1000,
            actor,
            actorInstitutionId,
            institutionId,
            action,
            entityType,
            entityId,
            detail,
            clientAddress,
            subject
        }) {
            String value = field == null ? null : String.valueOf(field);
            text.append(value == null ? "-" : value.length() + ":" + value).append('|');
        }
        return text.toString();
    }
}
