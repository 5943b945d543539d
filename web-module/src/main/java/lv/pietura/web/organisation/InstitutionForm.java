package lv.pietura.web.organisation;

import java.io.Serializable;
import lv.pietura.organisation.InstitutionDetails;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.InstitutionView;
import lv.pietura.web.faces.TextInput;

/** The fields of the institution form, as typed. */
public class InstitutionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;
    private TextInput name = new TextInput();
    private String registrationNumber;
    private InstitutionKind kind;
    private String eAddress;

    static InstitutionForm of(InstitutionView view) {
        InstitutionForm form = new InstitutionForm();
        form.id = view.id();
        form.version = view.version();
        form.name = TextInput.of(view.name().lv(), view.name().en());
        form.registrationNumber = view.registrationNumber();
        form.kind = view.kind();
        form.eAddress = view.eAddress();
        return form;
    }

    InstitutionDetails details() {
        return new InstitutionDetails(name.getLv(), name.getEn(), registrationNumber, kind, eAddress);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public TextInput getName() {

        return name;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public void setKind(InstitutionKind kind) {
        this.kind = kind;
    }

    public String getEAddress() {
        return eAddress;
    }

    public void setEAddress(String eAddress) {
        this.eAddress = eAddress;
    }
}
