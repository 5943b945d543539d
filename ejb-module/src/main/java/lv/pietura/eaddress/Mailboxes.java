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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.calendar.WorkingDays;
import lv.pietura.cases.CaseAccess;
import lv.pietura.cases.ServiceCase;
import lv.pietura.files.FileOwner;
import lv.pietura.files.FilePurpose;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.Cursor;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PagedQuery;
import lv.pietura.shared.PersonalCode;
import lv.pietura.shared.RuleViolation;
import lv.pietura.shared.Slice;

/**
 * Staff work with their institution's e-address mailbox: find an addressee, send, read the inbox and
 * outbox, open a message (the first opening is the read receipt) and download its files. Reading needs
 * the READ right, sending the SEND right; another institution's messages do not exist for the caller.
 */
@Stateless
@RolesAllowed({CLERK, SPECIALIST, SERVICE_MANAGER, SUPERVISOR, INSTITUTION_ADMIN})
public class Mailboxes {

    public static final long MAX_FILE_BYTES = Attachments.MAX_FILE_BYTES;
    private static final int SEARCH_MAX = 20;

    @Inject
    @Chosen
    EAddressGateway gateway;

    @Inject
    Accounts accounts;

    @Inject
    CallerContext callers;

    @Inject
    FileStore files;

    @Inject
    Deliveries deliveries;

    @Inject
    Attachments attachments;

