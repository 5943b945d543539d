package lv.pietura.eaddress;

import static lv.pietura.shared.RoleNames.CLERK;
import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;
import static lv.pietura.shared.RoleNames.SERVICE_MANAGER;
import static lv.pietura.shared.RoleNames.SPECIALIST;
import static lv.pietura.shared.RoleNames.SUPERVISOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.cases.ServiceCase;
import lv.pietura.files.FilePurpose;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;
import lv.pietura.files.Signatures;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.Cursor;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PagedQuery;
import lv.pietura.shared.RuleViolation;
import lv.pietura.shared.Slice;

/**
 * Staff read their institution's e-address mailbox: the inbox and outbox, a message (the first opening of
 * one that arrived is its read receipt; every opening is audited), its delivery to each recipient and its
 * files. Reading needs the READ right; another institution's messages do not exist for the caller. Sending
 * is {@link Sending}; mail and cases, {@link CaseMail}.
 */
@Stateless
@RolesAllowed({CLERK, SPECIALIST, SERVICE_MANAGER, SUPERVISOR, INSTITUTION_ADMIN})
public class Mailboxes {

    @Inject
    AccountRepository accounts;

    @Inject
    CallerContext callers;

    @Inject
    FileStore files;

    @Inject
    Deliveries deliveries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    MailboxStaff staff;

    @Inject
    Signatures signatures;

    @PersistenceContext
    EntityManager em;

    /**
     * A row of the inbox or outbox.
     *
     * @param counterpart the sender (inbox), or the one recipient (outbox; with more, {@code addressees} says how many)
     */
    public record Row(
            String id,
            String subject,
            String counterpart,
            int addressees,
            java.time.Instant at,
            boolean read,
            int files,
            DeliveryStatus status,
            String assignee,
            String unit,
            boolean handled)
            implements java.io.Serializable {}

    /** Who works a message that arrived, and whether the work is done. */
    public record Work(
            Long assigneeId,
            String assignee,
            java.time.Instant assignedAt,
            String assignedBy,
            java.time.Instant handledAt,
            String handledBy,
            Long unitId,
            String unit)
            implements java.io.Serializable {}

    /** A unit of the institution a message can be given to. */
    public record Unit(long id, String name) implements java.io.Serializable {}

    /** A staff member a message can be assigned to: one who may read it. */
    public record Assignee(long staffId, String fullName) implements java.io.Serializable {}

    /** What arrived in the institution's mailbox, newest first, a slice after {@code after} at a time. */
    public Slice<Row> inbox(MailboxFilter filter, Cursor after, int size) {
        MailboxStaff.Reader reader = staff.reader();
        StaffAccount me = reader.staff();
        EAddressAccount mine = accounts.ofInstitution(me.institution().id());
        PagedQuery<InboxEntry> query =
                PagedQuery.of(em, InboxEntry.class, "e", "InboxEntry e join e.message m join m.sender s");
        if (Boolean.TRUE.equals(filter.unread())) {
            query.where("e.readAt is null");
        }
        if (filter.work() == MailboxFilter.Work.NOT_HANDLED) {
            query.where("e.handledAt is null");
        }
        if (!reader.whole() || filter.work() == MailboxFilter.Work.MY_UNITS) {
            // a member of units without the right to read the whole mailbox reads what is given to them
            List<Long> units = reader.whole() ? staff.unitsOf(me) : reader.units();
            query.where("e.unit.id in :units", "units", units.isEmpty() ? List.of(-1L) : units);
        }
        return query.fetch("left join fetch e.assignee left join fetch e.unit") // the rows name them: read with them
                .where("e.account = :mine", "mine", mine)
                .where("e.assignee = :me", "me", filter.work() == MailboxFilter.Work.ASSIGNED_TO_ME ? me : null)
                .whereContains(
                        "(lower(m.subject) like :text escape '!' or lower(s.name) like :text escape '!')",
                        "text",
                        filter.text())
                .where("e.arrivedAt >= :from", "from", startOf(filter.from()))
                .where(
                        "e.arrivedAt < :to",
                        "to",
                        startOf(filter.to() == null ? null : filter.to().plusDays(1)))
                .slice("e.arrivedAt", "e.id", after, size, e -> new Cursor(e.arrivedAt(), e.id()))
                .map(Mailboxes::arrived);
    }

    static Row arrived(InboxEntry e) {
        return new Row(
                e.message().id(),
                e.message().subject(),
                e.message().sender().name(),
                1,
                e.arrivedAt(),
                e.readAt() != null,
                e.message().files().size(),
                DeliveryStatus.DELIVERED,
                e.assignee() == null ? null : e.assignee().fullName(),
                e.unit() == null ? null : e.unit().name(),
                e.handledAt() != null);
    }

