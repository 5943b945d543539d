package lv.pietura.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import lv.pietura.shared.LocalizedName;

public record AgreementView(
        long id,
        long institutionId,
        LocalizedName institutionName,
        String number,
        LocalDate signedOn,
        LocalDate validFrom,
        LocalDate validTo,
        AgreementStatus status)
        implements Serializable {

    static AgreementView of(Agreement agreement, LocalDate today) {
        Institution institution = agreement.institution();
        return new AgreementView(
                agreement.id(),
                institution.id(),
                institution.name(),
                agreement.number(),
                agreement.signedOn(),
                agreement.validFrom(),
                agreement.validTo(),
                AgreementStatus.of(agreement, today));
    }
}
