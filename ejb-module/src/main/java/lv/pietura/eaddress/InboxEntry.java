package lv.pietura.eaddress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import lv.pietura.organisation.StaffAccount;

/** A message as it lies in a recipient's mailbox (of the internal e-address), read or not. */
@Entity
@Table(name = "eaddress_inbox_entry")
public class InboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eaddress_inbox_seq")
    @SequenceGenerator(name = "eaddress_inbox_seq", sequenceName = "eaddress_inbox_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id", nullable = false)
    private Message message;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private EAddressAccount account;

    @Column(name = "arrived_at", nullable = false)
    private Instant arrivedAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_by", length = 64)
    private String readBy;

    /** When the institution's document system confirmed that it has the message (it is not fetched again). */
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;

    @Column(name = "case_id")
    private Long caseId;

    /** Who of the institution's staff works the message; null while nobody does. */
    @ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private StaffAccount assignee;

    @ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private MailboxUnit unit;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "assigned_by", length = 64)
    private String assignedBy;

    /** When its work was done; null while it is open. */
    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by", length = 64)
    private String handledBy;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "alert_status", nullable = false, length = 10)
    private AlertStatus alertStatus;

    @Column(name = "alert_attempts", nullable = false)
    private int alertAttempts;

    @Column(name = "alert_next_at")
    private Instant alertNextAt;

    @Column(name = "alert_failure", length = 500)
    private String alertFailure;

    /** The e-mail telling the holder that a message arrived. */
    public enum AlertStatus {
        /** The holder gave no e-mail address. */
        NONE,
        PENDING,
        SENT,
        /** Given up after the last attempt, with the reason. */
        FAILED
    }

    protected InboxEntry() {}

    InboxEntry(Message message, EAddressAccount account, Instant arrivedAt) {
        this.message = message;
        this.account = account;
        this.arrivedAt = arrivedAt;
        this.alertStatus = account.notifyEmail() == null ? AlertStatus.NONE : AlertStatus.PENDING;
        this.alertNextAt = account.notifyEmail() == null ? null : arrivedAt;
    }

    void alertSent() {
        alertStatus = AlertStatus.SENT;
        alertAttempts++;
        alertNextAt = null;
        alertFailure = null;
    }

    /** The holder switched alerts off (or deactivated) before this one went: it is not sent. */
    void alertDropped() {
        alertStatus = AlertStatus.NONE;
        alertNextAt = null;
    }

    /** Tried again after a doubling wait, as deliveries are; given up after as many attempts. */
    void alertFailed(String reason, Instant now) {
        alertAttempts++;
        alertFailure = Delivery.kept(reason);
        alertNextAt = Delivery.retryAfter(alertAttempts, now);
        if (alertNextAt == null) {
            alertStatus = AlertStatus.FAILED;
        }
    }

    /** An administrator sends a given-up alert again (after the mail server is mended); false if it was not given up. */
    boolean retryAlert(Instant now) {
        if (alertStatus != AlertStatus.FAILED) {
            return false;
        }
        alertStatus = AlertStatus.PENDING;
        alertAttempts = 0;
        alertNextAt = now;
        return true;
    }

    /** The document system has the message; confirming again changes nothing. */
    boolean confirm(String by, Instant at) {
        if (confirmedAt != null) {
            return false;
        }
        confirmedAt = at;
        confirmedBy = by;
        return true;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    /** Files the message under a service case of the receiving institution. */
    void fileUnder(long caseId) {
        this.caseId = caseId;
    }

    public Long caseId() {
        return caseId;
    }

    public AlertStatus alertStatus() {
        return alertStatus;
    }

    public int alertAttempts() {
        return alertAttempts;
    }

    public String alertFailure() {
        return alertFailure;
    }

    /** The first opening is the read receipt; later ones change nothing. */
    boolean read(String by, Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        readBy = by;
        return true;
    }

    /** The unit {@code to} works the message from now on (null: none); its members read it. */
    void giveTo(MailboxUnit to) {
        this.unit = to;
    }

    public MailboxUnit unit() {
        return unit;
    }

    /** {@code to} works the message from now on (null: nobody); who may be given it is the facade's rule. */
    void assign(StaffAccount to, String by, Instant at) {
        this.assignee = to;
        this.assignedAt = to == null ? null : at;
        this.assignedBy = to == null ? null : by;
    }

    /** The work is done; a second time changes nothing. */
    void handled(String by, Instant at) {
        if (handledAt == null) {
            handledAt = at;
            handledBy = by;
        }
    }

    /** Open again (more to do). */
    void reopened() {
        handledAt = null;
        handledBy = null;
    }

    public StaffAccount assignee() {
        return assignee;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant handledAt() {
        return handledAt;
    }

    public String handledBy() {
        return handledBy;
    }

    public Long id() {
        return id;
    }

    public Message message() {
        return message;
    }

    public EAddressAccount account() {
        return account;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
