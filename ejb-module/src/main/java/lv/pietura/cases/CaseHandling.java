package lv.pietura.cases;

import static lv.pietura.shared.RoleNames.SPECIALIST;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.List;
import lv.pietura.files.FileRef;
import lv.pietura.files.Seals;
import lv.pietura.organisation.Choice;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.Checks;
import lv.pietura.shared.ConcurrentChange;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.RuleViolation;

/**
 * The holder's specialists work their institution's cases. A case another institution handles does not
 * exist for them; within their institution, the case itself decides which step is allowed. Each change
 * names the version of the case the specialist saw, so two people never overwrite each other's step.
 */
@Stateless
@RolesAllowed(SPECIALIST)
public class CaseHandling {

    @Inject
    CaseRepository cases;

    @Inject
    Steps steps;

    @Inject
    CaseFiles files;

    @Inject
    Seals seals;

    @Inject
    Event<CaseClosed> closedCases;

    @Inject
    Event<ClientAsked> clientAsked;

    @PersistenceContext
    EntityManager em;

    public void take(long caseId, int seenVersion) {
        ServiceCase c = handled(caseId, seenVersion);
        c.take(steps.me(), steps.ofCaller());
        ConcurrentChange.flush(em);
    }

    public void assign(long caseId, int seenVersion, long specialistId) {
        ServiceCase c = handled(caseId, seenVersion);
        StaffAccount specialist = em.find(StaffAccount.class, specialistId);
        if (specialist == null
                || !specialist.institution().id().equals(steps.caller().institutionId())) {
            throw RuleViolation.ofField("assignee", "case.assign.notASpecialist", String.valueOf(specialistId));
        }
        c.assign(specialist, steps.ofCaller());
        ConcurrentChange.flush(em);
    }

    public void askClient(long caseId, int seenVersion, String reason) {
        ServiceCase c = handled(caseId, seenVersion);
        c.askClient(reason, steps.ofCaller());
        ConcurrentChange.flush(em);
        clientAsked.fire(new ClientAsked(c.id(), Checks.clean(reason)));
    }

    public void resume(long caseId, int seenVersion, String note) {
        handled(caseId, seenVersion).resume(note, steps.ofCaller());
        ConcurrentChange.flush(em);
    }

    public void extend(long caseId, int seenVersion, Integer days, String reason) {
        handled(caseId, seenVersion).extend(days, reason, steps.ofCaller());
        ConcurrentChange.flush(em);
    }

    public void forward(long caseId, int seenVersion, Long institutionId, String reason) {
        ServiceCase c = handled(caseId, seenVersion);
        Institution to = institutionId == null ? null : em.find(Institution.class, institutionId);
        if (institutionId != null && to == null) {
            throw RuleViolation.ofField("institution", "case.forward.unknownInstitution");
        }
        c.forward(to, reason, steps.ofCaller());
        ConcurrentChange.flush(em);
    }

    /** Stores a result document (a decision, a certificate) before completing; checked by content, at most 10 MB. */
    public FileRef uploadResult(String fileName, InputStream content) {
        return files.store(content, fileName, steps.caller().fileOwner());
    }

    /**
     * Records the result; {@code seal}: with the result's documents and notice sealed by the institution's electronic
     * seal ({@link Seals}), which the client then receives. A seal that cannot be made leaves the case as it was.
     */
    public void complete(
            long caseId, int seenVersion, String resultType, String note, List<FileRef> documents, boolean seal) {
        ServiceCase c = handled(caseId, seenVersion);
        CaseStep step = steps.ofCaller();
        c.complete(resultType, note, stored(documents), step);
        closed(c, seal, step);
    }

    /** Records the result, not sealed. */
    public void complete(long caseId, int seenVersion, String resultType, String note, List<FileRef> documents) {
        complete(caseId, seenVersion, resultType, note, documents, false);
    }

    /** Refuses, with the reasons and documents; {@code seal} as for {@link #complete}. */
    public void refuse(long caseId, int seenVersion, String reasons, List<FileRef> documents, boolean seal) {
        ServiceCase c = handled(caseId, seenVersion);
        CaseStep step = steps.ofCaller();
        c.refuse(reasons, stored(documents), step);
        closed(c, seal, step);
    }

    /** Refuses, not sealed. */
    public void refuse(long caseId, int seenVersion, String reasons, List<FileRef> documents) {
        refuse(caseId, seenVersion, reasons, documents, false);
    }

    /** Keeps the case whatever its retention period, for the reason given (a court case, an audit). */
    public void holdForLaw(long caseId, int seenVersion, String reason) {
        handled(caseId, seenVersion).holdForLaw(reason, steps.ofCaller());
        ConcurrentChange.flush(em);
    }

    /** Lifts the legal hold: the retention period applies again. */
    public void releaseHold(long caseId, int seenVersion) {
        handled(caseId, seenVersion).releaseHold(steps.ofCaller());
        ConcurrentChange.flush(em);
    }

    /** Whether the caller's institution has an electronic seal in the server, to offer sealing the result. */
    public boolean sealAvailable() {
        return seals.available(steps.me().institution().registrationNumber().value());
    }

    private void closed(ServiceCase c, boolean seal, CaseStep step) {
        if (seal) {
            FileRef sealed = seals.seal(
                    c.handlingInstitution().registrationNumber().value(),
                    c.resultDocuments(),
                    new Seals.Text(ResultNotice.FILE_NAME, ResultNotice.of(c).text()),
                    "rezultats-" + c.number() + ".edoc",
                    steps.caller().fileOwner());
            c.sealResult(sealed, step);
        }
        ConcurrentChange.flush(em);
        closedCases.fire(CaseClosed.of(c));
    }

    /** Active specialists of the caller's institution, to assign a case to. */
    public List<Choice> specialists() {
        return em.createQuery(
                        "select s from StaffAccount s where s.institution.id = :institution and s.active = true"
                                + " and :role member of s.roles order by s.fullName",
                        StaffAccount.class)
                .setParameter("institution", steps.caller().institutionId())
                .setParameter("role", Role.SPECIALIST)
                .getResultStream()
                .map(s -> new Choice(s.id(), LocalizedName.of(s.fullName(), null)))
                .toList();
    }

    /** Institutions a case can be forwarded to: every other one that may use the system today. */
    public List<Choice> forwardTargets() {
        Institution mine = em.find(Institution.class, steps.caller().institutionId());
        return em.createQuery(
                        "select distinct i from Institution i left join fetch i.agreements where i.id <> :mine",
                        Institution.class)
                .setParameter("mine", mine.id())
                .getResultStream()
                .filter(i -> i.mayUseSystemOn(steps.today()) && i.training() == mine.training())
                .sorted(java.util.Comparator.comparing(i -> i.name().lv()))
                .map(i -> new Choice(i.id(), i.name()))
                .toList();
    }

    /** The case, if the caller may handle it ({@link CaseAccess#mayHandle}) and it is as the caller saw it. */
    private ServiceCase handled(long caseId, int seenVersion) {
        ServiceCase c = cases.get(caseId);
        if (!CaseAccess.mayHandle(steps.caller(), c)) {
            throw new NotFound("case", caseId);
        }
        ConcurrentChange.requireVersion(c.version(), seenVersion);
        return c;
    }

    /** The result documents the caller names: each a handle they hold for a case document. */
    private List<FileRef> stored(List<FileRef> documents) {
        return files.claim(documents, steps.caller().fileOwner(), "documents");
    }
}