    /** What the institution sent, newest first, a slice after {@code after} at a time. */
    public Slice<Row> outbox(MailboxFilter filter, Cursor after, int size) {
        StaffAccount me = staff.require(MailboxRight.READ);
        EAddressAccount mine = accounts.ofInstitution(me.institution().id());
        PagedQuery<Message> query = PagedQuery.of(em, Message.class, "m", "Message m");
        if (Boolean.TRUE.equals(filter.unread())) {
            query.where("exists (select d.id from Delivery d where d.message = m and d.readAt is null)");
        }
        Slice<Message> sent = query.where("m.sender = :mine", "mine", mine)
                .where(
                        "exists (select d.id from Delivery d where d.message = m and d.status = :status)",
                        "status",
                        filter.status())
                .whereContains(
                        "(lower(m.subject) like :text escape '!' or exists (select d.id from Delivery d"
                                + " where d.message = m and lower(d.recipient.name) like :text escape '!'))",
                        "text",
                        filter.text())
                .where("m.createdAt >= :from", "from", startOf(filter.from()))
                .where(
                        "m.createdAt < :to",
                        "to",
                        startOf(filter.to() == null ? null : filter.to().plusDays(1)))
                .slice("m.createdAt", "m.id", after, size, m -> new Cursor(m.createdAt(), m.id()));
        return deliveries.sentRows(sent);
    }

    /** How far the delivery of a message the institution sent has come. */
    public MessageView.Progress progress(String messageId) {
        return deliveries.progress(sent(messageId));
    }

    /** The recipients of a message the institution sent, with each delivery and read receipt. */
    public Page<MessageView.RecipientView> recipients(String messageId, DeliveryStatus only, PageRequest page) {
        return deliveries.recipients(sent(messageId), only, page);
    }

    private Message sent(String messageId) {
        StaffAccount me = staff.require(MailboxRight.READ);
        EAddressAccount mine = accounts.ofInstitution(me.institution().id());
        Message message = messageId == null ? null : em.find(Message.class, messageId);
        if (message == null || !message.sender().id().equals(mine.id())) {
            throw new NotFound("message", messageId);
        }
        return message;
    }

    /** A message of the institution's mailbox; opening one that arrived is its read receipt. */
    public MessageView open(String messageId) {
        MailboxStaff.Reader reader = staff.reader();
        StaffAccount me = reader.staff();
        EAddressAccount mine = accounts.ofInstitution(me.institution().id());
        Message message = messageId == null ? null : em.find(Message.class, messageId);
        if (message == null) {
            throw new NotFound("message", messageId);
        }
        if (message.sender().id().equals(mine.id())) {
            if (!reader.whole()) {
                throw new NotFound("message", messageId);
            }
            opened(message, me, "opened (sent): ");
            return MessageView.of(message, true, null, signatures.summaries(MessageView.hashes(message)));
        }
        InboxEntry entry = arrived(message, mine);
        if (!reader.reads(entry)) {
            throw new NotFound("message", messageId);
        }
        if (entry.read(me.username(), clock.instant())) {
            deliveries.markRead(message, mine, entry.readAt());
        }
        opened(message, me, "opened: ");
        MessageView view =
                MessageView.of(message, false, entry.readAt(), signatures.summaries(MessageView.hashes(message)));
        if (entry.caseId() != null) {
            ServiceCase c = em.find(ServiceCase.class, entry.caseId());
            view = view.filedUnder(new MessageView.CaseLink(c.id(), c.number()));
        }
        return view;
    }

