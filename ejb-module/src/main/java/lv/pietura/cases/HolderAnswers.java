package lv.pietura.cases;

import static lv.pietura.shared.RoleNames.CLERK;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import lv.pietura.files.FileRef;
import lv.pietura.organisation.Caller;
import lv.pietura.shared.ConcurrentChange;
import lv.pietura.shared.NotFound;

/**
 * An application for a holder outside Pietura went to the holder's e-address; when the holder answers (by
 * e-address, post or otherwise), the consultant of the centre that registered it records the answer, and the case
 * closes as any other (the client is told the result). Anyone else's case does not exist for the caller.
 */
@Stateless
@RolesAllowed(CLERK)
public class HolderAnswers {

    @Inject
    CaseRepository cases;

    @Inject
    Steps steps;

    @Inject
    CaseFiles files;

    @Inject
    Event<CaseClosed> closedCases;

    @PersistenceContext
    EntityManager em;

    /** The holder granted the application: one of the service's result types, its documents and a note. */
    public void completed(long caseId, int seenVersion, String resultType, String answer, List<FileRef> documents) {
        ServiceCase c = registeredHere(caseId, seenVersion);
        c.completeForHolder(resultType, answer, claimed(documents), steps.ofCaller());
        ConcurrentChange.flush(em);
        closedCases.fire(CaseClosed.of(c));
    }

    /** The holder refused it, for these reasons. */
    public void refused(long caseId, int seenVersion, String reasons, List<FileRef> documents) {
        ServiceCase c = registeredHere(caseId, seenVersion);
        c.refuseForHolder(reasons, claimed(documents), steps.ofCaller());
        ConcurrentChange.flush(em);
        closedCases.fire(CaseClosed.of(c));
    }

    private ServiceCase registeredHere(long caseId, int seenVersion) {
        Caller caller = steps.caller();
        ServiceCase c = cases.get(caseId);
        if (!CaseAccess.isConsultantOfItsCentre(caller, c)) {
            throw new NotFound("case", caseId);
        }
        ConcurrentChange.requireVersion(c.version(), seenVersion);
        return c;
    }

    private List<FileRef> claimed(List<FileRef> documents) {
        return files.claim(
                documents == null ? List.of() : documents, steps.caller().fileOwner(), "documents");
    }
}
