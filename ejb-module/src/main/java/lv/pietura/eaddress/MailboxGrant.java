package lv.pietura.eaddress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import lv.pietura.organisation.StaffAccount;

/** A staff member's right on their institution's mailbox, granted by an institution administrator. */
@Entity
@Table(name = "mailbox_grant")
public class MailboxGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mailbox_grant_seq")
    @SequenceGenerator(name = "mailbox_grant_seq", sequenceName = "mailbox_grant_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "staff_id", nullable = false)
    private StaffAccount staff;

    @Enumerated(EnumType.STRING)
    @Column(name = "right_kind", nullable = false, length = 10)
    private MailboxRight right;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", nullable = false, length = 64)
    private String grantedBy;

    protected MailboxGrant() {}

    public MailboxGrant(StaffAccount staff, MailboxRight right, Instant grantedAt, String grantedBy) {
        this.staff = staff;
        this.right = right;
        this.grantedAt = grantedAt;
        this.grantedBy = grantedBy;
    }

    public StaffAccount staff() {
        return staff;
    }

    public MailboxRight right() {
        return right;
    }
}
