package lv.pietura.organisation;

import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;
import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.PieturaException;
import lv.pietura.shared.RuleViolation;

/**
 * Bulk creation of staff accounts from a CSV file. Each row is created in a transaction of its own
 * through {@link StaffAdministration#create}: a bad row is reported and written nowhere, good rows are
 * kept, and no row is ever half-written.
 */
@Stateless
@RolesAllowed({PLATFORM_ADMIN, INSTITUTION_ADMIN})
public class StaffImport {

    @EJB
    StaffAdministration administration;

    @Inject
    CentreRepository centres;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportReport importCsv(long institutionId, String fileName, byte[] content) {
        Caller caller = callers.current();
        if (!caller.changeScope().includes(institutionId)) {
            throw new AccessDenied("tenant.otherInstitution");
        }
        List<StaffCsv.Row> rows = StaffCsv.read(content);
        Map<String, Long> institutionCentres = centres.activeIdsByName(institutionId);
        List<ImportReport.RowResult> results = new ArrayList<>();
        for (StaffCsv.Row row : rows) {
            results.add(importRow(institutionId, row, institutionCentres));
        }
        ImportReport report = new ImportReport(results);
        audit.recordInOwnTransaction(
                caller.actor(),
                AuditAction.IMPORT,
                StaffAdministration.ENTITY,
                null,
                institutionId,
                "file=" + fileName + "; rows=" + results.size() + "; created=" + report.createdCount() + "; rejected="
                        + report.rejectedCount());
        return report;
    }

    private ImportReport.RowResult importRow(
            long institutionId, StaffCsv.Row row, Map<String, Long> institutionCentres) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (!row.unknownRoles().isEmpty()) {
            problems.add(new RuleViolation.Problem(
                    "roles", "import.row.unknownRoles", List.of(String.join(", ", row.unknownRoles()))));
        }
        Long centreId = row.centre() == null
                ? null
                : institutionCentres.get(row.centre().toLowerCase(Locale.ROOT));
        if (row.centre() != null && centreId == null) {
            problems.add(new RuleViolation.Problem("centre", "import.row.unknownCentre", List.of(row.centre())));
        }
        if (!problems.isEmpty()) {
            return new ImportReport.RowResult(row.line(), row.username(), false, null, problems);
        }
        char[] password = TemporaryPasswords.generate(StaffAccount.normaliseUsername(row.username()));
        try {
            administration.create(new NewStaff(
                    row.username(), row.fullName(), row.email(), institutionId, centreId, row.roles(), password));
            return new ImportReport.RowResult(row.line(), row.username(), true, password, List.of());
        } catch (RuleViolation violation) {
            return new ImportReport.RowResult(row.line(), row.username(), false, null, violation.problems());
        } catch (PieturaException refused) {
            return new ImportReport.RowResult(
                    row.line(),
                    row.username(),
                    false,
                    null,
                    List.of(new RuleViolation.Problem(null, refused.messageKey(), List.of(refused.arguments()))));
        }
    }
}
