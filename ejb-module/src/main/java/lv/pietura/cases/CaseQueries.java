package lv.pietura.cases;

import static lv.pietura.shared.RoleNames.CLERK;
import static lv.pietura.shared.RoleNames.SPECIALIST;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.files.FileStore;
import lv.pietura.files.SignatureSummary;
import lv.pietura.files.Signatures;
import lv.pietura.mail.Mailer;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.organisation.TenantScope;
import lv.pietura.shared.DocumentTexts;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.OneTimeTokens;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PersonalCode;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;

/**
 * Reading cases. A specialist sees the cases their institution handles; a clerk those registered in their
 * centre and, with the client in front of them (their code given), every case of that client in every
 * institution: the one-stop view. Every look at a case or a client's history is audited as a read of
 * personal data.
 */
@Stateless
@RolesAllowed({CLERK, SPECIALIST})
public class CaseQueries {

    /** The most rows an export or a client's history holds. */
    public static final int MAX_ROWS = 10_000;

    @Inject
    CaseRepository cases;

    @Inject
    Steps steps;

    @Inject
    AuditLog audit;

    @Inject
    FileStore files;

    @Inject
    Mailer mailer;

    @Inject
    Signatures signatures;

    @PersistenceContext
    EntityManager em;

    /** A specialist's worklists: the cases their institution handles. */
    @RolesAllowed(SPECIALIST)
    public Page<CaseSummary> worklist(CaseFilter filter, PageRequest page) {
        Caller caller = steps.caller();
        LocalDate today = steps.today();
        return cases.list(filter, caller.ownInstitution(), caller.staffId(), today, page)
                .map(c -> CaseSummary.of(c, today));
    }

    /** A clerk's list: the cases registered in their centre. */
    @RolesAllowed(CLERK)
    public Page<CaseSummary> centreCases(CaseFilter filter, PageRequest page) {
        Caller caller = steps.caller();
        if (caller.ownCentre() == null) {
            return Page.empty();
        }
        LocalDate today = steps.today();
        return cases.list(filter, caller.ownCentre(), caller.staffId(), today, page)
                .map(c -> CaseSummary.of(c, today));
    }

    /**
     * Every case of the caller's list that matches (up to {@link #MAX_ROWS}), for a spreadsheet: the export is
     * audited, and so is each client in it, so that the trail can say who took whose data out.
     */
    @RolesAllowed({SPECIALIST, CLERK})
    public List<CaseSummary> export(CaseFilter filter) {
        Caller caller = steps.caller();
        PageRequest all = PageRequest.of(0, MAX_ROWS);
        List<ServiceCase> rows = caller.has(Role.SPECIALIST)
                ? cases.list(filter, caller.ownInstitution(), caller.staffId(), steps.today(), all)
                        .rows()
                : caller.ownCentre() == null
                        ? List.of()
                        : cases.list(filter, caller.ownCentre(), caller.staffId(), steps.today(), all)
                                .rows();
        audit.record(
                caller.actor(),
                AuditAction.EXPORT,
                Registrar.ENTITY,
                null,
                caller.institutionId(),
                "worklist export: " + rows.size() + " cases (" + filter.list() + ")");
        rows.stream()
                .map(c -> c.client().code())
                .filter(Objects::nonNull)
                .distinct()
                .forEach(code -> audit.record(
                        caller.actor(),
                        AuditAction.EXPORT,
                        Registrar.ENTITY,
                        null,
                        caller.institutionId(),
                        "in a worklist export",
                        code));
        LocalDate today = steps.today();
        return rows.stream().map(c -> CaseSummary.of(c, today)).toList();
    }

    /** A case the caller may see, with what they may do now. */
    public CaseView get(long id) {
        ServiceCase c = visible(id, null);
        return viewed(c);
    }

