package lv.pietura.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lv.pietura.shared.LocalizedName;

public record InstitutionView(
        long id,
        int version,
        LocalizedName name,
        String registrationNumber,
        InstitutionKind kind,
        String eAddress,
        boolean mayUseSystemToday,
        Integer retentionYears,
        List<AgreementView> agreements)
        implements Serializable {

    static InstitutionView of(Institution institution, LocalDate today) {
        return new InstitutionView(
                institution.id(),
                institution.version(),
                institution.name(),
                institution.registrationNumber().value(),
                institution.kind(),
                institution.eAddress(),
                institution.mayUseSystemOn(today),
                institution.retentionYears(),
                institution.agreements().stream()
                        .map(a -> AgreementView.of(a, today))
                        .toList());
    }

    /** The same institution without its agreements (which are not public). */
    InstitutionView withoutAgreements() {
        return new InstitutionView(
                id, version, name, registrationNumber, kind, eAddress, mayUseSystemToday, retentionYears, List.of());
    }
}
