package lv.pietura.cases;

import static lv.pietura.shared.RoleNames.CLERK;
import static lv.pietura.shared.RoleNames.SPECIALIST;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.ConcurrentChange;
import lv.pietura.shared.DocumentTexts;
import lv.pietura.shared.Money;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PdfDocument;
import lv.pietura.shared.RuleViolation;

/**
 * An application's fees at the centre: a consultant of the centre that registered it, or the holder's specialist,
 * records the client's payment (cash, card, bank transfer with its reference), an exemption with its legal reason,
 * or a refund, and prints the receipt (PDF) for the client. Anyone else's case does not exist for the caller.
 */
@Stateless
@RolesAllowed({CLERK, SPECIALIST})
public class CaseFees {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    @Inject
    CaseRepository cases;

    @Inject
    Steps steps;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    /** A receipt to hand over: its file name and its PDF. */
    public record Receipt(String fileName, byte[] pdf) {}

    /**
     * The client pays {@code euro} (of the case the caller saw at {@code seenVersion}).
     *
     * @return the entry's number on the case: its receipt
     */
    public int pay(long caseId, int seenVersion, PaymentMethod method, BigDecimal euro, String reference) {
        ServiceCase c = workable(caseId, seenVersion);
        int entry = c.payFee(method, money(euro), reference, steps.ofCaller());
        ConcurrentChange.flush(em);
        return entry;
    }

    /** The client is exempted from what they still owe, for {@code legalReason}. */
    public int exempt(long caseId, int seenVersion, String legalReason) {
        ServiceCase c = workable(caseId, seenVersion);
        int entry = c.exemptFromFee(legalReason, steps.ofCaller());
        ConcurrentChange.flush(em);
        return entry;
    }

    /** {@code euro} of what the client paid is paid back, for {@code reason}. */
    public int refund(long caseId, int seenVersion, PaymentMethod method, BigDecimal euro, String reason) {
        ServiceCase c = workable(caseId, seenVersion);
        int entry = c.refundFee(method, money(euro), reason, steps.ofCaller());
        ConcurrentChange.flush(em);
        return entry;
    }

    /** The receipt of the case's fee entry {@code number} (from 1), in Latvian; reading it is audited. */
    public Receipt receipt(long caseId, int number) {
        ServiceCase c = visible(caseId);
        if (number < 1 || number > c.feeEntries().size()) {
            throw new NotFound("receipt", number);
        }
        FeeEntry entry = c.feeEntries().get(number - 1);
        String receiptNumber = c.number() + "/" + number;
        audit.record(
                steps.caller().actor(),
                AuditAction.DOWNLOAD,
                Registrar.ENTITY,
                caseId,
                c.handlingInstitution().id(),
                "fee receipt " + receiptNumber,
                c.client().code());
        return new Receipt(
                DocumentTexts.latvian("receipt.fileName", receiptNumber.replace('/', '-')) + ".pdf",
                pdf(c, entry, receiptNumber));
    }

    private byte[] pdf(ServiceCase c, FeeEntry entry, String receiptNumber) {
        String kind = entry.kind().name();
        StaffAccount by = em.createQuery("select s from StaffAccount s where s.username = :u", StaffAccount.class)
                .setParameter("u", entry.recordedBy())
                .getResultStream()
                .findFirst()
                .orElse(null);
        Centre centre = entry.centreId() == null ? null : em.find(Centre.class, entry.centreId());
        Client client = c.client();
        String clientId = client.kind() == ClientKind.FOREIGN_PERSON
                ? DocumentTexts.latvian("receipt.identityDocument." + client.documentType()) + " "
                        + client.formattedCode() + " (" + client.country() + ")"
                : client.formattedCode();
        return PdfDocument.titled(DocumentTexts.latvian("receipt.title." + kind, receiptNumber))
                .fact(
                        DocumentTexts.latvian("receipt.at"),
                        AT.format(entry.recordedAt().atZone(RIGA)))
                .fact(DocumentTexts.latvian("receipt.case"), c.number())
                .fact(
                        DocumentTexts.latvian("receipt.service"),
                        c.serviceVersion().name().lv())
                .fact(
                        DocumentTexts.latvian("receipt.holder"),
                        c.handlingInstitution().name().lv())
                .fact(DocumentTexts.latvian("receipt.client"), client.name())
                .fact(DocumentTexts.latvian("receipt.clientCode"), clientId)
                .fact(
                        DocumentTexts.latvian("receipt.amount." + kind),
                        entry.amount().formatted())
                .fact(
                        DocumentTexts.latvian("receipt.method"),
                        entry.method() == null ? null : DocumentTexts.latvian("receipt.method." + entry.method()))
                .fact(DocumentTexts.latvian("receipt.reference"), entry.reference())
                .fact(DocumentTexts.latvian("receipt.reason." + kind), entry.reason())
                .fact(DocumentTexts.latvian("receipt.recordedBy"), by == null ? entry.recordedBy() : by.fullName())
                .fact(DocumentTexts.latvian("receipt.centre"), centre == null ? null : centre.name())
                .heading(DocumentTexts.latvian("receipt.account"))
                .fact(DocumentTexts.latvian("receipt.due"), c.feeDue().formatted())
                .fact(DocumentTexts.latvian("receipt.paid"), c.feePaid().formatted())
                .fact(DocumentTexts.latvian("receipt.exempt"), c.feeExempt().formatted())
                .fact(
                        DocumentTexts.latvian("receipt.outstanding"),
                        c.feeOutstanding().formatted())
                .signatureLine(DocumentTexts.latvian("receipt.signature"))
                .smallPrint(DocumentTexts.latvian("receipt.footer"))
                .bytes();
    }

    private ServiceCase visible(long caseId) {
        ServiceCase c = cases.get(caseId);
        if (!CaseAccess.mayAddDocuments(steps.caller(), c)) {
            throw new NotFound("case", caseId);
        }
        return c;
    }

    private ServiceCase workable(long caseId, int seenVersion) {
        ServiceCase c = visible(caseId);
        ConcurrentChange.requireVersion(c.version(), seenVersion);
        return c;
    }

    /** Euro as typed: positive with at most two decimals, or refused on the amount field. */
    private static Money money(BigDecimal euro) {
        if (euro == null) {
            return null;
        }
        try {
            return Money.euro(euro);
        } catch (ArithmeticException notCents) {
            throw RuleViolation.ofField("feeAmount", "case.fee.amount");
        }
    }
}
