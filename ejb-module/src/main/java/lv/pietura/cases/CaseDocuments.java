package lv.pietura.cases;

import static lv.pietura.shared.RoleNames.CLERK;
import static lv.pietura.shared.RoleNames.SPECIALIST;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.List;
import lv.pietura.files.FileRef;
import lv.pietura.shared.ConcurrentChange;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.RuleViolation;

/**
 * Documents a client brings to an open case later (at the centre, by post, by e-mail): a consultant of the centre
 * that registered it or the holder's specialist adds them; each addition is a case event. Anyone else's case does
 * not exist for the caller.
 */
@Stateless
@RolesAllowed({CLERK, SPECIALIST})
public class CaseDocuments {

    @Inject
    CaseRepository cases;

    @Inject
    Steps steps;

    @Inject
    CaseFiles files;

    @PersistenceContext
    EntityManager em;

    /** Stores a document about to be added (checked by content); the caller holds its handle. */
    public FileRef upload(String fileName, InputStream content) {
        return files.store(content, fileName, steps.caller().fileOwner());
    }

    /** Adds the uploaded documents (handles the caller holds) to the case the caller saw at {@code seenVersion}. */
    public void add(long caseId, int seenVersion, List<FileRef> documents) {
        add(caseId, seenVersion, documents, DocumentPurpose.ATTACHMENT);
    }

    /** The same, as attachments or as the application the client signed ({@link DocumentPurpose#SIGNED_APPLICATION}). */
    public void add(long caseId, int seenVersion, List<FileRef> documents, DocumentPurpose purpose) {
        if (purpose == DocumentPurpose.RESULT) {
            throw RuleViolation.ofField("purpose", "case.documents.purpose");
        }
        ServiceCase c = cases.get(caseId);
        if (!CaseAccess.mayAddDocuments(steps.caller(), c)) {
            throw new NotFound("case", caseId);
        }
        ConcurrentChange.requireVersion(c.version(), seenVersion);
        c.addDocuments(
                files.claim(
                        documents == null ? List.of() : documents,
                        steps.caller().fileOwner(),
                        "documents"),
                purpose,
                steps.ofCaller());
        ConcurrentChange.flush(em);
    }
}
