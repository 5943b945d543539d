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
import java.util.List;
import java.util.UUID;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.calendar.WorkingDays;
import lv.pietura.files.FileRef;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.PersonalCode;
import lv.pietura.shared.RuleViolation;

/**
 * Staff send from their institution's e-address: find an addressee, upload a file, send a message (also
 * once under an idempotency key, for an institution's system through the API), check and send a bulk
 * message. Every use needs the SEND right; a message is stored with its files and one delivery per
 * recipient in the sending transaction, and delivered by the worker.
 */
@Stateless
@RolesAllowed({CLERK, SPECIALIST, SERVICE_MANAGER, SUPERVISOR, INSTITUTION_ADMIN})
public class Sending {

    public static final long MAX_FILE_BYTES = Attachments.MAX_FILE_BYTES;

    private static final int SEARCH_MAX = 20;

    @Inject
    @Chosen
    EAddressGateway gateway;

    @Inject
    AccountRepository accounts;

    @Inject
    CallerContext callers;

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

    @Inject
    MailboxStaff staff;

    @PersistenceContext
    EntityManager em;

    /**
     * Addressees by name, registration number or a whole personal code. A look-up by personal code tells the
     * person's name, so it is audited as a look at their data, found or not.
     */
    public List<EAddressGateway.Addressee> searchAddressees(String query) {
        boolean training =
                accounts.ofInstitution(callers.current().institutionId()).training();
        List<EAddressGateway.Addressee> found = gateway.searchAddressee(query, SEARCH_MAX, training);
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
        staff.require(MailboxRight.SEND);
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
        StaffAccount me = staff.require(MailboxRight.SEND);
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
        StaffAccount me = staff.require(MailboxRight.SEND);
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
        staff.require(MailboxRight.SEND);
        AddresseeList addressees = AddresseeList.parse(list);
        boolean training =
                accounts.ofInstitution(callers.current().institutionId()).training();
        List<EAddressAccount> found = accounts.activated(addressees.identifiers(), training);
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
        StaffAccount me = staff.require(MailboxRight.SEND);
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
}
