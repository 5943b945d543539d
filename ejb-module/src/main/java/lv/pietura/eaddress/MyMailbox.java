package lv.pietura.eaddress;

import static lv.pietura.shared.RoleNames.EADDRESS_HOLDER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.pietura.audit.Actor;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.audit.DataUsage;
import lv.pietura.calendar.WorkingDays;
import lv.pietura.files.FileOwner;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;
import lv.pietura.files.Signatures;
import lv.pietura.organisation.Institution;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.Cursor;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PagedQuery;
import lv.pietura.shared.RuleViolation;
import lv.pietura.shared.Slice;

/**
 * A person's or company's own e-address mailbox: what arrived (opening a message is its read receipt), its
 * files, a reply to the institution that wrote, and new messages with files to institutions. The signed-in
 * holder's address is the whole scope.
 */
@Stateless
@RolesAllowed(EADDRESS_HOLDER)
public class MyMailbox {

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    @Inject
    Holders holders;

    @Inject
    AuditLog audit;

    @Inject
    FileStore files;

    @Inject
    Deliveries deliveries;

    @Inject
    Attachments attachments;

    @Inject
    @Chosen
    EAddressGateway gateway;

    @Inject
    WorkingDays workingDays;

    @Inject
    Clock clock;

    @Inject
    DataUsage usage;

    @Inject
    Signatures signatures;

    @PersistenceContext
    EntityManager em;

    /** One use of the holder's data by an institution: when, which, what kind of look at which kind of record. */
    public record DataUse(Instant at, LocalizedName institution, AuditAction action, String entityType)
            implements java.io.Serializable {}

    /**
     * Which institutions looked at the holder's cases, messages and personal data, and when, newest first: from
     * the audit trail, where every such look is recorded with whose data it was.
     */
    public Page<DataUse> dataUsage(PageRequest page) {
        return usage.of(holder().identifier(), page)
                .map(u -> new DataUse(
                        u.at(),
                        Optional.ofNullable(em.find(Institution.class, u.institutionId()))
                                .map(Institution::name)
                                .orElse(LocalizedName.of("—", null)),
                        u.action(),
                        u.entityType()));
    }

    /** The holder's name and address, and whether it is activated (only then is there a mailbox to work). */
    public record Holder(String name, String address, boolean activated, String representative)
            implements java.io.Serializable {

        /** Whether a person works a company's e-address as its representative ({@link #representative}). */
        public boolean forCompany() {
            return representative != null;
        }
    }

    public Holder me() {
        Holders.Holder holder = holders.of(session.getCallerPrincipal().getName());
        EAddressAccount mine = holder.account();
        return new Holder(
                mine.name(),
                mine.displayAddress(),
                mine.activated(),
                holder.forCompany() ? holder.person().name() : null);
    }

    /** What arrived, newest first, a slice after {@code after} at a time. */
    public Slice<Mailboxes.Row> inbox(Cursor after, int size) {
        return PagedQuery.of(em, InboxEntry.class, "e", "InboxEntry e")
                .where("e.account = :mine", "mine", mine())
                .slice("e.arrivedAt", "e.id", after, size, e -> new Cursor(e.arrivedAt(), e.id()))
                .map(Mailboxes::arrived);
    }

    /** What the holder sent, newest first, with the delivery and read receipt of each. */
    public Slice<Mailboxes.Row> sent(Cursor after, int size) {
        Slice<Message> sent = PagedQuery.of(em, Message.class, "m", "Message m")
                .where("m.sender = :mine", "mine", mine())
                .slice("m.createdAt", "m.id", after, size, m -> new Cursor(m.createdAt(), m.id()));
        return deliveries.sentRows(sent);
    }

    /** A message that arrived (opening it is the read receipt) or one the holder sent. */
    public MessageView open(String messageId) {
        return open(working(), messageId);
    }

    private MessageView open(Holders.Holder holder, String messageId) {
        EAddressAccount mine = holder.account();
        Message own = messageId == null ? null : em.find(Message.class, messageId);
        if (own != null && own.sender().id().equals(mine.id())) {
            return MessageView.of(own, true, null, signatures.summaries(MessageView.hashes(own)));
        }
        InboxEntry entry = entry(messageId, mine);
        if (entry.read(session.getCallerPrincipal().getName(), clock.instant())) {
            deliveries.markRead(entry.message(), mine, entry.readAt());
        }
        recordForCompany(holder, AuditAction.READ_PERSONAL_DATA, "Message", messageId, "opened a message");
        return MessageView.of(
                entry.message(), false, entry.readAt(), signatures.summaries(MessageView.hashes(entry.message())));
    }

    /** The recipient of a message the holder sent, with its delivery and read receipt. */
    public List<MessageView.RecipientView> recipients(String messageId) {
        Message own = messageId == null ? null : em.find(Message.class, messageId);
        if (own == null || !own.sender().id().equals(mine().id())) {
            throw new NotFound("message", messageId);
        }
        return deliveries
                .recipients(own, null, PageRequest.of(0, Message.MAX_FILES))
                .rows();
    }

    public InputStream openFile(String messageId, String fileId) {
        return files.open(
                downloaded(messageId, fileId, "downloaded a message's file").sha256());
    }