    /**
     * One case of the client a clerk is serving: any institution's, as long as it is that client's. A
     * specialist reads only their institution's.
     */
    public CaseView getForClient(long id, String clientCode) {
        return viewed(visible(id, normalisedClientCode(clientCode)));
    }

    /**
     * Every case of a client, newest first: across all institutions for a clerk, the caller's institution's
     * for a specialist.
     */
    public List<CaseSummary> clientHistory(String clientCode) {
        Caller caller = steps.caller();
        String code = normalisedClientCode(clientCode);
        // a clerk serves the client for every holder; a specialist sees their own institution's cases
        TenantScope scope = caller.has(Role.CLERK) ? TenantScope.everything() : caller.ownInstitution();
        LocalDate today = steps.today();
        List<CaseSummary> history = cases.ofClient(code, scope, MAX_ROWS).stream()
                .map(c -> CaseSummary.of(c, today))
                .toList();
        audit.record(
                caller.actor(),
                AuditAction.READ_PERSONAL_DATA,
                Registrar.ENTITY,
                null,
                scope.institutionId(),
                "client history " + masked(code) + ": " + history.size() + " cases",
                code);
        return history;
    }

    /** A file of a case the caller may see, by the handle the case names it by; audited as a download. */
    public InputStream openDocument(long caseId, String fileId, String clientCode) {
        return files.open(downloaded(caseId, fileId, clientCode, "document ").sha256());
    }

    /**
     * The validation report (DSS's simple report, XML) of a signed document of a case the caller may see; audited as
     * a download, for it names the signers.
     */
    public String signatureReport(long caseId, String fileId, String clientCode) {
        CaseDocument document = downloaded(caseId, fileId, clientCode, "signature validation report of ");
        return signatures
                .of(document.sha256())
                .orElseThrow(() -> new NotFound("file", fileId))
                .report();
    }

    /** A document of a case the caller may see, its download ({@code what} it is) audited. */
    private CaseDocument downloaded(long caseId, String fileId, String clientCode, String what) {
        ServiceCase c = visible(caseId, clientCode == null ? null : normalisedClientCode(clientCode));
        CaseDocument document = cases.document(caseId, fileId).orElseThrow(() -> new NotFound("file", fileId));
        audit.record(
                steps.caller().actor(),
                AuditAction.DOWNLOAD,
                Registrar.ENTITY,
                caseId,
                c.handlingInstitution().id(),
                what + document.name() + " of " + c.number(),
                c.client().code());
        return document;
    }

    private Map<String, SignatureSummary> signaturesOf(ServiceCase c) {
        return signatures.summaries(
                c.documents().stream().map(CaseDocument::sha256).toList());
    }

    /** A document to hand over: its file name and its PDF. */
    public record Printout(String fileName, byte[] pdf) {}

    /**
     * The application printed for the client to sign at the centre, in {@code language} (Latvian or English), from
     * a case the caller may see ({@code clientCode}: the client they serve, or {@code null}); audited as a download.
     */
    public Printout printout(long caseId, String clientCode, Locale language) {
        ServiceCase c = visible(caseId, clientCode == null ? null : normalisedClientCode(clientCode));
        audit.record(
                steps.caller().actor(),
                AuditAction.DOWNLOAD,
                Registrar.ENTITY,
                caseId,
                c.handlingInstitution().id(),
                "printed application of " + c.number(),
                c.client().code());
        CaseView view = CaseView.of(
                c, steps.today(), c.actionsFor(steps.me()), staffNames(c), institutionNames(c), signaturesOf(c));
        Locale in = language == null ? Locale.forLanguageTag("lv") : language;
        return new Printout(
                DocumentTexts.of(in, "application.fileName", c.number()) + ".pdf", ApplicationPrintout.of(view, in));
    }

