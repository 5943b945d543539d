package lv.pietura.web.privacy;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import lv.pietura.privacy.PersonalDataExport;
import lv.pietura.shared.Clocks;
import lv.pietura.web.faces.FormAction;
import org.omnifaces.util.Faces;

/**
 * The data protection officer answers a person's request for their data: the personal code, what the institution
 * holds about it counted, and the export (JSON) to hand over.
 */
@Named
@ViewScoped
public class PersonalDataExportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PersonalDataExport exports;

    private String personalCode;
    private PersonalDataExport.Summary summary;

    @FormAction
    public void find() {
        summary = exports.find(personalCode);
    }

    public void download() throws IOException {
        byte[] export = exports.export(summary.personalCode());
        Faces.sendFile(
                export,
                "pietura-personas-dati-" + summary.personalCode() + "-" + LocalDate.now(Clock.system(Clocks.RIGA))
                        + ".json",
                true);
    }

    public String getPersonalCode() {
        return personalCode;
    }

    public void setPersonalCode(String personalCode) {
        this.personalCode = personalCode;
    }

    public PersonalDataExport.Summary getSummary() {
        return summary;
    }
}
