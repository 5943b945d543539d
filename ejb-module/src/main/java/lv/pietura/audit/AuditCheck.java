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

/** One check of the audit chain and what it found. */
@Entity
@Table(name = "audit_check")
public class AuditCheck {

    /** Why a link does not hold. */
    public enum Problem {
        /** The event's content no longer gives the link's hash: the event was changed. */
        EVENT_CHANGED,
        /** The link's event is gone. */
        EVENT_MISSING,
        /** The link does not follow the one before it (a link removed, or its hash changed). */
        CHAIN_BROKEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_check_seq")
    @SequenceGenerator(name = "audit_check_seq", sequenceName = "audit_check_seq", allocationSize = 50)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "links_checked", nullable = false)
    private long linksChecked;

    @Column(name = "events_unlinked", nullable = false)
    private long eventsUnlinked;

    @Column(name = "first_broken_seq")
    private Long firstBrokenSeq;

    @Column(name = "first_broken_event_id")
    private Long firstBrokenEventId;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Problem problem;

    @Column(name = "head_hash", length = 64)
    private String headHash;

    protected AuditCheck() {}

    AuditCheck(Instant startedAt, String requestedBy) {
        this.startedAt = startedAt;
        this.requestedBy = requestedBy;
    }

    void finish(
            Instant at,
            long linksChecked,
            long eventsUnlinked,
            Long brokenSeq,
            Long brokenEventId,
            Problem problem,
            String headHash) {
        this.finishedAt = at;
        this.linksChecked = linksChecked;
        this.eventsUnlinked = eventsUnlinked;
        this.firstBrokenSeq = brokenSeq;
        this.firstBrokenEventId = brokenEventId;
        this.problem = problem;
        this.headHash = headHash;
    }

    public Long id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public long linksChecked() {
        return linksChecked;
    }

    public long eventsUnlinked() {
        return eventsUnlinked;
    }

    public Long firstBrokenSeq() {
        return firstBrokenSeq;
    }

    public Long firstBrokenEventId() {
        return firstBrokenEventId;
    }

    public Problem problem() {
        return problem;
    }

    public String headHash() {
        return headHash;
    }

    /** Finished, and every link held. */
    public boolean intact() {
        return finishedAt != null && problem == null;
    }
}
