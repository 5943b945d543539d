package lv.pietura.eaddress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.Checks;
import lv.pietura.shared.NotFound;

/**
 * A unit (department) of an institution at its mailbox: the messages given to it are read and worked by its members,
 * who need no right to read the whole mailbox. Its members are active staff of the same institution.
 */
@Entity
@Table(name = "mailbox_unit")
public class MailboxUnit {

    static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mailbox_unit_seq")
    @SequenceGenerator(name = "mailbox_unit_seq", sequenceName = "mailbox_unit_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "institution_id", nullable = false)
    private Long institutionId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @ManyToMany
    @JoinTable(
            name = "mailbox_unit_member",
            joinColumns = @JoinColumn(name = "unit_id"),
            inverseJoinColumns = @JoinColumn(name = "staff_id"))
    private Set<StaffAccount> members = new LinkedHashSet<>();

    protected MailboxUnit() {}

    private MailboxUnit(long institutionId, String name, String by, Instant at) {
        this.institutionId = institutionId;
        this.name = name;
        this.createdBy = by;
        this.createdAt = at;
    }

    /**
     * A new unit of the institution; its name is required and at most {@value #NAME_MAX} characters, its spaces as
     * one (two names that differ only in spaces are one name).
     */
    static MailboxUnit of(long institutionId, String name, String by, Instant at) {
        String clean = Checks.clean(name);
        clean = clean == null ? null : clean.replaceAll("\\s+", " ");
        new Checks().text("unitName", clean, NAME_MAX).throwIfAny();
        return new MailboxUnit(institutionId, clean, by, at);
    }

    /** {@code staff} is a member from now on: an active staff member of the unit's institution, or not found. */
    void add(StaffAccount staff) {
        if (!staff.active() || !staff.institution().id().equals(institutionId)) {
            throw new NotFound("staff", staff.id());
        }
        members.add(staff);
    }

    void remove(StaffAccount staff) {
        members.remove(staff);
    }

    public boolean hasMember(StaffAccount staff) {
        return members.contains(staff);
    }

    public Long id() {
        return id;
    }

    public Long institutionId() {
        return institutionId;
    }

    public String name() {
        return name;
    }

    public Set<StaffAccount> members() {
        return Set.copyOf(members);
    }
}
