package lv.pietura.web.catalogue;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import lv.pietura.catalogue.ServiceImport;
import lv.pietura.shared.RowReport;
import lv.pietura.shared.RuleViolation;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.Uploads;
import lv.pietura.web.i18n.Texts;
import org.omnifaces.util.Faces;

/** Creating an institution's services from a CSV or JSON file, as drafts, with a report of every row. */
@Named
@ViewScoped
public class ServiceImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An example of the JSON format, with every part of the catalogue card. */
    static final String SAMPLE_JSON = """
            [
              {
                "code": "VSAA-BEZDARBNIEKA-PABALSTS",
                "nameLv": "Bezdarbnieka pabalsta piešķiršana",
                "nameEn": "Unemployment benefit",
                "descriptionLv": "Pabalstu piešķir bezdarbniekam, kuram ir vismaz 12 mēnešu apdrošināšanas stāžs.",
                "functionLv": "Sociālās apdrošināšanas pakalpojumi",
                "recipients": "PERSONS",
                "territoryLv": "Visa Latvija",
                "legalActs": [{"title": "Likums \\"Par apdrošināšanu bezdarba gadījumam\\"", "article": "7. pants",
                               "url": "https://likumi.lv/ta/id/14891"}],
                "steps": [{"lv": "Iesniedziet iesniegumu.", "en": "Submit the application."}],
                "documents": [{"nameLv": "Iesniegums"}],
                "fees": [],
                "requestChannels": ["IN_PERSON", "E_SERVICE"],
                "resultChannels": ["E_ADDRESS"],
                "eServiceUrl": "https://www.latvija.lv/",
                "deadlineDays": 10, "deadlineKind": "WORKING_DAYS", "normDays": 5,
                "suspensionAllowed": true, "extensionAllowed": false,
                "resultTypes": [{"nameLv": "Piešķirts", "nameEn": "Granted", "sentToEAddress": true}],
                "intakeForm": [{"labelLv": "Bankas konts (IBAN)", "type": "TEXT", "required": true}]
              }
            ]
            """;

    @EJB
    ServiceImport serviceImport;

    private transient Part file;
    private RowReport report;

    @FormAction
    public void upload() {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("import.chooseFile");
            return;
        }
        if (file.getSize() > ServiceImport.MAX_BYTES) {
            FacesMessages.show(new RuleViolation("import.file.tooLarge", ServiceImport.MAX_BYTES / 1024));
            return;
        }
        report = serviceImport.importServices(file.getSubmittedFileName(), Uploads.bytes(file));
        FacesMessages.info("services.import.done", report.createdCount(), report.rejectedCount());
    }

    public String problems(RowReport.Row row) {
        return row.problems().stream()
                .map(p -> (p.field() == null ? "" : Texts.page("field." + p.field()) + ": ")
                        + Texts.rule(p.messageKey(), p.argumentArray()))
                .collect(Collectors.joining("; "));
    }

    public void downloadCsvSample() throws IOException {
        Faces.sendFile(
                ServiceImport.SAMPLE_CSV.getBytes(StandardCharsets.UTF_8), "pietura-pakalpojumi-paraugs.csv", true);
    }

    public void downloadJsonSample() throws IOException {
        Faces.sendFile(SAMPLE_JSON.getBytes(StandardCharsets.UTF_8), "pietura-pakalpojumi-paraugs.json", true);
    }

    public long getMaxKilobytes() {
        return ServiceImport.MAX_BYTES / 1024;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public RowReport getReport() {
        return report;
    }
}
