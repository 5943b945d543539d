package lv.pietura.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import lv.pietura.organisation.Choice;
import lv.pietura.organisation.ImportReport;
import lv.pietura.organisation.InstitutionAdministration;
import lv.pietura.organisation.StaffCsv;
import lv.pietura.organisation.StaffImport;
import lv.pietura.shared.RoleNames;
import lv.pietura.shared.RuleViolation;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.Uploads;
import lv.pietura.web.i18n.Texts;
import lv.pietura.web.security.SignedInUser;
import org.omnifaces.util.Faces;

/** Bulk creation of staff accounts from a CSV file, with a report of every row. */
@Named
@ViewScoped
public class StaffImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffImport staffImport;

    @EJB
    InstitutionAdministration institutions;

    @Inject
    SignedInUser signedInUser;

    private Long institutionId;
    private transient Part file;
    private ImportReport report;
    private List<Choice> institutionChoices;

    public boolean isPlatformAdmin() {
        return signedInUser.has(RoleNames.PLATFORM_ADMIN);
    }

    @FormAction
    public void upload() {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("import.chooseFile");
            return;
        }
        long target = isPlatformAdmin()
                ? (institutionId == null ? -1 : institutionId)
                : signedInUser.getProfile().institutionId();
        if (target < 0) {
            FacesMessages.error("import.chooseInstitution");
            return;
        }
        if (file.getSize() > StaffCsv.MAX_BYTES) {
            FacesMessages.show(new RuleViolation("import.file.tooLarge", StaffCsv.MAX_BYTES / 1024));
            return;
        }
        report = staffImport.importCsv(target, file.getSubmittedFileName(), Uploads.bytes(file));
        FacesMessages.info("import.done", report.createdCount(), report.rejectedCount());
    }

    /** Row messages in the reader's language. */
    public String problems(ImportReport.RowResult row) {
        return row.problems().stream()
                .map(p -> (p.field() == null ? "" : Texts.page("field." + p.field()) + ": ")
                        + Texts.rule(p.messageKey(), p.argumentArray()))
                .collect(Collectors.joining("; "));
    }

    public void downloadSample() throws IOException {
        Faces.sendFile(StaffCsv.SAMPLE.getBytes(StandardCharsets.UTF_8), "pietura-darbinieki-paraugs.csv", true);
    }

    /** The created accounts with their temporary passwords, to hand over; offered once, for this import. */
    public void downloadCredentials() throws IOException {
        StringBuilder csv = new StringBuilder("username;temporary_password\n");
        for (ImportReport.RowResult row : report.rows()) {
            if (row.created()) {
                csv.append(row.username())
                        .append(';')
                        .append(row.temporaryPassword())
                        .append('\n');
            }
        }
        Faces.sendFile(csv.toString().getBytes(StandardCharsets.UTF_8), "pietura-pagaidu-paroles.csv", true);
    }

    public List<Choice> getInstitutionChoices() {
        if (institutionChoices == null) {
            institutionChoices = isPlatformAdmin() ? institutions.choices() : List.of();
        }
        return institutionChoices;
    }

    public long getMaxKilobytes() {
        return StaffCsv.MAX_BYTES / 1024;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }
}
