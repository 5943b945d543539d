package lv.pietura.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lv.pietura.catalogue.ServiceCard;
import lv.pietura.catalogue.ServiceSummary;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.LocalizedText;

/** The published catalogue as the API writes it. */
public final class CatalogueJson {

    private CatalogueJson() {}

    /** A text in Latvian and, where there is one, English. */
    public record Text(String lv, String en) {

        static Text of(LocalizedText text) {
            return text == null || text.isEmpty() ? null : new Text(text.lv(), text.en());
        }

        static Text of(LocalizedName name) {
            return new Text(name.lv(), name.en());
        }
    }

    public record ServiceList(long total, int first, int size, List<ServiceItem> services) {}

    public record ServiceItem(
            String code,
            Text name,
            Text description,
            Text holder,
            List<String> requestChannels,
            boolean inMinimumBasket,
            LocalDate validFrom,
            BigDecimal totalFee) {

        static ServiceItem of(ServiceSummary s) {
            return new ServiceItem(
                    s.code(),
                    Text.of(s.name()),
                    Text.of(s.description()),
                    Text.of(s.holderName()),
                    s.requestChannels().stream().map(Enum::name).sorted().toList(),
                    s.inBasket(),
                    s.validFrom(),
                    s.totalFee().euro());
        }
    }

    public record Holder(Text name, String registrationNumber, String eAddress) {}

    public record LegalAct(String title, String article, String url) {}

    public record Document(Text name, String template) {}

    public record Fee(Text description, BigDecimal amount, String currency, String legalBasis) {}

    public record Deadline(
            Integer days,
            String kind,
            Integer serviceNorm,
            boolean suspensionAllowed,
            boolean extensionAllowed,
            Integer maxExtensionDays) {}

    public record ResultType(String code, Text name, boolean sentToEAddress) {}

    public record Field(String code, Text label, String type, boolean required, Text help, List<String> choices) {}

    public record Service(
            String code,
            int version,
            LocalDate validFrom,
            Text name,
            Text description,
            Text function,
            String recipients,
            Text territory,
            Holder holder,
            List<LegalAct> legalActs,
            List<Text> steps,
            List<Document> documents,
            List<Fee> fees,
            List<String> requestChannels,
            List<String> resultChannels,
            String eServiceUrl,
            Deadline deadline,
            List<ResultType> resultTypes,
            List<Field> intakeForm,
            List<String> related,
            Text notice,
            boolean inMinimumBasket,
            List<String> centres) {

        static Service of(ServiceCard c, String base) {
            return new Service(
                    c.code(),
                    c.number(),
                    c.validFrom(),
                    Text.of(c.name()),
                    Text.of(c.description()),
                    Text.of(c.function()),
                    c.recipients().name(),
                    Text.of(c.territory()),
                    new Holder(Text.of(c.holderName()), c.holderRegistrationNumber(), c.holderEAddress()),
                    c.legalActs().stream()
                            .map(a -> new LegalAct(a.title(), a.article(), a.url()))
                            .toList(),
                    c.steps().stream().map(Text::of).toList(),
                    c.documents().stream()
                            .map(d -> new Document(
                                    Text.of(d.name()),
                                    d.templateFile() == null
                                            ? null
                                            : base + "/api/catalogue/files/" + d.templateFile()))
                            .toList(),
                    c.fees().stream()
                            .map(f ->
                                    new Fee(Text.of(f.description()), f.amount().euro(), "EUR", f.legalBasis()))
                            .toList(),
                    c.requestChannels().stream().map(Enum::name).sorted().toList(),
                    c.resultChannels().stream().map(Enum::name).sorted().toList(),
                    c.eServiceUrl(),
                    new Deadline(
                            c.deadlineDays(),
                            c.deadlineKind().name(),
                            c.normDays(),
                            c.suspensionAllowed(),
                            c.extensionAllowed(),
                            c.maxExtensionDays()),
                    c.resultTypes().stream()
                            .map(r -> new ResultType(r.code(), Text.of(r.name()), r.sentToEAddress()))
                            .toList(),
                    c.intakeForm().stream()
                            .map(f -> new Field(
                                    f.code(),
                                    Text.of(f.label()),
                                    f.type().name(),
                                    f.required(),
                                    Text.of(f.help()),
                                    f.choices()))
                            .toList(),
                    c.related().stream().map(ServiceCard.RelatedView::code).toList(),
                    Text.of(c.notice()),
                    c.inBasket(),
                    c.offeredAt().stream().map(ServiceCard.CentreRef::name).toList());
        }
    }
}
