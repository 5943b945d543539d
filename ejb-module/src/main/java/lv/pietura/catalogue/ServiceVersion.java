package lv.pietura.catalogue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import lv.pietura.shared.Checks;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.LocalizedText;
import lv.pietura.shared.Money;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * One version of a service's catalogue card. A draft is filled and refilled with
 * {@link #fill(ServiceContent, List)}; a published version is never changed again, so every case
 * registered under it keeps reading what the client was told.
 */
@Entity
@Table(name = "service_version")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class ServiceVersion {

    static final int DESCRIPTION_MAX = 4000;
    static final int MAX_DAYS = 3650;
    private static final Pattern URL = Pattern.compile("^https?://[^\\s]{3,490}$");
    private static final BigDecimal MAX_FEE = new BigDecimal("1000000");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_version_seq")
    @SequenceGenerator(name = "service_version_seq", sequenceName = "service_version_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private Service service;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VersionState state;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Embedded
    private LocalizedName name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "lv", column = @Column(name = "description_lv", length = DESCRIPTION_MAX)),
        @AttributeOverride(name = "en", column = @Column(name = "description_en", length = DESCRIPTION_MAX))
    })
    private LocalizedText description;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "lv", column = @Column(name = "function_lv", length = 1000)),
        @AttributeOverride(name = "en", column = @Column(name = "function_en", length = 1000))
    })
    private LocalizedText function;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Recipients recipients;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "lv", column = @Column(name = "territory_lv", length = 300)),
        @AttributeOverride(name = "en", column = @Column(name = "territory_en", length = 300))
    })
    private LocalizedText territory;

    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "service_version_legal_act", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "item_index")
    private List<LegalAct> legalActs = new ArrayList<>();

    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "service_version_step", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "item_index")
    @AttributeOverrides({
        @AttributeOverride(name = "lv", column = @Column(name = "text_lv", nullable = false, length = 1000)),
        @AttributeOverride(name = "en", column = @Column(name = "text_en", length = 1000))
    })
    private List<LocalizedText> steps = new ArrayList<>();

    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "service_version_document", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "item_index")
    private List<RequiredDocument> documents = new ArrayList<>();

    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "service_version_fee", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "item_index")
    private List<Fee> fees = new ArrayList<>();

    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_version_request_channel", joinColumns = @JoinColumn(name = "version_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Set<Channel> requestChannels = EnumSet.noneOf(Channel.class);

    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_version_result_channel", joinColumns = @JoinColumn(name = "version_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Set<Channel> resultChannels = EnumSet.noneOf(Channel.class);

    @Column(name = "e_service_url", length = 500)
    private String eServiceUrl;

    @Column(name = "deadline_days")
    private Integer deadlineDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind", nullable = false, length = 20)
    private DeadlineKind deadlineKind;

    @Column(name = "norm_days")
    private Integer normDays;

    @Column(name = "suspension_allowed", nullable = false)
    private boolean suspensionAllowed;

    @Column(name = "extension_allowed", nullable = false)
    private boolean extensionAllowed;

    @Column(name = "max_extension_days")
    private Integer maxExtensionDays;

    /** Whether an application's fees must be paid (or exempted) before its result is recorded. */
    @Column(name = "fee_before_result", nullable = false)
    private boolean feeBeforeResult;

    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "service_version_result_type", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "item_index")
    private List<ResultType> resultTypes = new ArrayList<>();

    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "service_version_field", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "item_index")
    private List<IntakeField> intakeForm = new ArrayList<>();

    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ManyToMany
    @JoinTable(
            name = "service_version_related",
            joinColumns = @JoinColumn(name = "version_id"),
            inverseJoinColumns = @JoinColumn(name = "related_service_id"))
    private Set<Service> related = new HashSet<>();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "lv", column = @Column(name = "notice_lv", length = 2000)),
        @AttributeOverride(name = "en", column = @Column(name = "notice_en", length = 2000))
    })
    private LocalizedText notice;

    /** Name, description and code in lower case without diacritics, for searching. */
    @Column(name = "search_text", nullable = false, length = 9000)
    private String searchText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    protected ServiceVersion() {}

    ServiceVersion(Service service, int number, Instant now, String by) {
        this.service = service;
        this.number = number;
        this.state = VersionState.DRAFT;
        this.createdAt = now;
        this.createdBy = by;
        this.changedAt = now;
        this.changedBy = by;
    }

    /**
     * Checks what must always hold (lengths, a service norm not longer than the deadline, no negative
     * fee, labelled intake fields) and keeps the content; completeness is checked only on publishing.
     *
     * @throws lv.pietura.shared.RuleViolation naming every problem at once
     */
    void fill(ServiceContent c, List<Service> relatedServices, Instant now, String by) {
        if (state != VersionState.DRAFT) {
            throw new IllegalStateException("A published version never changes");
        }
        Checks checks = new Checks()
                .of(() -> LocalizedName.of(c.nameLv(), c.nameEn()))
                .optionalText("descriptionLv", c.descriptionLv(), DESCRIPTION_MAX)
                .optionalText("descriptionEn", c.descriptionEn(), DESCRIPTION_MAX)
                .optionalText("functionLv", c.functionLv(), 1000)
                .optionalText("functionEn", c.functionEn(), 1000)
                .optionalText("territoryLv", c.territoryLv(), 300)
                .optionalText("territoryEn", c.territoryEn(), 300)
                .optionalText("noticeLv", c.noticeLv(), 2000)
                .optionalText("noticeEn", c.noticeEn(), 2000)
                .present("recipients", c.recipients())
                .present("deadlineKind", c.deadlineKind());
        String url = Checks.clean(c.eServiceUrl());
        checks.that(
                url == null || URL.matcher(url).matches(),
                "eServiceUrl",
                "service.url.invalid",
                url == null ? "" : url);
        checkDeadlines(c, checks);
        List<LegalAct> acts = legalActs(c, checks);
        List<LocalizedText> newSteps = steps(c, checks);
        List<RequiredDocument> docs = documents(c, checks);
        List<Fee> newFees = fees(c, checks);
        List<ResultType> results = resultTypes(c, checks);
        List<IntakeField> fields = intakeForm(c, checks);
        checks.that(relatedServices.stream().noneMatch(s -> s == service), "related", "service.related.self");
        checks.throwIfAny();

        this.name = LocalizedName.of(c.nameLv(), c.nameEn());
        this.description = LocalizedText.of(c.descriptionLv(), c.descriptionEn());
        this.function = LocalizedText.of(c.functionLv(), c.functionEn());
        this.recipients = c.recipients();
        this.territory = LocalizedText.of(c.territoryLv(), c.territoryEn());
        replace(legalActs, acts);
        replace(steps, newSteps);
        replace(documents, docs);
        replace(fees, newFees);
        requestChannels.clear();
        requestChannels.addAll(c.requestChannels());
        resultChannels.clear();
        resultChannels.addAll(c.resultChannels());
        this.eServiceUrl = url;
        this.deadlineDays = c.deadlineDays();
        this.deadlineKind = c.deadlineKind();
        this.normDays = c.normDays();
        this.suspensionAllowed = c.suspensionAllowed();
        this.extensionAllowed = c.extensionAllowed();
        this.maxExtensionDays = c.extensionAllowed() ? c.maxExtensionDays() : null;
        this.feeBeforeResult = Boolean.TRUE.equals(c.feeBeforeResult()) && !newFees.isEmpty();
        replace(resultTypes, results);
        replace(intakeForm, fields);
        related.clear();
        related.addAll(relatedServices);
        this.notice = LocalizedText.of(c.noticeLv(), c.noticeEn());
        this.searchText = searchable(service.code(), name.lv(), name.en(), description.lv(), description.en());
        this.changedAt = now;
        this.changedBy = by;
    }

    private static void checkDeadlines(ServiceContent c, Checks checks) {
        Integer deadline = c.deadlineDays();
        Integer norm = c.normDays();
        checks.that(
                deadline == null || deadline >= 1 && deadline <= MAX_DAYS,
                "deadlineDays",
                "service.days.range",
                MAX_DAYS);
        checks.that(norm == null || norm >= 1 && norm <= MAX_DAYS, "normDays", "service.days.range", MAX_DAYS);
        checks.that(norm == null || deadline != null, "normDays", "service.norm.withoutDeadline");
        checks.that(
                norm == null || deadline == null || norm <= deadline,
                "normDays",
                "service.norm.longerThanDeadline",
                norm == null ? 0 : norm,
                deadline == null ? 0 : deadline);
        if (c.extensionAllowed()) {
            Integer extension = c.maxExtensionDays();
            checks.that(
                    extension != null && extension >= 1 && extension <= MAX_DAYS,
                    "maxExtensionDays",
                    "service.extension.required",
                    MAX_DAYS);
        }
    }

    private static List<LegalAct> legalActs(ServiceContent c, Checks checks) {
        List<LegalAct> acts = new ArrayList<>();
        int row = 0;
        for (ServiceContent.LegalActData act : c.legalActs()) {
            row++;
            String title = Checks.clean(act.title());
            String url = Checks.clean(act.url());
            checks.that(title != null, "legalActs", "service.legalAct.titleRequired", row)
                    .that(title == null || title.length() <= 500, "legalActs", "service.row.tooLong", row, 500)
                    .that(
                            Checks.clean(act.article()) == null
                                    || act.article().strip().length() <= 100,
                            "legalActs",
                            "service.row.tooLong",
                            row,
                            100)
                    .that(url == null || URL.matcher(url).matches(), "legalActs", "service.legalAct.url", row);
            acts.add(new LegalAct(title, Checks.clean(act.article()), url));
        }
        return acts;
    }

    private static List<LocalizedText> steps(ServiceContent c, Checks checks) {
        List<LocalizedText> list = new ArrayList<>();
        int row = 0;
        for (ServiceContent.TextData step : c.steps()) {
            row++;
            LocalizedText text = LocalizedText.of(step.lv(), step.en());
            checks.that(text.lv() != null, "steps", "service.step.required", row)
                    .that(text.lv() == null || text.lv().length() <= 1000, "steps", "service.row.tooLong", row, 1000)
                    .that(text.en() == null || text.en().length() <= 1000, "steps", "service.row.tooLong", row, 1000);
            list.add(text);
        }
        return list;
    }

    private static List<RequiredDocument> documents(ServiceContent c, Checks checks) {
        List<RequiredDocument> list = new ArrayList<>();
        int row = 0;
        for (ServiceContent.DocumentData doc : c.documents()) {
            row++;
            String nameLv = Checks.clean(doc.nameLv());
            checks.that(nameLv != null, "documents", "service.document.nameRequired", row)
                    .that(nameLv == null || nameLv.length() <= 300, "documents", "service.row.tooLong", row, 300);
            list.add(new RequiredDocument(
                    nameLv,
                    Checks.clean(doc.nameEn()),
                    Checks.clean(doc.templateFile()),
                    Checks.clean(doc.templateName())));
        }
        return list;
    }

    private static List<Fee> fees(ServiceContent c, Checks checks) {
        List<Fee> list = new ArrayList<>();
        int row = 0;
        for (ServiceContent.FeeData fee : c.fees()) {
            row++;
            String description = Checks.clean(fee.descriptionLv());
            BigDecimal amount = fee.amount();
            checks.that(description != null, "fees", "service.fee.descriptionRequired", row)
                    .that(amount != null, "fees", "service.fee.amountRequired", row);
            if (amount != null) {
                checks.that(amount.signum() >= 0, "fees", "service.fee.negative", row)
                        .that(amount.compareTo(MAX_FEE) <= 0, "fees", "service.fee.tooLarge", row)
                        .that(amount.stripTrailingZeros().scale() <= 2, "fees", "service.fee.cents", row);
            }
            if (description != null
                    && amount != null
                    && amount.signum() >= 0
                    && amount.compareTo(MAX_FEE) <= 0
                    && amount.stripTrailingZeros().scale() <= 2) {
                list.add(new Fee(
                        LocalizedText.of(description, fee.descriptionEn()),
                        Money.euro(amount),
                        Checks.clean(fee.legalBasis())));
            }
        }
        return list;
    }

    private static List<ResultType> resultTypes(ServiceContent c, Checks checks) {
        List<ResultType> list = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int row = 0;
        for (ServiceContent.ResultTypeData result : c.resultTypes()) {
            row++;
            String nameLv = Checks.clean(result.nameLv());
            checks.that(nameLv != null, "resultTypes", "service.result.nameRequired", row);
            String code = uniqueCode(Checks.clean(result.code()) == null ? slug(nameLv) : slug(result.code()), codes);
            list.add(new ResultType(code, nameLv, Checks.clean(result.nameEn()), result.sentToEAddress()));
        }
        return list;
    }

    private static List<IntakeField> intakeForm(ServiceContent c, Checks checks) {
        List<IntakeField> list = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int row = 0;
        for (ServiceContent.FieldData field : c.intakeForm()) {
            row++;
            String label = Checks.clean(field.labelLv());
            checks.that(label != null, "intakeForm", "service.field.labelRequired", row)
                    .that(field.type() != null, "intakeForm", "service.field.typeRequired", row);
            List<String> choices = field.choices() == null
                    ? List.of()
                    : new ArrayList<>(new LinkedHashSet<>(field.choices().stream()
                            .map(Checks::clean)
                            .filter(java.util.Objects::nonNull)
                            .toList()));
            checks.that(
                    field.type() != FieldType.CHOICE || choices.size() >= 2,
                    "intakeForm",
                    "service.field.choices",
                    row);
            String code = uniqueCode(Checks.clean(field.code()) == null ? slug(label) : slug(field.code()), codes);
            list.add(new IntakeField(
                    code,
                    label,
                    Checks.clean(field.labelEn()),
                    field.type(),
                    field.required(),
                    Checks.clean(field.helpLv()),
                    Checks.clean(field.helpEn()),
                    field.type() == FieldType.CHOICE ? choices : List.of()));
        }
        return list;
    }

    /** What a version lacks before it may be published, each as a problem on its field. */
    void checkComplete(Checks checks) {
        checks.that(description().lv() != null, "descriptionLv", "service.publish.descriptionRequired")
                .that(function().lv() != null, "functionLv", "service.publish.functionRequired")
                .that(territory().lv() != null, "territoryLv", "service.publish.territoryRequired")
                .that(!legalActs.isEmpty(), "legalActs", "service.publish.legalActRequired")
                .that(!requestChannels.isEmpty(), "requestChannels", "service.publish.requestChannelRequired")
                .that(!resultChannels.isEmpty(), "resultChannels", "service.publish.resultChannelRequired")
                .that(
                        !requestChannels.contains(Channel.E_SERVICE) || eServiceUrl != null,
                        "eServiceUrl",
                        "service.publish.eServiceUrlRequired")
                .that(deadlineDays != null, "deadlineDays", "service.publish.deadlineRequired")
                .that(!resultTypes.isEmpty(), "resultTypes", "service.publish.resultTypeRequired");
    }

    void publish(LocalDate from, Instant now, String by) {
        this.state = VersionState.PUBLISHED;
        this.validFrom = from;
        this.publishedAt = now;
        this.publishedBy = by;
    }

    /** This version's content, to edit or to start the next version from. */
    public ServiceContent content() {
        return new ServiceContent(
                name.lv(),
                name.en(),
                description().lv(),
                description().en(),
                function().lv(),
                function().en(),
                recipients,
                territory().lv(),
                territory().en(),
                legalActs.stream()
                        .map(a -> new ServiceContent.LegalActData(a.title(), a.article(), a.url()))
                        .toList(),
                steps.stream()
                        .map(s -> new ServiceContent.TextData(s.lv(), s.en()))
                        .toList(),
                documents.stream()
                        .map(d -> new ServiceContent.DocumentData(
                                d.name().lv(), d.name().en(), d.templateFileId(), d.templateName()))
                        .toList(),
                fees.stream()
                        .map(f -> new ServiceContent.FeeData(
                                f.description().lv(),
                                f.description().en(),
                                f.amount().euro(),
                                f.legalBasis()))
                        .toList(),
                Set.copyOf(requestChannels),
                Set.copyOf(resultChannels),
                eServiceUrl,
                deadlineDays,
                deadlineKind,
                normDays,
                suspensionAllowed,
                extensionAllowed,
                maxExtensionDays,
                resultTypes.stream()
                        .map(r -> new ServiceContent.ResultTypeData(
                                r.code(), r.name().lv(), r.name().en(), r.sentToEAddress()))
                        .toList(),
                intakeForm.stream()
                        .map(f -> new ServiceContent.FieldData(
                                f.code(),
                                f.label().lv(),
                                f.label().en(),
                                f.type(),
                                f.required(),
                                f.help().lv(),
                                f.help().en(),
                                f.choices()))
                        .toList(),
                related.stream().map(Service::code).sorted().toList(),
                notice().lv(),
                notice().en(),
                feeBeforeResult);
    }

    private static <T> void replace(List<T> target, List<T> source) {
        target.clear();
        target.addAll(source);
    }

    /** Lower case Latin letters without diacritics: "Dzīvesvietas deklarēšana" is found by "dzivesvieta". */
    static String searchable(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                text.append(' ').append(fold(part));
            }
        }
        return text.length() > 9000 ? text.substring(0, 9000) : text.toString();
    }

    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String slug(String text) {
        if (text == null) {
            return "field";
        }
        String slug = fold(text).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty()) {
            slug = "field";
        }
        return slug.length() > 50 ? slug.substring(0, 50) : slug;
    }

    private static String uniqueCode(String base, Set<String> taken) {
        String code = base;
        for (int i = 2; !taken.add(code); i++) {
            code = base + "_" + i;
        }
        return code;
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public Service service() {
        return service;
    }

    public int number() {
        return number;
    }

    public VersionState state() {
        return state;
    }

    public boolean isDraft() {
        return state == VersionState.DRAFT;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalizedName name() {
        return name;
    }

    public LocalizedText description() {
        return orEmpty(description);
    }

    public LocalizedText function() {
        return orEmpty(function);
    }

    public Recipients recipients() {
        return recipients;
    }

    public LocalizedText territory() {
        return orEmpty(territory);
    }

    public List<LegalAct> legalActs() {
        return Collections.unmodifiableList(legalActs);
    }

    public List<LocalizedText> steps() {
        return Collections.unmodifiableList(steps);
    }

    public List<RequiredDocument> documents() {
        return Collections.unmodifiableList(documents);
    }

    public List<Fee> fees() {
        return Collections.unmodifiableList(fees);
    }

    public Money totalFee() {
        return new Money(fees.stream().mapToLong(f -> f.amount().cents()).sum());
    }

    public Set<Channel> requestChannels() {
        return Collections.unmodifiableSet(requestChannels);
    }

    public Set<Channel> resultChannels() {
        return Collections.unmodifiableSet(resultChannels);
    }

    public String eServiceUrl() {
        return eServiceUrl;
    }

    public Integer deadlineDays() {
        return deadlineDays;
    }

    public DeadlineKind deadlineKind() {
        return deadlineKind;
    }

    public Integer normDays() {
        return normDays;
    }

    /** Whether an application's fees must be paid (or exempted) before its result is recorded. */
    public boolean feeBeforeResult() {
        return feeBeforeResult;
    }

    public boolean suspensionAllowed() {
        return suspensionAllowed;
    }

    public boolean extensionAllowed() {
        return extensionAllowed;
    }

    public Integer maxExtensionDays() {
        return maxExtensionDays;
    }

    public List<ResultType> resultTypes() {
        return Collections.unmodifiableList(resultTypes);
    }

    public List<IntakeField> intakeForm() {
        return Collections.unmodifiableList(intakeForm);
    }

    public Set<Service> related() {
        return Collections.unmodifiableSet(related);
    }

    public LocalizedText notice() {
        return orEmpty(notice);
    }

    /** An embedded text whose columns are all empty loads as {@code null}: read it as an empty one. */
    private static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? LocalizedText.empty() : text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}
