package lv.pietura.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The end of the audit chain: its last link's place and hash. Linking holds this row's lock. */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    static final int ID = 1;

    @Id
    private int id;

    @Column(nullable = false)
    private long seq;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditChainHead() {}

    long seq() {
        return seq;
    }

    String hash() {
        return hash;
    }

    /** The link after the last: its place, and the hash of the event's content chained to the last hash. */
    AuditLink extend(AuditEvent event, Instant now) {
        String next = AuditChain.hash(hash, event);
        AuditLink link = new AuditLink(seq + 1, event.id(), hash, next, now);
        seq = link.seq();
        hash = next;
        return link;
    }
}
