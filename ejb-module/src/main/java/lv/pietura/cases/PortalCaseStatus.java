package lv.pietura.cases;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.LocalizedText;

/** What a portal may tell its user about an application it submitted. */
public record PortalCaseStatus(
        String number,
        String serviceCode,
        LocalizedName serviceName,
        CaseState state,
        LocalizedName handlingInstitution,
        Instant registeredAt,
        LocalDate dueOn,
        LocalDate closedOn,
        String resultType,
        LocalizedText resultName,
        String resultNote,
        List<Step> history)
        implements Serializable {

    /** A step of the case a client may know of (who took it is not told). */
    public record Step(Instant at, CaseEventType type, CaseState state) implements Serializable {}

    static PortalCaseStatus of(ServiceCase c) {
        var result = c.result();
        return new PortalCaseStatus(
                c.number(),
                c.service().code(),
                c.serviceVersion().name(),
                c.state(),
                c.handlingInstitution().name(),
                c.registeredAt(),
                c.dueOn(),
                c.closedOn(),
                c.resultTypeCode(),
                result.map(r -> r.name()).orElse(null),
                c.state().open() ? null : c.resultNote(),
                c.events().stream()
                        .filter(e -> e.type() != CaseEventType.REMINDED
                                        && e.type() != CaseEventType.ASSIGNED
                                        && e.type() != CaseEventType.TAKEN
                                || e.fromState() != e.toState())
                        .map(e -> new Step(e.occurredAt(), e.type(), e.toState()))
                        .toList());
    }
}