    @Inject
    WorkingDays workingDays;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

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
            DeliveryStatus status)
            implements java.io.Serializable {}

    /**
     * Addressees by name, registration number or a whole personal code. A look-up by personal code tells the
     * person's name, so it is audited as a look at their data, found or not.
     */
    public List<EAddressGateway.Addressee> searchAddressees(String query) {
        List<EAddressGateway.Addressee> found = gateway.searchAddressee(query, SEARCH_MAX);
        String text = query == null ? "" : query.strip();
        if (PersonalCode.isValid(text)) {
            Caller caller = callers.current();
            audit.record(
                    caller.actor(),
                    AuditAction.READ_PERSONAL_DATA,
                    "Addressee",
                    null,
                    caller.institutionId(),
                    "addressee look-up by personal code: " + (found.isEmpty() ? "not found" : "found"),
                    text);
        }
        return found;
    }

    /** Stores a file for a message about to be sent: checked by content, at most 10 MB. */
    public FileRef upload(String fileName, InputStream content) {
        require(MailboxRight.SEND);
        return attachments.upload(fileName, content, callers.current().fileOwner());
    }

    /**
     * Sends a message from the institution's e-address: stored with its files and one delivery per
     * recipient now, delivered by the worker.
     *
     * @return the message id
     */
    public String send(
            List<String> recipientAddresses,
            String subject,
            String body,
            List<FileRef> attached,
            Long caseId,
            String replyTo) {
        StaffAccount me = require(MailboxRight.SEND);
        return dispatch(
                        UUID.randomUUID().toString(),
                        me,
                        recipients(recipientAddresses),
                        subject,
                        body,
                        attached,
                        caseId,
                        replyTo)
                .id();
    }

    /** A message sent under an idempotency key: its id, and whether this call stored it. */
    public record Sent(String messageId, boolean stored) implements java.io.Serializable {}

    /**
     * Sends as {@link #send} does (files uploaded before, {@link #upload}), for an institution's system through the API: {@code key}, a
     * UUID the caller chose, becomes the message's id, so the same key again with the same message answers
     * with the message stored the first time ({@code stored} false) and never makes a second one; the same
     * key with another message, or another institution's, is refused.
     */
    public Sent sendOnce(
            String key, List<String> recipientAddresses, String subject, String body, List<FileRef> attached) {
        StaffAccount me = require(MailboxRight.SEND);
        String id = messageKey(key);
        List<EAddressAccount> recipients = recipients(recipientAddresses);
        Message earlier = em.find(Message.class, id);
        if (earlier != null) {
            if (!earlier.sender()
                            .id()
                            .equals(accounts.ofInstitution(me.institution().id())
                                    .id())
                    || !sameMessage(earlier, recipients, subject, body, attached)) {
                throw RuleViolation.ofField("idempotencyKey", "eaddress.idempotency.reused", key);
            }
            return new Sent(id, false);
        }
        return new Sent(
                dispatch(id, me, recipients, subject, body, attached, null, null)
                        .id(),
                true);
    }

    private List<EAddressAccount> recipients(List<String> addresses) {
        List<EAddressAccount> recipients = new ArrayList<>();
        for (String address : addresses == null ? List.<String>of() : addresses) {
            recipients.add(accounts.byAddress(address)
                    .orElseThrow(
                            () -> RuleViolation.ofField("recipients", "eaddress.recipient.unknown", quoted(address))));
        }
        return recipients;
    }

    /** An address a request gave, as a refusal quotes it: at most 40 characters. */
    private static String quoted(String address) {
        return address == null || address.length() <= 40 ? address : address.substring(0, 40) + "…";
    }

    private static String messageKey(String key) {
        try {
            String canonical = UUID.fromString(key == null ? "" : key.strip()).toString();
            if (canonical.equalsIgnoreCase(key.strip())) {
                return canonical;
            }
        } catch (IllegalArgumentException notUuid) {
            // refused below
        }
        throw RuleViolation.ofField("idempotencyKey", "eaddress.idempotency.key");
    }

    private static boolean sameMessage(
            Message earlier, List<EAddressAccount> recipients, String subject, String body, List<FileRef> attached) {
        return java.util.Objects.equals(earlier.subject(), subject)
                && java.util.Objects.equals(earlier.body(), body)
                && earlier.files().stream()
                        .map(MessageFile::fileId)
                        .toList()
                        .equals((attached == null ? List.<FileRef>of() : attached)
                                .stream().map(f -> f == null ? null : f.id()).toList())
                && recipients.stream()
                        .map(EAddressAccount::id)
                        .collect(java.util.stream.Collectors.toSet())
                        .equals(earlier.deliveries().stream()
                                .map(d -> d.recipient().id())
                                .collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * What a bulk list comes to before anything is sent: how many listed codes have an activated
     * e-address, which have none (the first 100 of them) and which lines are no valid code.
     */
    public record BulkCheck(
            int listed,
            int addressable,
            int withoutEAddress,
            List<String> firstWithout,
            List<AddresseeList.Line> invalid)
            implements java.io.Serializable {}

    public BulkCheck checkBulk(String list) {
        require(MailboxRight.SEND);
        AddresseeList addressees = AddresseeList.parse(list);
        List<EAddressAccount> found = accounts.activated(addressees.identifiers());
        java.util.Set<String> reachable =
                found.stream().map(EAddressAccount::identifier).collect(java.util.stream.Collectors.toSet());
        List<String> without = addressees.identifiers().stream()
                .filter(i -> !reachable.contains(i))
                .toList();
        return new BulkCheck(
                addressees.identifiers().size(),
                found.size(),
                without.size(),
                without.stream().limit(100).toList(),
                addressees.invalid().stream().limit(100).toList());
    }

    /** A bulk message stored for delivery: its id and how many it goes to. */
    public record BulkSent(String messageId, int addressees, int withoutEAddress, int invalid)
            implements java.io.Serializable {}

    /**
     * One message to every listed addressee with an activated e-address (the others are counted, not
     * written to): one message, its files stored once, one delivery per recipient for the worker.
     */
    public BulkSent sendBulk(String list, String subject, String body, List<FileRef> attached) {
        StaffAccount me = require(MailboxRight.SEND);
        AddresseeList addressees = AddresseeList.parse(list);
        EAddressAccount sender = accounts.ofInstitution(me.institution().id());
        Message message = Message.bulk(
                UUID.randomUUID().toString(),
                sender,
                me.username(),
                subject,
                body,
                attachments.stored(attached, callers.current().fileOwner()),
                clock.instant(),
                LocalDate.now(clock.withZone(Clocks.RIGA)),
                workingDays.calendar());
        em.persist(message);
        int recipients = deliveries.addActivated(message, sender, addressees.identifiers(), clock.instant());
        if (recipients == 0) {
            throw RuleViolation.ofField("addressees", "eaddress.bulk.nobody"); // rolls the message back
        }
        audit.record(
                callers.current().actor(),
                AuditAction.CREATE,
                "Message",
                message.id(),
                me.institution().id(),
                "to " + recipients + ": " + message.subject());
        return new BulkSent(
                message.id(),
                recipients,
                addressees.identifiers().size() - recipients,
                addressees.invalid().size());
    }

    private Message dispatch(
            String id,
            StaffAccount me,
            List<EAddressAccount> recipients,
            String subject,
            String body,
            List<FileRef> attached,
            Long caseId,
            String replyTo) {
        EAddressAccount sender = accounts.ofInstitution(me.institution().id());
        Message message = Message.compose(
                id,
                sender,
                me.username(),
                recipients,
                subject,
                body,
                attachments.stored(attached, callers.current().fileOwner()),
                caseId,
                replyTo,
                clock.instant(),
                LocalDate.now(clock.withZone(Clocks.RIGA)),
                workingDays.calendar());
        em.persist(message);
        audit.record(
                callers.current().actor(),
                AuditAction.CREATE,
                "Message",
                message.id(),
                me.institution().id(),
                "to " + recipients.size() + ": " + message.subject());
        return message;
    }

    /** What arrived in the institution's mailbox, newest first, a slice after {@code after} at a time. */
    public Slice<Row> inbox(MailboxFilter filter, Cursor after, int size) {
        StaffAccount me = require(MailboxRight.READ);
        EAddressAccount mine = accounts.ofInstitution(me.institution().id());
        PagedQuery<InboxEntry> query =
                PagedQuery.of(em, InboxEntry.class, "e", "InboxEntry e join e.message m join m.sender s");
        if (Boolean.TRUE.equals(filter.unread())) {
            query.where("e.readAt is null");
        }
        return query.where("e.account = :mine", "mine", mine)
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
                DeliveryStatus.DELIVERED);
    }

    /** What the institution sent, newest first, a slice after {@code after} at a time. */
    public Slice<Row> outbox(MailboxFilter filter, Cursor after, int size) {
        StaffAccount me = require(MailboxRight.READ);
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
        StaffAccount me = require(MailboxRight.READ);
        EAddressAccount mine = accounts.ofInstitution(me.institution().id());
        Message message = messageId == null ? null : em.find(Message.class, messageId);
        if (message == null || !message.sender().id().equals(mine.id())) {
            throw new NotFound("message", messageId);
        }
        return message;
    }

    /** A message of the institution's mailbox; opening one that arrived is its read receipt. */
    public MessageView open(String messageId) {
        StaffAccount me = require(MailboxRight.READ);
        EAddressAccount mine = accounts.ofInstitution(me.institution().id());
        Message message = messageId == null ? null : em.find(Message.class, messageId);
        if (message == null) {
            throw new NotFound("message", messageId);
        }
        if (message.sender().id().equals(mine.id())) {
            opened(message, me, "opened (sent): ");
            return MessageView.of(message, true, null);
        }
        InboxEntry entry = em.createQuery(
                        "select e from InboxEntry e where e.message = :m and e.account = :a", InboxEntry.class)
                .setParameter("m", message)
                .setParameter("a", mine)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound("message", messageId));
        if (entry.read(me.username(), clock.instant())) {
            deliveries.markRead(message, mine, entry.readAt());
        }
        opened(message, me, "opened: ");
        MessageView view = MessageView.of(message, false, entry.readAt());
        if (entry.caseId() != null) {
            ServiceCase c = em.find(ServiceCase.class, entry.caseId());
            view = view.filedUnder(new MessageView.CaseLink(c.id(), c.number()));
        }
        return view;
    }

    /** A received message as the start of a new case: who sent it, its subject and its files. */
    public record ForCase(
            AccountKind senderKind, String senderCode, String senderName, String subject, List<FileRef> files)
            implements java.io.Serializable {}

    /** The message's sender, subject and files, the files under handles of the caller's own for a case. */
    public ForCase forCase(String messageId) {
        MessageView message = open(messageId);
        Message stored = em.find(Message.class, messageId);
        EAddressAccount sender = stored.sender();
        return new ForCase(
                sender.kind(),
                sender.displayAddress().replace("_DEFAULT@", ""),
                sender.name(),
                message.subject(),
                granted(stored, FilePurpose.CASE_DOCUMENT));
    }

    /** A message's files under handles of the caller's own, to send them on (forwarding the message). */
    public List<FileRef> filesToForward(String messageId) {
        open(messageId);
        return granted(em.find(Message.class, messageId), FilePurpose.MESSAGE_FILE);
    }

    private List<FileRef> granted(Message message, FilePurpose purpose) {
        FileOwner me = callers.current().fileOwner();
        return message.files().stream()
                .map(f -> files.grant(f.ref(), purpose, me))
                .toList();
    }

    /**
     * Files a received message under a case of the institution (handled by it, or registered in the
     * caller's centre), by the case's number.
     */
    public void fileUnder(String messageId, String caseNumber) {
        StaffAccount me = require(MailboxRight.READ);
        Caller caller = callers.current();
        EAddressAccount mine = accounts.ofInstitution(me.institution().id());
        InboxEntry entry = em.createQuery(
                        "select e from InboxEntry e where e.message.id = :m and e.account = :a", InboxEntry.class)
                .setParameter("m", messageId)
                .setParameter("a", mine)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound("message", messageId));
        String number = caseNumber == null ? "" : caseNumber.strip();
        ServiceCase c = em.createQuery("select c from ServiceCase c where c.number = :n", ServiceCase.class)
                .setParameter("n", number)
                .getResultStream()
                .filter(found -> CaseAccess.mayFileMailUnder(caller, found))
                .findFirst()
                .orElseThrow(() -> RuleViolation.ofField("caseNumber", "eaddress.case.unknown", number));
        entry.fileUnder(c.id());
        audit.record(
                caller.actor(),
                AuditAction.UPDATE,
                "Message",
                messageId,
                caller.institutionId(),
                "filed under case " + c.number());
    }

    /** A file of a message the caller may open, by the handle the message names it by. */
    public InputStream openFile(String messageId, String fileId) {
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
                "file " + file.name(),
                personConcerned(stored));
        return files.open(file.sha256());
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

    /** How the result of a closed case reached its client, for the case's page. */
    public record ResultDelivery(
            String messageId,
            boolean otherChannel,
            DeliveryStatus status,
            java.time.Instant deliveredAt,
            java.time.Instant readAt)
            implements java.io.Serializable {}

    /**
     * The result message of a case the caller may see ({@link CaseAccess#maySee}, without a client's code);
     * empty while the case is open or its result goes no e-address way.
     */
    public java.util.Optional<ResultDelivery> resultOf(long caseId) {
        Caller caller = callers.current();
        ServiceCase c = em.find(ServiceCase.class, caseId);
        if (c == null || !CaseAccess.maySee(caller, c, null)) {
            throw new NotFound("case", caseId);
        }
        CaseResult result = em.find(CaseResult.class, caseId);
        if (result == null) {
            return java.util.Optional.empty();
        }
        Delivery delivery = result.messageId() == null
                ? null
                : em.find(Message.class, result.messageId()).deliveries().get(0);
        return java.util.Optional.of(new ResultDelivery(
                result.messageId(),
                result.otherChannel(),
                delivery == null ? null : delivery.status(),
                delivery == null ? null : delivery.deliveredAt(),
                delivery == null ? null : delivery.readAt()));
    }

    /** The caller's rights on the institution's mailbox (what the menu offers them). */
    public Set<MailboxRight> myRights() {
        Set<MailboxRight> rights = EnumSet.noneOf(MailboxRight.class);
        rights.addAll(em.createQuery("select g.right from MailboxGrant g where g.staff.id = :s", MailboxRight.class)
                .setParameter("s", callers.current().staffId())
                .getResultList());
        return rights;
    }

    private StaffAccount require(MailboxRight right) {
        Caller caller = callers.current();
        StaffAccount me = em.find(StaffAccount.class, caller.staffId());
        if (!accounts.has(me, right)) {
            throw new AccessDenied("eaddress.right." + right);
        }
        return me;
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Clocks.RIGA).toInstant();
    }
}