    private InboxEntry arrived(Message message, EAddressAccount mine) {
        return em.createQuery("select e from InboxEntry e where e.message = :m and e.account = :a", InboxEntry.class)
                .setParameter("m", message)
                .setParameter("a", mine)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound("message", message.id()));
    }

    /** A message that arrived in the caller's institution's mailbox and that they read; any other is not found. */
    private InboxEntry arrivedEntry(String messageId, MailboxStaff.Reader reader) {
        EAddressAccount mine =
                accounts.ofInstitution(reader.staff().institution().id());
        Message message = messageId == null ? null : em.find(Message.class, messageId);
        if (message == null) {
            throw new NotFound("message", messageId);
        }
        InboxEntry entry = arrived(message, mine);
        if (!reader.reads(entry)) {
            throw new NotFound("message", messageId);
        }
        return entry;
    }

    /** Who works a message that arrived, and whether it is done. */
    public Work work(String messageId) {
        InboxEntry entry = arrivedEntry(messageId, staff.reader());
        StaffAccount assignee = entry.assignee();
        return new Work(
                assignee == null ? null : assignee.id(),
                assignee == null ? null : assignee.fullName(),
                entry.assignedAt(),
                entry.assignedBy(),
                entry.handledAt(),
                entry.handledBy(),
                entry.unit() == null ? null : entry.unit().id(),
                entry.unit() == null ? null : entry.unit().name());
    }

    /**
     * Those a message that arrived can be assigned to, by name: the institution's active staff who may read its
     * mailbox, and the members of the unit it is given to.
     */
    public List<Assignee> assignees(String messageId) {
        InboxEntry entry = arrivedEntry(messageId, staff.reader());
        java.util.Map<Long, StaffAccount> may = new java.util.LinkedHashMap<>();
        em.createQuery(
                        "select g.staff from MailboxGrant g where g.right = :read"
                                + " and g.staff.institution.id = :i and g.staff.active = true",
                        StaffAccount.class)
                .setParameter("read", MailboxRight.READ)
                .setParameter("i", entry.account().institutionId())
                .getResultStream()
                .forEach(s -> may.put(s.id(), s));
        if (entry.unit() != null) {
            entry.unit().members().stream().filter(StaffAccount::active).forEach(s -> may.put(s.id(), s));
        }
        return may.values().stream()
                .sorted(java.util.Comparator.comparing(StaffAccount::fullName))
                .map(s -> new Assignee(s.id(), s.fullName()))
                .toList();
    }

    /** The institution's units, by name: those a message can be given to. */
    public List<Unit> units() {
        StaffAccount me = staff.reader().staff();
        return em.createQuery(
                        "select u from MailboxUnit u where u.institutionId = :i order by u.name", MailboxUnit.class)
                .setParameter("i", me.institution().id())
                .getResultStream()
                .map(u -> new Unit(u.id(), u.name()))
                .toList();
    }

    /**
     * Gives a message that arrived to a unit of the institution to work ({@code null}: to none); its members read it
     * from then on. A unit of another institution is not found.
     */
    public void giveToUnit(String messageId, Long unitId) {
        MailboxStaff.Reader reader = staff.reader();
        InboxEntry entry = arrivedEntry(messageId, reader);
        MailboxUnit unit = null;
        if (unitId != null) {
            unit = em.find(MailboxUnit.class, unitId);
            if (unit == null
                    || !unit.institutionId().equals(reader.staff().institution().id())) {
                throw new NotFound("unit", unitId);
            }
        }
        entry.giveTo(unit);
        recordWork(reader.staff(), entry, unit == null ? "given to no unit" : "given to the unit " + unit.name());
    }

    /**
     * Gives a message that arrived to {@code staffId} to work ({@code null}: to nobody). Only a staff member of the
     * institution who may read its mailbox can be given one; anyone else is not found.
     */
    public void assign(String messageId, Long staffId) {
        MailboxStaff.Reader reader = staff.reader();
        StaffAccount me = reader.staff();
        InboxEntry entry = arrivedEntry(messageId, reader);
        StaffAccount to = null;
        if (staffId != null) {
            to = em.find(StaffAccount.class, staffId);
            if (to == null
                    || !to.active()
                    || !to.institution().id().equals(me.institution().id())
                    || !(accounts.has(to, MailboxRight.READ)
                            || (entry.unit() != null && entry.unit().hasMember(to)))) {
                throw new NotFound("staff", staffId);
            }
        }
        entry.assign(to, me.username(), clock.instant());
        recordWork(me, entry, to == null ? "assigned to nobody" : "assigned to " + to.username());
    }

    /** The work on a message that arrived is done ({@code done}), or open again. */
    public void handled(String messageId, boolean done) {
        MailboxStaff.Reader reader = staff.reader();
        StaffAccount me = reader.staff();
        InboxEntry entry = arrivedEntry(messageId, reader);
        if (done) {
            entry.handled(me.username(), clock.instant());
        } else {
            entry.reopened();
        }
        recordWork(me, entry, done ? "handled" : "open again");
    }

    private void recordWork(StaffAccount me, InboxEntry entry, String what) {
        audit.record(
                callers.current().actor(),
                AuditAction.UPDATE,
                "InboxEntry",
                entry.id(),
                me.institution().id(),
                entry.message().id() + ": " + what);
    }

    /** The most messages one fetch of a document system gets. */
    public static final int FETCH_MAX = 100;

    /**
     * For the institution's document management system: the messages that arrived and that it has not confirmed
     * yet, oldest first, at most {@code limit} (1 to {@link #FETCH_MAX}), each with its files. Fetching marks
     * nothing: a message comes again until it is confirmed. Each fetch of a message is audited as a reading.
     */
    public List<MessageView> unconfirmed(int limit) {
        StaffAccount me = staff.require(MailboxRight.READ);
        if (limit < 1 || limit > FETCH_MAX) {
            throw RuleViolation.ofField("limit", "eaddress.fetch.limit", FETCH_MAX);
        }
        EAddressAccount mine = accounts.ofInstitution(me.institution().id());
        return em.createQuery(
                        "select e from InboxEntry e join fetch e.message where e.account = :a and e.confirmedAt is null"
                                + " order by e.arrivedAt, e.id",
                        InboxEntry.class)
                .setParameter("a", mine)
                .setMaxResults(limit)
                .getResultStream()
                .map(e -> {
                    opened(e.message(), me, "fetched by the document system: ");
                    MessageView view = MessageView.of(
                            e.message(), false, e.readAt(), signatures.summaries(MessageView.hashes(e.message())));
                    if (e.caseId() != null) {
                        ServiceCase c = em.find(ServiceCase.class, e.caseId());
                        view = view.filedUnder(new MessageView.CaseLink(c.id(), c.number()));
                    }
                    return view;
                })
                .toList();
    }

    /**
     * The document system has the message: it is not fetched again, and it counts as read (the read receipt, if
     * nobody opened it before). Idempotent: a second confirmation answers as the first. A message that did not
     * arrive in the caller's institution's mailbox is not found.
     */
    public void confirm(String messageId) {
        StaffAccount me = staff.require(MailboxRight.READ);
        EAddressAccount mine = accounts.ofInstitution(me.institution().id());
        InboxEntry entry = accounts.entry(messageId, mine).orElseThrow(() -> new NotFound("message", messageId));
        if (!entry.confirm(me.username(), clock.instant())) {
            return;
        }
        if (entry.read(me.username(), clock.instant())) {
            deliveries.markRead(entry.message(), mine, entry.readAt());
        }
        audit.record(
                callers.current().actor(),
                AuditAction.UPDATE,
                "Message",
                messageId,
                me.institution().id(),
                "confirmed by the document system",
                personConcerned(entry.message()));
    }

    /** A message's files under handles of the caller's own, to send them on (forwarding the message). */
    public List<FileRef> filesToForward(String messageId) {
        open(messageId);
        return staff.granted(em.find(Message.class, messageId), FilePurpose.MESSAGE_FILE);
    }

    /** A file of a message the caller may open, by the handle the message names it by. */
    public InputStream openFile(String messageId, String fileId) {
        return files.open(downloaded(messageId, fileId, "file ").sha256());
    }

    /** The signature validation report (XML) of a signed file of a message the caller may open; audited. */
    public String signatureReport(String messageId, String fileId) {
        MessageFile file = downloaded(messageId, fileId, "signature validation report of ");
        return signatures
                .of(file.sha256())
                .orElseThrow(() -> new NotFound("file", fileId))
                .report();
    }

    private MessageFile downloaded(String messageId, String fileId, String what) {
        open(messageId);
        Message stored = em.find(Message.class, messageId);
        MessageFile file = stored.files().stream()
                .filter(f -> f.fileId().equals(fileId))
                .findFirst()
                .orElseThrow(() -> new NotFound("file", fileId));
        audit.record(
                callers.current().actor(),
                AuditAction.DOWNLOAD,
                "Message",
                messageId,
                callers.current().institutionId(),
                what + file.name(),
                personConcerned(stored));
        return file;
    }

    /**
     * Every opening of a message by every staff member is audited (not only the first, which is its read
     * receipt), with the person or company it concerns when there is one.
     */
    private void opened(Message message, StaffAccount me, String what) {
        audit.record(
                callers.current().actor(),
                AuditAction.READ_PERSONAL_DATA,
                "Message",
                message.id(),
                me.institution().id(),
                what + message.subject(),
                personConcerned(message));
    }

    /** The person or company on the other side of a message: its sender, or its one recipient; or nobody. */
    private String personConcerned(Message message) {
        if (message.sender().kind() != AccountKind.INSTITUTION) {
            return message.sender().identifier();
        }
        List<EAddressAccount> recipients = em.createQuery(
                        "select d.recipient from Delivery d where d.message = :m", EAddressAccount.class)
                .setParameter("m", message)
                .setMaxResults(2)
                .getResultList();
        return recipients.size() == 1 && recipients.get(0).kind() != AccountKind.INSTITUTION
                ? recipients.get(0).identifier()
                : null;
    }

    /** The units of the mailbox the caller is a member of, by name (they read what is given to them). */
    public List<String> myUnits() {
        return em.createQuery(
                        "select u.name from MailboxUnit u join u.members m where m.id = :s order by u.name",
                        String.class)
                .setParameter("s", callers.current().staffId())
                .getResultList();
    }

    /** The caller's rights on the institution's mailbox (what the menu offers them). */
    public Set<MailboxRight> myRights() {
        Set<MailboxRight> rights = EnumSet.noneOf(MailboxRight.class);
        rights.addAll(em.createQuery("select g.right from MailboxGrant g where g.staff.id = :s", MailboxRight.class)
                .setParameter("s", callers.current().staffId())
                .getResultList());
        return rights;
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Clocks.RIGA).toInstant();
    }
}
