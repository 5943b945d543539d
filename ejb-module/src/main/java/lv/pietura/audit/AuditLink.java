package lv.pietura.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One link of the audit chain: an event, in its place, with the hash that ties it to the link before. */
@Entity
@Immutable
@Table(name = "audit_link")
public class AuditLink {

    @Id
    private long seq;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected AuditLink() {}

    AuditLink(long seq, long eventId, String prevHash, String hash, Instant linkedAt) {
        this.seq = seq;
        this.eventId = eventId;
        this.prevHash = prevHash;
        this.hash = hash;
        this.linkedAt = linkedAt;
    }

    long seq() {
        return seq;
    }

    long eventId() {
        return eventId;
    }

    String prevHash() {
        return prevHash;
    }

    String hash() {
        return hash;
    }
}
