package lv.pietura.cases;

import static lv.pietura.shared.RoleNames.PORTAL;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.ServiceVersion;
import lv.pietura.files.FileRef;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.RuleViolation;

/**
 * E-service portals submit their users' applications and read their status. A submission carries an
 * idempotency key: sending the same request again with the same key (after a timeout, say) answers with
 * the case already registered, never a second one. A portal sees only the cases it submitted.
 */
@Stateless
@RolesAllowed(PORTAL)
public class PortalSubmissions {

    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9._:-]{1," + PortalSubmission.KEY_MAX + "}$");

    /** A file sent inline with a submission, with the intake field it answers (or none). */
    public record InlineFile(String fileName, String fieldCode, byte[] content) {}

    /**
     * The case, whether this request created it ({@code false}: an earlier one with the same key did), and
     * its status as the portal reads it (made in the same transaction: no second round of reads).
     */
    public record Submitted(CaseRef ref, boolean created, PortalCaseStatus status) {}

    @Inject
    CaseRepository cases;

    @Inject
    Registrar registrar;

    @Inject
    Steps steps;

    @Inject
    CaseFiles files;

    @PersistenceContext
    EntityManager em;

    /**
     * @param requestHash the SHA-256 of the request as sent, to tell a retry from another request
     *                    reusing the key
     */
    public Submitted submit(String idempotencyKey, String requestHash, NewCase given, List<InlineFile> attachedFiles) {
        Caller caller = steps.caller();
        requireUsablePassword();
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw RuleViolation.ofField("idempotencyKey", "case.idempotency.key", PortalSubmission.KEY_MAX);
        }
        var earlier = cases.submission(caller.institutionId(), idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(requestHash)) {
                throw RuleViolation.ofField("idempotencyKey", "case.idempotency.reused", idempotencyKey);
            }
            ServiceCase existing = cases.get(earlier.get().caseId());
            return new Submitted(new CaseRef(existing.id(), existing.number()), false, PortalCaseStatus.of(existing));
        }
        if (given.type() != CaseType.APPLICATION || given.channel() != Channel.E_SERVICE || given.closeOnSpot()) {
            throw RuleViolation.ofField("type", "case.portal.applicationsOnly");
        }
        if (attachedFiles.size() + given.attachments().size() > ServiceCase.MAX_ATTACHMENTS) {
            throw RuleViolation.ofField("attachments", "case.attachments.tooMany", ServiceCase.MAX_ATTACHMENTS);
        }
        CaseStep step = steps.ofCaller();
        ServiceVersion version = registrar.versionInForce(given.serviceCode(), step);
        List<NewCase.Attachment> attachments =
                new ArrayList<>(registrar.withClaimedFiles(given, caller).attachments());
        for (InlineFile file : attachedFiles) {
            FileRef stored = files.store(
                    new ByteArrayInputStream(file.content() == null ? new byte[0] : file.content()),
                    file.fileName(),
                    caller.fileOwner());
            attachments.add(new NewCase.Attachment(stored, file.fieldCode()));
        }
        NewCase withFiles = given.with(attachments, true);
        ServiceCase registered = ServiceCase.register(
                withFiles, version, em.find(Institution.class, caller.institutionId()), null, step);
        CaseRef ref = registrar.store(registered, caller);
        em.persist(new PortalSubmission(caller.institutionId(), idempotencyKey, requestHash, ref.id(), step.at()));
        em.flush();
        return new Submitted(ref, true, PortalCaseStatus.of(registered));
    }

    /** An application this portal's institution submitted; any other case does not exist for it. */
    /**
     * A file for a later submission to name by its handle ({@code attachments[].file}): scans too large to carry
     * inline. Checked by content, at most 10 MB; only this portal's account can name it.
     */
    public FileRef upload(String fileName, InputStream content) {
        return files.store(content, fileName, steps.caller().fileOwner());
    }

    public PortalCaseStatus status(String number) {
        Caller caller = steps.caller();
        requireUsablePassword();
        ServiceCase found =
                number == null ? null : cases.withNumber(number.strip()).orElse(null);
        if (found == null
                || found.centre() != null
                || !found.registeringInstitution().id().equals(caller.institutionId())) {
            throw new NotFound("case", number);
        }
        return PortalCaseStatus.of(found);
    }

    private void requireUsablePassword() {
        StaffAccount me = steps.me();
        if (me.mustChangePassword()) {
            throw new AccessDenied("case.portal.passwordChange");
        }
    }
}
