package lv.pietura.cases;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.DeadlineKind;
import lv.pietura.catalogue.FieldType;
import lv.pietura.catalogue.IntakeField;
import lv.pietura.files.SignatureSummary;
import lv.pietura.shared.LatvianDates;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.LocalizedText;
import lv.pietura.shared.Money;
import lv.pietura.shared.PersonalCode;

/** A case as its page shows it, with what the viewer may do now. */
public record CaseView(
        long id,
        int version,
        String number,
        CaseType type,
        Channel channel,
        CaseState state,
        long serviceId,
        String serviceCode,
        int serviceVersionNumber,
        LocalizedName serviceName,
        long handlingInstitutionId,
        LocalizedName handlingInstitution,
        LocalizedName registeringInstitution,
        String centreName,
        String registeredBy,
        Instant registeredAt,
        LocalDate registeredOn,
        ClientKind clientKind,
        String clientCode,
        String clientName,
        String clientEmail,
        String clientPhone,
        IdentityDocument clientDocumentType,
        String clientCountry,
        LocalDate clientBirthDate,
        String representativeName,
        String representativeCode,
        RepresentationBasis representationBasis,
        String representationNote,
        List<IntakeValue> intake,
        List<DocumentView> documents,
        String note,
        String assigneeUsername,
        String assigneeName,
        DeadlineKind deadlineKind,
        LocalDate dueOn,
        LocalDate normOn,
        LocalDate suspendedSince,
        int suspendedDays,
        int extensionDays,
        int remainingExtensionDays,
        boolean overdue,
        boolean pastNorm,
        String resultTypeCode,
        LocalizedText resultName,
        boolean resultSentToEAddress,
        String resultNote,
        LocalDate closedOn,
        Instant closedAt,
        String closedBy,
        Integer rating,
        String ratingComment,
        RatingChannel ratingChannel,
        Instant ratedAt,
        List<EventView> events,
        Set<CaseAction> actions,
        List<ResultOption> resultTypes,
        Money feeDue,
        Fees fees,
        boolean outsidePietura,
        String legalHold,
        LocalDate erasedOn)
        implements Serializable {

    /** An application's fee account: what was paid, exempted and is still owed, and its entries. */
    public record Fees(Money paid, Money exempt, Money outstanding, boolean beforeResult, List<FeeEntryView> entries)
            implements Serializable {}

    /** One entry of the fee account; {@code number} is its receipt's number on the case. */
    public record FeeEntryView(
            int number,
            FeeEntry.Kind kind,
            PaymentMethod method,
            Money amount,
            String reference,
            String reason,
            Instant recordedAt,
            String recordedBy)
            implements Serializable {}

    /** A filled-in field of the intake form, with its label from the case's service version. */
    public record IntakeValue(String code, LocalizedText label, FieldType type, String value) implements Serializable {}

    public record DocumentView(
            String fileId,
            String name,
            long size,
            String mediaType,
            DocumentPurpose purpose,
            LocalizedText field,
            Instant addedAt,
            String addedBy,
            SignatureSummary signature)
            implements Serializable {}

    /**
     * @param actorName          the staff member's full name, or the user name when unknown
     * @param handlingInstitution the institution responsible after the step
     */
    public record EventView(
            long id,
            Instant at,
            CaseEventType type,
            String actor,
            String actorName,
            CaseState from,
            CaseState to,
            String reason,
            String detail,
            LocalizedName handlingInstitution,
            LocalDate dueOn)
            implements Serializable {}

    public record ResultOption(String code, LocalizedText name, boolean sentToEAddress) implements Serializable {}

    public boolean can(String action) {
        return actions.contains(CaseAction.valueOf(action));
    }

    public boolean isOpen() {
        return state.open();
    }

    public boolean hasRepresentative() {
        return representativeName != null;
    }

    static CaseView of(
            ServiceCase c,
            LocalDate today,
            Set<CaseAction> actions,
            Map<String, String> staffNames,
            Map<Long, LocalizedName> institutionNames,
            Map<String, SignatureSummary> signatures) {
        List<IntakeField> form = c.serviceVersion().intakeForm();
        List<IntakeValue> intake = form.stream()
                .filter(f -> c.intake().containsKey(f.code()))
                .map(f -> new IntakeValue(
                        f.code(),
                        f.label(),
                        f.type(),
                        display(f.type(), c.intake().get(f.code()))))
                .toList();
        List<DocumentView> documents = c.documents().stream()
                .map(d -> new DocumentView(
                        d.fileId(),
                        d.name(),
                        d.size(),
                        d.mediaType(),
                        d.purpose(),
                        form.stream()
                                .filter(f -> f.code().equals(d.fieldCode()))
                                .map(IntakeField::label)
                                .findFirst()
                                .orElse(null),
                        d.addedAt(),
                        d.addedBy(),
                        signatures.get(d.sha256())))
                .toList();
        List<EventView> events = c.events().stream()
                .map(e -> new EventView(
                        e.id() == null ? 0 : e.id(),
                        e.occurredAt(),
                        e.type(),
                        e.actor(),
                        staffNames.getOrDefault(e.actor(), e.actor()),
                        e.fromState(),
                        e.toState(),
                        e.reason(),
                        e.type() == CaseEventType.ASSIGNED
                                        || e.type() == CaseEventType.TAKEN
                                        || e.type() == CaseEventType.REMINDED
                                ? staffNames.getOrDefault(e.detail(), e.detail())
                                : e.detail(),
                        institutionNames.get(e.handlingInstitutionId()),
                        e.dueOn()))
                .toList();
        var result = c.result();
        return new CaseView(
                c.id(),
                c.version(),
                c.number(),
                c.type(),
                c.channel(),
                c.state(),
                c.service().id(),
                c.service().code(),
                c.serviceVersion().number(),
                c.serviceVersion().name(),
                c.handlingInstitution().id(),
                c.handlingInstitution().name(),
                c.registeringInstitution().name(),
                c.centre() == null ? null : c.centre().name(),
                c.registeredBy(),
                c.registeredAt(),
                c.registeredOn(),
                c.client().kind(),
                c.client().formattedCode(),
                c.client().name(),
                c.client().email(),
                c.client().phone(),
                c.client().documentType(),
                c.client().country(),
                c.client().birthDate(),
                c.representative().map(Representative::name).orElse(null),
                c.representative().map(Representative::formattedCode).orElse(null),
                c.representative().map(Representative::basis).orElse(null),
                c.representative().map(Representative::basisNote).orElse(null),
                intake,
                documents,
                c.note(),
                c.assignee() == null ? null : c.assignee().username(),
                c.assignee() == null ? null : c.assignee().fullName(),
                c.deadlineKind(),
                c.dueOn(),
                c.normOn(),
                c.suspendedSince(),
                c.suspendedDays(),
                c.extensionDays(),
                c.remainingExtensionDays(),
                c.overdueOn(today),
                c.pastNormOn(today),
                c.resultTypeCode(),
                result.map(r -> r.name()).orElse(null),
                result.map(r -> r.sentToEAddress()).orElse(false),
                c.resultNote(),
                c.closedOn(),
                c.closedAt(),
                c.closedBy(),
                c.rating(),
                c.ratingComment(),
                c.ratingChannel(),
                c.ratedAt(),
                events,
                Set.copyOf(actions),
                c.serviceVersion().resultTypes().stream()
                        .map(r -> new ResultOption(r.code(), r.name(), r.sentToEAddress()))
                        .toList(),
                c.feeDue(),
                new Fees(
                        c.feePaid(),
                        c.feeExempt(),
                        c.feeOutstanding(),
                        c.serviceVersion().feeBeforeResult(),
                        IntStream.range(0, c.feeEntries().size())
                                .mapToObj(i -> {
                                    FeeEntry e = c.feeEntries().get(i);
                                    return new FeeEntryView(
                                            i + 1,
                                            e.kind(),
                                            e.method(),
                                            e.amount(),
                                            e.reference(),
                                            e.reason(),
                                            e.recordedAt(),
                                            staffNames.getOrDefault(e.recordedBy(), e.recordedBy()));
                                })
                                .toList()),
                c.outsidePietura(),
                c.legalHold(),
                c.erasedOn());
    }

    private static String display(FieldType type, String value) {
        return switch (type) {
            case DATE -> LocalDate.parse(value).format(LatvianDates.DATE);
            case PERSONAL_CODE -> PersonalCode.of(value).formatted();
            case NUMBER -> value.replace('.', ',');
            default -> value;
        };
    }
}