    /**
     * Opens the client's one-time rating of a closed case and gives its token (shown once): for the kiosk
     * screen at the centre or as a link handed or sent to the client.
     */
    public String openRating(long caseId, RatingChannel channel) {
        ServiceCase c = visible(caseId, null);
        if (!c.actionsFor(steps.me()).contains(CaseAction.RATING_LINK)) {
            throw new RuleViolation("case.rating.notAllowed");
        }
        String token = OneTimeTokens.fresh();
        c.openRating(OneTimeTokens.hash(token), channel == null ? RatingChannel.LINK : channel, steps.ofCaller());
        em.flush();
        return token;
    }

    /** Sends the rating link to the client's e-mail. */
    public void sendRatingLink(long caseId, String ratingPageUrl) {
        ServiceCase c = visible(caseId, null);
        if (c.client().email() == null) {
            throw RuleViolation.ofField("clientEmail", "case.rating.noEmail");
        }
        if (c.handlingInstitution().training()) { // a sandbox's mail never leaves Pietura
            throw RuleViolation.ofField("clientEmail", "training.noMail");
        }
        String token = openRating(caseId, RatingChannel.LINK);
        try {
            mailer.send(
                    c.client().email(),
                    "rating",
                    c.number(),
                    c.serviceVersion().name().lv(),
                    ratingPageUrl + "?t=" + token,
                    steps.today().plusDays(ServiceCase.RATING_LINK_VALID.toDays()));
        } catch (Mailer.NotSent e) {
            throw new RuleViolation("case.rating.notSent", c.client().email());
        }
    }

    private CaseView viewed(ServiceCase c) {
        Caller caller = steps.caller();
        audit.record(
                caller.actor(),
                AuditAction.READ_PERSONAL_DATA,
                Registrar.ENTITY,
                c.id(),
                c.handlingInstitution().id(),
                c.number() + " of " + masked(c.client().code()),
                c.client().code());
        return CaseView.of(
                c, steps.today(), c.actionsFor(steps.me()), staffNames(c), institutionNames(c), signaturesOf(c));
    }

    /** The case, if the caller may see it ({@link CaseAccess#maySee}; the client's code given when serving them). */
    private ServiceCase visible(long id, String clientCode) {
        ServiceCase c = em.find(ServiceCase.class, id);
        if (c == null || !CaseAccess.maySee(steps.caller(), c, clientCode)) {
            throw new NotFound("case", id);
        }
        return c;
    }

    private Map<String, String> staffNames(ServiceCase c) {
        Set<String> usernames = c.events().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.actor(), e.detail()))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            em.createQuery("select s from StaffAccount s where s.username in :names", StaffAccount.class)
                    .setParameter("names", usernames)
                    .getResultStream()
                    .forEach(s -> names.put(s.username(), s.fullName()));
        }
        return names;
    }

    private Map<Long, LocalizedName> institutionNames(ServiceCase c) {
        Collection<Long> ids =
                c.events().stream().map(CaseEvent::handlingInstitutionId).collect(Collectors.toSet());
        return em.createQuery("select i from Institution i where i.id in :ids", Institution.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Institution::id, Institution::name));
    }

    /**
     * A personal code or registration number as stored (digits), a foreign client's document number as stored,
     * or a refusal on the client code field. Eleven digits (a hyphen after six of them) are a Latvian code.
     */
    static String normalisedClientCode(String text) {
        String clean = text == null ? "" : text.strip();
        if (!clean.replaceFirst("^(\\d{6})-", "$1").matches("\\d{11}")) {
            String document = Client.documentNumber(clean);
            if (document != null) {
                return document;
            }
        }
        // A personal code starts with a day of the month (0-3) or 3 (new format); registration numbers with 4, 5 or 9.
        if (clean.startsWith("4") || clean.startsWith("5") || clean.startsWith("9")) {
            return RegistrationNumber.of(clean, "clientCode").value();
        }
        return PersonalCode.of(clean, "clientCode").value();
    }

    private static String masked(String code) {
        return code == null || code.length() < 6 ? "?" : code.substring(0, 6) + "*****";
    }
}
