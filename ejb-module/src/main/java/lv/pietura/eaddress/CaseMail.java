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
}
