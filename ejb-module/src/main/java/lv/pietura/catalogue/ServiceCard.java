package lv.pietura.catalogue;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.LocalizedText;
import lv.pietura.shared.Money;

/** One version of a service's catalogue card, as pages, the API and the export show it. */
public record ServiceCard(
        long serviceId,
        String code,
        long holderId,
        LocalizedName holderName,
        String holderRegistrationNumber,
        String holderEAddress,
        ServiceStatus status,
        boolean inBasket,
        LocalDate withdrawnOn,
        List<CentreRef> offeredAt,
        int number,
        int draftVersion,
        VersionState state,
        LocalDate validFrom,
        LocalizedName name,
        LocalizedText description,
        LocalizedText function,
        Recipients recipients,
        LocalizedText territory,
        List<LegalActView> legalActs,
        List<LocalizedText> steps,
        List<DocumentView> documents,
        List<FeeView> fees,
        Money totalFee,
        Set<Channel> requestChannels,
        Set<Channel> resultChannels,
        String eServiceUrl,
        Integer deadlineDays,
        DeadlineKind deadlineKind,
        Integer normDays,
        boolean feeBeforeResult,
        boolean suspensionAllowed,
        boolean extensionAllowed,
        Integer maxExtensionDays,
        List<ResultTypeView> resultTypes,
        List<FieldView> intakeForm,
        List<RelatedView> related,
        LocalizedText notice,
        ServiceContent content,
        String createdBy,
        Instant createdAt,
        String changedBy,
        Instant changedAt,
        String publishedBy,
        Instant publishedAt)
        implements Serializable {

    public record CentreRef(long id, String name) implements Serializable {}

    public record LegalActView(String title, String article, String url) implements Serializable {}

    public record DocumentView(LocalizedText name, String templateFile, String templateName) implements Serializable {}

    public record FeeView(LocalizedText description, Money amount, String legalBasis) implements Serializable {}

    public record ResultTypeView(String code, LocalizedText name, boolean sentToEAddress) implements Serializable {}

    public record FieldView(
            String code,
            LocalizedText label,
            FieldType type,
            boolean required,
            LocalizedText help,
            List<String> choices)
            implements Serializable {}

    public record RelatedView(String code, LocalizedName name) implements Serializable {}

    public boolean isDraft() {
        return state == VersionState.DRAFT;
    }

    public boolean isFree() {
        return totalFee.isFree();
    }

    static ServiceCard of(Service s, ServiceVersion v, LocalDate today) {
        return new ServiceCard(
                s.id(),
                s.code(),
                s.holder().id(),
                s.holder().name(),
                s.holder().registrationNumber().value(),
                s.holder().eAddress(),
                s.statusOn(today),
                s.inMinimumBasket(),
                s.withdrawnOn(),
                s.offeredAt().stream()
                        .map(c -> new CentreRef(c.id(), c.name()))
                        .sorted(Comparator.comparing(CentreRef::name))
                        .toList(),
                v.number(),
                v.version(),
                v.state(),
                v.validFrom(),
                v.name(),
                v.description(),
                v.function(),
                v.recipients(),
                v.territory(),
                v.legalActs().stream()
                        .map(a -> new LegalActView(a.title(), a.article(), a.url()))
                        .toList(),
                List.copyOf(v.steps()),
                v.documents().stream()
                        .map(d -> new DocumentView(d.name(), d.templateFileId(), d.templateName()))
                        .toList(),
                v.fees().stream()
                        .map(f -> new FeeView(f.description(), f.amount(), f.legalBasis()))
                        .toList(),
                v.totalFee(),
                Set.copyOf(v.requestChannels()),
                Set.copyOf(v.resultChannels()),
                v.eServiceUrl(),
                v.deadlineDays(),
                v.deadlineKind(),
                v.normDays(),
                v.feeBeforeResult(),
                v.suspensionAllowed(),
                v.extensionAllowed(),
                v.maxExtensionDays(),
                v.resultTypes().stream()
                        .map(r -> new ResultTypeView(r.code(), r.name(), r.sentToEAddress()))
                        .toList(),
                v.intakeForm().stream()
                        .map(f -> new FieldView(f.code(), f.label(), f.type(), f.required(), f.help(), f.choices()))
                        .toList(),
                v.related().stream()
                        .map(r -> new RelatedView(r.code(), r.newest().name()))
                        .sorted(Comparator.comparing(RelatedView::code))
                        .toList(),
                v.notice(),
                v.content(),
                v.createdBy(),
                v.createdAt(),
                v.changedBy(),
                v.changedAt(),
                v.publishedBy(),
                v.publishedAt());
    }
}
