package lv.pietura.cases;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import lv.pietura.catalogue.Channel;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.LocalizedText;

/** A case as a row of a worklist. */
public record CaseSummary(
        long id,
        String number,
        CaseType type,
        Channel channel,
        CaseState state,
        String serviceCode,
        LocalizedName serviceName,
        long handlingInstitutionId,
        LocalizedName handlingInstitution,
        String centreName,
        ClientKind clientKind,
        String clientName,
        String clientCode,
        Instant registeredAt,
        LocalDate registeredOn,
        LocalDate dueOn,
        LocalDate normOn,
        String assigneeName,
        boolean overdue,
        boolean pastNorm,
        LocalDate closedOn,
        LocalizedText result,
        Integer rating)
        implements Serializable {

    static CaseSummary of(ServiceCase c, LocalDate today) {
        return new CaseSummary(
                c.id(),
                c.number(),
                c.type(),
                c.channel(),
                c.state(),
                c.service().code(),
                c.serviceVersion().name(),
                c.handlingInstitution().id(),
                c.handlingInstitution().name(),
                c.centre() == null ? null : c.centre().name(),
                c.client().kind(),
                c.client().name(),
                c.client().formattedCode(),
                c.registeredAt(),
                c.registeredOn(),
                c.dueOn(),
                c.normOn(),
                c.assignee() == null ? null : c.assignee().fullName(),
                c.overdueOn(today),
                c.pastNormOn(today),
                c.closedOn(),
                c.result().map(r -> r.name()).orElse(null),
                c.rating());
    }
}
