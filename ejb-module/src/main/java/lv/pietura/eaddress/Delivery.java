package lv.pietura.eaddress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * The sender's record of one recipient of a message: created with the message, then worked by the
 * delivery worker until delivered or given up, with the reason.
 */
@Entity
@Table(name = "eaddress_delivery")
public class Delivery {

    /** Attempts before a delivery is given up. */
    static final int MAX_ATTEMPTS = 5;
    /** The wait before the second attempt; it doubles with each failure. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eaddress_delivery_seq")
    @SequenceGenerator(name = "eaddress_delivery_seq", sequenceName = "eaddress_delivery_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id", nullable = false)
    private Message message;

    @Column(name = "position", nullable = false)
    private int position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recipient_account_id", nullable = false)
    private EAddressAccount recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "failure", length = 500)
    private String failure;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** Minutes from delivery to the first reading (an indicator). */
    @Column(name = "minutes_to_read")
    private Long minutesToRead;

    protected Delivery() {}

    Delivery(Message message, int position, EAddressAccount recipient, Instant now) {
        this.message = message;
        this.position = position;
        this.recipient = recipient;
        this.status = DeliveryStatus.CREATED;
        this.nextAttemptAt = now;
    }

    /** The worker takes it; a delivery already delivered or given up is not attempted again. */
    boolean start() {
        if (status == DeliveryStatus.DELIVERED || status == DeliveryStatus.FAILED) {
            return false;
        }
        status = DeliveryStatus.SENDING;
        attempts++;
        return true;
    }

    void delivered(Instant at) {
        status = DeliveryStatus.DELIVERED;
        deliveredAt = at;
        nextAttemptAt = null;
        failure = null;
    }

    /** A failed attempt: tried again after a doubling wait, given up after {@link #MAX_ATTEMPTS}. */
    void attemptFailed(String reason, Instant now) {
        failure = kept(reason);
        nextAttemptAt = retryAfter(attempts, now);
        status = nextAttemptAt == null ? DeliveryStatus.FAILED : DeliveryStatus.CREATED;
    }

    /** A failure's reason as it is kept, at most 500 characters. */
    static String kept(String reason) {
        return reason == null ? "?" : reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    /** When the attempt after {@code attempts} failed ones is due: 30 s, doubling; none after the last. */
    static Instant retryAfter(int attempts, Instant now) {
        return attempts >= MAX_ATTEMPTS ? null : now.plus(FIRST_BACKOFF.multipliedBy(1L << (attempts - 1)));
    }

    /**
     * An administrator delivers a given-up message again (after the recipient's system is mended): it
     * starts over with all its attempts; false if it was not given up.
     */
    boolean retry(Instant now) {
        if (status != DeliveryStatus.FAILED) {
            return false;
        }
        status = DeliveryStatus.CREATED;
        attempts = 0;
        nextAttemptAt = now;
        return true;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
            minutesToRead = deliveredAt == null
                    ? null
                    : Math.max(0, Duration.between(deliveredAt, at).toMinutes());
        }
    }

    public Long id() {
        return id;
    }

    public Message message() {
        return message;
    }

    public EAddressAccount recipient() {
        return recipient;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String failure() {
        return failure;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
