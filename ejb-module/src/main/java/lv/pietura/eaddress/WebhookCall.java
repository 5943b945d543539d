package lv.pietura.eaddress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One call of an institution's webhook: a message arrived in its mailbox. Tried until the receiver answers
 * 2xx, waiting {@link #FIRST_BACKOFF} (or what the installation configures) after the first failure and twice as
 * long after each next one (at most
 * {@link #LONGEST_WAIT}); given up after {@link #MAX_ATTEMPTS}. The document system still fetches the message
 * (the call only says that there is one), so a call given up loses nothing. The institution's administrator
 * reads the calls as the delivery log.
 */
@Entity
@Table(name = "eaddress_webhook_call")
public class WebhookCall {

    static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(10);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final int ANSWER_MAX = 300;

    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eaddress_webhook_call_seq")
    @SequenceGenerator(
            name = "eaddress_webhook_call_seq",
            sequenceName = "eaddress_webhook_call_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(name = "url", nullable = false, length = WebhookAddress.LONGEST)
    private String url;

    @Column(name = "message_id", nullable = false, length = 36)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_answer", length = ANSWER_MAX)
    private String lastAnswer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookCall() {}

    WebhookCall(Webhook hook, String messageId, Instant at) {
        this.institutionId = hook.institutionId();
        this.url = hook.url();
        this.messageId = messageId;
        this.status = Status.PENDING;
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    /** The receiver answered {@code httpStatus}: 2xx delivers the call, anything else waits for the next attempt. */
    void answered(int httpStatus, Instant at, Duration firstWait) {
        if (httpStatus >= 200 && httpStatus < 300) {
            attempts++;
            status = Status.DELIVERED;
            deliveredAt = at;
            nextAttemptAt = null;
            lastAnswer = "HTTP " + httpStatus;
        } else {
            failed("HTTP " + httpStatus, at, firstWait);
        }
    }

    /** Not tried again: {@code why}. */
    void givenUp(String why) {
        status = Status.FAILED;
        nextAttemptAt = null;
        lastAnswer = why;
    }

    /** A node is making the call: the others leave it alone until {@code until}. */
    void leased(Instant until) {
        nextAttemptAt = until;
    }

    /** No answer, or one that is not 2xx ({@code why}); given up after {@link #MAX_ATTEMPTS}. */
    void failed(String why, Instant at, Duration firstWait) {
        attempts++;
        lastAnswer = why == null ? "" : why.length() > ANSWER_MAX ? why.substring(0, ANSWER_MAX) : why;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            nextAttemptAt = null;
        } else {
            Duration wait = firstWait.multipliedBy(1L << Math.min(attempts - 1, 20));
            nextAttemptAt = at.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
    }

    public Long id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String messageId() {
        return messageId;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastAnswer() {
        return lastAnswer;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    long institutionId() {
        return institutionId;
    }
}
