package lv.pietura.web.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import lv.pietura.organisation.AgreementDetails;

/** The fields of the agreement form, and the day an agreement is ended on. */
public class AgreementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long agreementId;
    private String number;
    private LocalDate signedOn;
    private LocalDate validFrom;
    private LocalDate validTo;

    AgreementDetails details() {
        return new AgreementDetails(number, signedOn, validFrom, validTo);
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
