package lv.pietura.eaddress;

import static lv.pietura.shared.RoleNames.CLERK;
import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;
import static lv.pietura.shared.RoleNames.SERVICE_MANAGER;
import static lv.pietura.shared.RoleNames.SPECIALIST;
import static lv.pietura.shared.RoleNames.SUPERVISOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.cases.CaseAccess;
import lv.pietura.cases.ServiceCase;
import lv.pietura.files.FilePurpose;
import lv.pietura.files.FileRef;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.RuleViolation;

/**
 * The institution's mail and its cases: a received message as the start of a case, filing a message under
 * a case, and how a closed case's result reached its client. Who may file under which case and who may see
 * a result's delivery is {@link CaseAccess}'s rule.
 */
@Stateless
@RolesAllowed({CLERK, SPECIALIST, SERVICE_MANAGER, SUPERVISOR, INSTITUTION_ADMIN})
public class CaseMail {

    @Inject
    AccountRepository accounts;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    MailboxStaff staff;

    @EJB
    Mailboxes mailboxes;

    @PersistenceContext
    EntityManager em;

    /** A received message as the start of a new case: who sent it, its subject and its files. */
    public record ForCase(
            AccountKind senderKind, String senderCode, String senderName, String subject, List<FileRef> files)
            implements java.io.Serializable {}

    /** The message's sender, subject and files, the files under handles of the caller's own for a case. */
    public ForCase forCase(String messageId) {
        MessageView message = mailboxes.open(messageId);
        Message stored = em.find(Message.class, messageId);
        EAddressAccount sender = stored.sender();
        return new ForCase(
                sender.kind(),
                sender.eAddress().holder(),
                sender.name(),
                message.subject(),
                staff.granted(stored, FilePurpose.CASE_DOCUMENT));
    }

    /**
     * Files a received message under a case of the institution (handled by it, or registered in the
     * caller's centre), by the case's number.
     */
    public void fileUnder(String messageId, String caseNumber) {
        StaffAccount me = staff.require(MailboxRight.READ);
        Caller caller = callers.current();
        EAddressAccount mine = accounts.ofInstitution(me.institution().id());
        InboxEntry entry = accounts.entry(messageId, mine).orElseThrow(() -> new NotFound("message", messageId));
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

    /** How the result of a closed case reached its client, for the case's page. */
    public record ResultDelivery(
            String messageId,
            boolean otherChannel,
            DeliveryStatus status,
            java.time.Instant deliveredAt,
            java.time.Instant readAt,
            java.time.LocalDate deemedDeliveredOn)
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
        Message message = result.messageId() == null ? null : em.find(Message.class, result.messageId());
        Delivery delivery = message == null ? null : message.deliveries().get(0);
        return java.util.Optional.of(new ResultDelivery(
                result.messageId(),
                result.otherChannel(),
                delivery == null ? null : delivery.status(),
                delivery == null ? null : delivery.deliveredAt(),
                delivery == null ? null : delivery.readAt(),
                message == null ? null : message.deemedDeliveredOn()));
    }

    /** A request to the client ("ask the client"): when, and whether it went to the client's e-address. */
    public record Request(java.time.Instant askedAt, boolean otherChannel, String messageId)
            implements java.io.Serializable {}

    /** A message between the handling institution and the client under the case, as the case's page lists it. */
    public record CaseMessage(
            String messageId,
            boolean incoming,
            String counterpart,
            String subject,
            java.time.Instant at,
            List<String> files,
            DeliveryStatus status,
            java.time.Instant readAt)
            implements java.io.Serializable {}

    /** The requests to the client and the case's mail, oldest first. */
    public record Conversation(List<Request> requests, List<CaseMessage> messages) implements java.io.Serializable {

        /** The latest request, or {@code null}. */
        public Request lastRequest() {
            return requests.isEmpty() ? null : requests.get(requests.size() - 1);
        }
    }

    /**
     * What the handling institution and the client of a case wrote to each other under it (requests, replies, the
     * result, messages filed under it), for staff of the handling institution who may see the case; nothing for
     * others (a centre's clerk sees the case, not the holder's mail).
     */
    public Conversation conversationOf(long caseId) {
        Caller caller = callers.current();
        ServiceCase c = em.find(ServiceCase.class, caseId);
        if (c == null || !CaseAccess.maySee(caller, c, null)) {
            throw new NotFound("case", caseId);
        }
        if (!c.handlingInstitution().id().equals(caller.institutionId())) {
            return new Conversation(List.of(), List.of());
        }
        EAddressAccount institution =
                accounts.ofInstitution(c.handlingInstitution().id());
        List<Request> requests = em.createQuery(
                        "select r from CaseRequest r where r.caseId = :c order by r.askedAt", CaseRequest.class)
                .setParameter("c", caseId)
                .getResultStream()
                .map(r -> new Request(r.askedAt(), r.otherChannel(), r.messageId()))
                .toList();
        List<CaseMessage> messages = em.createQuery(
                        "select m from Message m where (m.caseId = :c and (m.sender = :i or exists ("
                                + "select e.id from InboxEntry e where e.message = m and e.account = :i)))"
                                + " or exists (select f.id from InboxEntry f where f.message = m and f.account = :i"
                                + " and f.caseId = :c) order by m.createdAt, m.id",
                        Message.class)
                .setParameter("c", caseId)
                .setParameter("i", institution)
                .setMaxResults(200)
                .getResultStream()
                .map(m -> {
                    boolean incoming = !m.sender().id().equals(institution.id());
                    Delivery delivery = incoming || m.deliveries().isEmpty()
                            ? null
                            : m.deliveries().get(0);
                    return new CaseMessage(
                            m.id(),
                            incoming,
                            incoming
                                    ? m.sender().name()
                                    : m.deliveries().stream()
                                            .map(d -> d.recipient().name())
                                            .collect(java.util.stream.Collectors.joining(", ")),
                            m.subject(),
                            m.createdAt(),
                            m.files().stream().map(MessageFile::name).toList(),
                            delivery == null ? null : delivery.status(),
                            delivery == null ? null : delivery.readAt());
                })
                .toList();
        return new Conversation(requests, messages);
    }
}