    /** The signature validation report (XML) of a signed file of a message the holder may open. */
    public String signatureReport(String messageId, String fileId) {
        MessageFile file = downloaded(messageId, fileId, "downloaded a signature validation report");
        return signatures
                .of(file.sha256())
                .orElseThrow(() -> new NotFound("file", fileId))
                .report();
    }

    private MessageFile downloaded(String messageId, String fileId, String what) {
        Holders.Holder holder = working();
        open(holder, messageId);
        MessageFile file = em.find(Message.class, messageId).files().stream()
                .filter(f -> f.fileId().equals(fileId))
                .findFirst()
                .orElseThrow(() -> new NotFound("file", fileId));
        recordForCompany(holder, AuditAction.DOWNLOAD, "MessageFile", fileId, what);
        return file;
    }

    /** Institutions the holder may write to, by words of the name or the start of the registration number. */
    public List<EAddressGateway.Addressee> searchInstitutions(String query) {
        return gateway.searchAddressee(query, 20).stream()
                .filter(a -> a.kind() == AccountKind.INSTITUTION)
                .toList();
    }

    /** Stores a file for a message about to be sent: checked by content, at most 10 MB. */
    public FileRef upload(String fileName, InputStream content) {
        return attachments.upload(fileName, content, FileOwner.of(mine().address(), null));
    }

    /**
     * Writes to an institution (persons and companies write to institutions only); stored now, delivered by
     * the worker.
     *
     * @return the message id
     */
    public String send(String institutionAddress, String subject, String body, List<FileRef> attached) {
        Holders.Holder holder = working();
        EAddressAccount mine = holder.account();
        EAddressAccount to = institutionAddress == null || institutionAddress.isBlank()
                ? null
                : accounts.byAddress(institutionAddress)
                        .orElseThrow(() ->
                                RuleViolation.ofField("recipients", "eaddress.recipient.unknown", institutionAddress));
        Message message = Message.compose(
                UUID.randomUUID().toString(),
                mine,
                sentBy(holder),
                to == null ? List.of() : List.of(to),
                subject,
                body,
                attachments.stored(attached, FileOwner.of(mine.address(), null)),
                null,
                null,
                clock.instant(),
                LocalDate.now(clock.withZone(Clocks.RIGA)),
                workingDays.calendar());
        em.persist(message);
        return message.id();
    }

    /**
     * Answers a message that arrived, with files: to the institution that wrote it, under the same case (a request
     * of a case is answered so, with the documents asked for).
     *
     * @return the message id
     */
    public String answer(String messageId, String subject, String body, List<FileRef> attached) {
        Holders.Holder holder = working();
        EAddressAccount mine = holder.account();
        Message original = entry(messageId, mine).message();
        Message answer = Message.compose(
                UUID.randomUUID().toString(),
                mine,
                sentBy(holder),
                List.of(original.sender()),
                subject,
                body,
                attachments.stored(attached, FileOwner.of(mine.address(), null)),
                original.caseId(),
                original.id(),
                clock.instant(),
                LocalDate.now(clock.withZone(Clocks.RIGA)),
                workingDays.calendar());
        em.persist(answer);
        return answer.id();
    }

    /** Answers the institution that wrote; persons and companies write to institutions only. */
    public String reply(String messageId, String body) {
        Holders.Holder holder = working();
        EAddressAccount mine = holder.account();
        Message original = entry(messageId, mine).message();
        Message reply = Message.compose(
                UUID.randomUUID().toString(),
                mine,
                sentBy(holder),
                List.of(original.sender()),
                Message.replySubject(original.subject()),
                body,
                List.of(),
                original.caseId(),
                original.id(),
                clock.instant(),
                LocalDate.now(clock.withZone(Clocks.RIGA)),
                workingDays.calendar());
        em.persist(reply);
        return reply.id();
    }

    private InboxEntry entry(String messageId, EAddressAccount mine) {
        return accounts.entry(messageId, mine).orElseThrow(() -> new NotFound("message", messageId));
    }

    /** The account the signed-in holder works (their own, or a company's they represent), activated or not. */
    private EAddressAccount holder() {
        return holders.of(session.getCallerPrincipal().getName()).account();
    }

    /** The holder's mailbox: there is one to read and write from only while the e-address is activated. */
    private EAddressAccount mine() {
        return working().account();
    }

    /** Whose mailbox the call works, and who works it; there is one only while the e-address is activated. */
    private Holders.Holder working() {
        Holders.Holder holder = holders.of(session.getCallerPrincipal().getName());
        if (!holder.account().activated()) {
            throw new RuleViolation("eaddress.activation.first");
        }
        return holder;
    }

    /** Who sent a company's message for it: the representative's address; none for the holder's own. */
    private static String sentBy(Holders.Holder holder) {
        return holder.forCompany() ? holder.person().address() : null;
    }

    /**
     * A person's use of a company's mailbox as its representative, in the audit trail: who, which record, and the
     * company's number as whose data it is. The holder's use of their own mailbox is not recorded.
     */
    private void recordForCompany(
            Holders.Holder holder, AuditAction action, String entityType, String id, String what) {
        if (holder.forCompany()) {
            audit.record(
                    new Actor(holder.person().address(), null),
                    action,
                    entityType,
                    id,
                    null,
                    what + " as the representative of " + holder.account().address(),
                    holder.account().identifier());
        }
    }
}
