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

    protected InboxEntry() {
    }

    InboxEntry(Message message, EAddressAccount account, Instant arrivedAt) {
        this.message = message;
        this.account = account;
        this.arrivedAt = arrivedAt;
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
