package lv.pietura.catalogue;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.Institution;
import lv.pietura.shared.Checks;
import lv.pietura.shared.InstitutionOwned;
import lv.pietura.shared.RuleViolation;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A service of an institution (its holder): a stable code and the versions of its catalogue card. At
 * most one draft exists at a time; publishing it fixes the day it comes into force. The version in force
 * on a day is the newest published one whose valid-from day has come, unless the service was withdrawn.
 */
@Entity
@InstitutionOwned
@Table(name = "service")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Service {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_seq")
    @SequenceGenerator(name = "service_seq", sequenceName = "service_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "holder_id")
    private Institution holder;

    /** Part of the minimum service basket every centre offers (decided by platform administrators). */
    @Column(name = "in_minimum_basket", nullable = false)
    private boolean inMinimumBasket;

    /** Centres that offer the service besides those of the basket. */
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ManyToMany
    @JoinTable(
            name = "service_centre",
            joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "centre_id"))
    private Set<Centre> offeredAt = new HashSet<>();

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    /** Years its cases are kept after closing (none: the holder's default). */
    @Column(name = "retention_years")
    private Integer retentionYears;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ServiceVersion> versions = new ArrayList<>();

    protected Service() {}

    /** A new service of the holder, with its first version as a draft. */
    public Service(
            ServiceCode code,
            Institution holder,
            ServiceContent content,
            List<Service> related,
            Instant now,
            String by) {
        this.code = code.value();
        this.holder = holder;
        this.createdAt = now;
        ServiceVersion first = new ServiceVersion(this, 1, now, by);
        first.fill(content, related, now, by);
        versions.add(first);
    }

    public Optional<ServiceVersion> draft() {
        return versions.stream().filter(ServiceVersion::isDraft).findFirst();
    }

    public void reviseDraft(ServiceContent content, List<Service> related, Instant now, String by) {
        draft().orElseThrow(() -> new RuleViolation("service.noDraft")).fill(content, related, now, by);
    }

    /** Starts the next version as a draft holding the latest published content. */
    public ServiceVersion startNewVersion(Instant now, String by) {
        if (draft().isPresent()) {
            throw new RuleViolation("service.draftExists");
        }
        ServiceVersion latest = latestPublished().orElseThrow(() -> new RuleViolation("service.noDraft"));
        ServiceVersion next = new ServiceVersion(this, latest.number() + 1, now, by);
        ServiceContent content = latest.content();
        next.fill(content, List.copyOf(latest.related()), now, by);
        versions.add(next);
        return next;
    }

    /** Drops the draft of a published service. A service never published is deleted instead. */
    public void discardDraft() {
        ServiceVersion draft = draft().orElseThrow(() -> new RuleViolation("service.noDraft"));
        if (latestPublished().isEmpty()) {
            throw new RuleViolation("service.onlyDraft");
        }
        versions.remove(draft);
    }

    public boolean everPublished() {
        return latestPublished().isPresent();
    }

    /**
     * Publishes the draft, in force from {@code from}: not in the past, and after the day the previous
     * version came into force (two versions never start on the same day). A withdrawn service is
     * offered again.
     */
    public ServiceVersion publish(LocalDate from, LocalDate today, Instant now, String by) {
        ServiceVersion draft = draft().orElseThrow(() -> new RuleViolation("service.noDraft"));
        Checks checks = new Checks().present("validFrom", from);
        draft.checkComplete(checks);
        if (from != null) {
            checks.that(!from.isBefore(today), "validFrom", "service.validFrom.past");
            latestPublished()
                    .ifPresent(previous -> checks.that(
                            from.isAfter(previous.validFrom()),
                            "validFrom",
                            "service.validFrom.notAfterPrevious",
                            previous.number(),
                            previous.validFrom()));
        }
        checks.throwIfAny();
        draft.publish(from, now, by);
        withdrawnOn = null;
        return draft;
    }

    /**
     * Publishes {@code content} (related services aside) as the next version unless the latest published version
     * holds it already; in force today, or the day after the latest's first day when that is today or later (two
     * versions never start on the same day). A draft is overwritten by it. Whether a version was published. A
     * training sandbox's copy of a real service is brought up to the real one's content so.
     */
    public boolean publishIfChanged(ServiceContent content, LocalDate today, Instant now, String by) {
        ServiceVersion latest = latestPublished().orElseThrow(() -> new RuleViolation("service.noDraft"));
        // the content as a version holds it (codes given to result types and fields), to compare like with like
        ServiceVersion candidate = new ServiceVersion(this, latest.number() + 1, now, by);
        candidate.fill(content, List.of(), now, by);
        if (candidate.content().equals(latest.content().withRelatedServiceCodes(List.of()))) {
            return false;
        }
        draft().ifPresentOrElse(draft -> draft.fill(content, List.of(), now, by), () -> versions.add(candidate));
        publish(latest.validFrom().isBefore(today) ? today : latest.validFrom().plusDays(1), today, now, by);
        return true;
    }

    /** No longer offered from {@code from} on; its versions stay readable. */
    public void withdraw(LocalDate from, LocalDate today) {
        if (latestPublished().isEmpty()) {
            throw new RuleViolation("service.withdraw.notPublished");
        }
        new Checks()
                .present("withdrawnOn", from)
                .that(from == null || !from.isBefore(today), "withdrawnOn", "service.withdraw.past")
                .throwIfAny();
        this.withdrawnOn = from;
    }

    public void placeInBasket(boolean inBasket) {
        this.inMinimumBasket = inBasket;
    }

    public void offerAt(Set<Centre> centres) {
        if (centres.stream().anyMatch(c -> !c.active())) {
            throw RuleViolation.ofField("centres", "staff.centre.closed");
        }
        offeredAt.clear();
        offeredAt.addAll(centres);
    }

    /** The version clients are served under on {@code day}, if the service is offered then. */
    public Optional<ServiceVersion> versionInForceOn(LocalDate day) {
        if (withdrawnOn != null && !day.isBefore(withdrawnOn)) {
            return Optional.empty();
        }
        return versions.stream()
                .filter(v ->
                        v.state() == VersionState.PUBLISHED && !v.validFrom().isAfter(day))
                .max(Comparator.comparing(ServiceVersion::validFrom));
    }

    public Optional<ServiceVersion> latestPublished() {
        return versions.stream()
                .filter(v -> v.state() == VersionState.PUBLISHED)
                .max(Comparator.comparingInt(ServiceVersion::number));
    }

    public Optional<ServiceVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public ServiceStatus statusOn(LocalDate day) {
        if (latestPublished().isEmpty()) {
            return ServiceStatus.DRAFT;
        }
        if (withdrawnOn != null && !day.isBefore(withdrawnOn)) {
            return ServiceStatus.WITHDRAWN;
        }
        return versionInForceOn(day).isPresent() ? ServiceStatus.PUBLISHED : ServiceStatus.SCHEDULED;
    }

    /** The version to show: the draft if there is one, else the newest published. */
    public ServiceVersion newest() {
        return versions.stream()
                .max(Comparator.comparingInt(ServiceVersion::number))
                .orElseThrow();
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String code() {
        return code;
    }

    public Institution holder() {
        return holder;
    }

    public boolean inMinimumBasket() {
        return inMinimumBasket;
    }

    public Set<Centre> offeredAt() {
        return Collections.unmodifiableSet(offeredAt);
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<ServiceVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    public Integer retentionYears() {
        return retentionYears;
    }

    /** Sets how long its cases are kept after closing; the period was checked against the law. */
    public void keepCasesFor(Integer years) {
        this.retentionYears = years;
    }
}
