package lv.pietura.catalogue;

import static lv.pietura.shared.RoleNames.SERVICE_MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditEventView;
import lv.pietura.audit.AuditLog;
import lv.pietura.audit.Changes;
import lv.pietura.files.FileKinds;
import lv.pietura.files.FilePurpose;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.RetentionPolicy;
import lv.pietura.organisation.TenantScope;
import lv.pietura.shared.Checks;
import lv.pietura.shared.ConcurrentChange;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.RuleViolation;

/**
 * A holder's service managers describe, version and publish their institution's services. A service of
 * another institution does not exist for them: they can neither read its drafts nor change it.
 */
@Stateless
@RolesAllowed(SERVICE_MANAGER)
public class ServiceManagement {

    static final String ENTITY = "Service";
    public static final long MAX_TEMPLATE_BYTES = 10L * 1024 * 1024;

    @Inject
    ServiceRepository services;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Inject
    RetentionPolicy retention;

    @PersistenceContext
    EntityManager em;

    public Page<ServiceSummary> find(ServiceFilter filter, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        // A list shows what clients see (the version in force, else the newest published); a draft is a badge.
        return services.ofInstitution(own(), filter, page)
                .map(s -> ServiceSummary.of(
                        s, s.versionInForceOn(today).or(s::latestPublished).orElse(s.newest()), today));
    }

    /** The draft, or the newest published version when there is no draft. */
    public ServiceCard get(long id) {
        Service service = services.get(id, own());
        return ServiceCard.of(service, service.newest(), LocalDate.now(clock));
    }

    public ServiceCard version(long id, int number) {
        Service service = services.get(id, own());
        return ServiceCard.of(
                service,
                service.version(number).orElseThrow(() -> new NotFound("serviceVersion", number)),
                LocalDate.now(clock));
    }

    public List<VersionInfo> versions(long id) {
        Service service = services.get(id, own());
        LocalDate today = LocalDate.now(clock);
        Integer inForce =
                service.versionInForceOn(today).map(ServiceVersion::number).orElse(null);
        return service.versions().stream()
                .map(v -> VersionInfo.of(v, inForce != null && inForce == v.number()))
                .sorted((a, b) -> Integer.compare(b.number(), a.number()))
                .toList();
    }

    /** Who changed what, newest first. */
    public List<AuditEventView> changes(long id) {
        services.get(id, own());
        return audit.about(ENTITY, id);
    }

    public long create(String code, ServiceContent content) {
        Caller caller = callers.current();
        ServiceCode serviceCode = ServiceCode.of(code);
        services.withCode(serviceCode.value()).ifPresent(existing -> {
            throw RuleViolation.ofField("code", "service.code.taken", serviceCode.value());
        });
        Institution holder = em.find(Institution.class, caller.institutionId());
        checkTemplates(content, caller);
        Service service =
                new Service(serviceCode, holder, content, related(content), clock.instant(), caller.username());
        services.store(service);
        em.flush();
        audit.record(
                caller.actor(),
                AuditAction.CREATE,
                ENTITY,
                service.id(),
                holder.id(),
                Changes.of()
                        .value("code", service.code())
                        .value("nameLv", content.nameLv())
                        .toString());
        return service.id();
    }

    public void saveDraft(long id, int draftVersion, ServiceContent content) {
        Caller caller = callers.current();
        Service service = services.get(id, own());
        ServiceVersion draft = service.draft().orElseThrow(() -> new RuleViolation("service.noDraft"));
        ConcurrentChange.requireVersion(draft.version(), draftVersion);
        ServiceContent before = draft.content();
        checkTemplates(content, caller);
        service.reviseDraft(content, related(content), clock.instant(), caller.username());
        ConcurrentChange.flush(em);
        Changes changes = ContentChanges.between(before, draft.content());
        if (!changes.isEmpty()) {
            audit.record(
                    caller.actor(),
                    AuditAction.UPDATE,
                    ENTITY,
                    id,
                    service.holder().id(),
                    "version " + draft.number() + ": " + changes);
        }
    }

    public void startNewVersion(long id) {
        Caller caller = callers.current();
        Service service = services.get(id, own());
        ServiceVersion next = service.startNewVersion(clock.instant(), caller.username());
        ConcurrentChange.flush(em);
        audit.record(
                caller.actor(),
                AuditAction.CREATE,
                ENTITY,
                id,
                service.holder().id(),
                "version " + next.number() + " started from version " + (next.number() - 1));
    }

    /** Drops the draft; a service that was never published is deleted with it. */
    public void discardDraft(long id) {
        Caller caller = callers.current();
        Service service = services.get(id, own());
        if (!service.everPublished()) {
            services.remove(service);
            ConcurrentChange.flush(em);
            audit.record(
                    caller.actor(),
                    AuditAction.DELETE,
                    ENTITY,
                    id,
                    service.holder().id(),
                    "code=" + service.code());
            return;
        }
        int number = service.draft().map(ServiceVersion::number).orElse(0);
        service.discardDraft();
        ConcurrentChange.flush(em);
        audit.record(
                caller.actor(), AuditAction.DELETE, ENTITY, id, service.holder().id(), "draft version " + number);
    }

    public void publish(long id, LocalDate validFrom) {
        Caller caller = callers.current();
        Service service = services.get(id, own());
        ServiceVersion published = service.publish(validFrom, LocalDate.now(clock), clock.instant(), caller.username());
        ConcurrentChange.flush(em);
        audit.record(
                caller.actor(),
                AuditAction.PUBLISH,
                ENTITY,
                id,
                service.holder().id(),
                "version " + published.number() + " valid from " + validFrom);
    }

    public void withdraw(long id, LocalDate from) {
        Caller caller = callers.current();
        Service service = services.get(id, own());
        service.withdraw(from, LocalDate.now(clock));
        ConcurrentChange.flush(em);
        audit.record(
                caller.actor(),
                AuditAction.WITHDRAW,
                ENTITY,
                id,
                service.holder().id(),
                "from " + from);
    }

    public void offerAt(long id, Set<Long> centreIds) {
        Caller caller = callers.current();
        Service service = services.get(id, own());
        Set<Centre> centres = new HashSet<>();
        for (Long centreId : centreIds) {
            Centre centre = em.find(Centre.class, centreId);
            if (centre == null) {
                throw new NotFound("centre", centreId);
            }
            centres.add(centre);
        }
        Changes changes = Changes.of()
                .field(
                        "centres",
                        service.offeredAt().stream().map(Centre::name).sorted().toList(),
                        centres.stream().map(Centre::name).sorted().toList());
        service.offerAt(centres);
        ConcurrentChange.flush(em);
        if (!changes.isEmpty()) {
            audit.record(
                    caller.actor(),
                    AuditAction.UPDATE,
                    ENTITY,
                    id,
                    service.holder().id(),
                    changes.toString());
        }
    }

    /** How long the service's cases are kept: its own period, its institution's default, the legal minimum. */
    public record Retention(Integer serviceYears, int institutionYears, int minimumYears) implements Serializable {}

    public Retention retention(long id) {
        Service service = services.get(id, own());
        Integer institution = service.holder().retentionYears();
        return new Retention(
                service.retentionYears(),
                institution == null ? retention.defaultYears() : institution,
                retention.minimumYears());
    }

    /** Sets how many years after closing the service's cases are kept; none: the institution's default. */
    public void keepCasesFor(long id, Integer years) {
        Caller caller = callers.current();
        Service service = services.get(id, own());
        retention.check(years, "retentionYears");
        Changes changes = Changes.of().field("retentionYears", service.retentionYears(), years);
        service.keepCasesFor(years);
        ConcurrentChange.flush(em); // another manager's change at the same time is a refusal, not a fault
        if (!changes.isEmpty()) {
            audit.record(
                    caller.actor(),
                    AuditAction.UPDATE,
                    ENTITY,
                    id,
                    service.holder().id(),
                    changes.toString());
        }
    }

    /** Stores a form template (PDF, Word, OpenDocument, Excel, RTF, as told from the content). */
    public FileRef uploadTemplate(String fileName, InputStream content) {
        return files.store(
                content,
                fileName,
                MAX_TEMPLATE_BYTES,
                FileKinds.FORM_TEMPLATES,
                FilePurpose.FORM_TEMPLATE,
                callers.current().fileOwner());
    }

    /**
     * A form template a catalogue card names must be one the caller uploaded, or one already on a card of their
     * institution: anything else is refused as if it did not exist (once published, a template is public).
     */
    private void checkTemplates(ServiceContent content, Caller caller) {
        for (ServiceContent.DocumentData document : content.documents()) {
            String file = Checks.clean(document.templateFile());
            if (file != null && !services.fileReferencedBy(file, caller.institutionId())) {
                files.claim(
                        List.of(FileRef.named(file, null)), FilePurpose.FORM_TEMPLATE, caller.fileOwner(), "documents");
            }
        }
    }

    private List<Service> related(ServiceContent content) {
        List<String> codes = content.relatedServiceCodes().stream()
                .map(c -> ServiceCode.of(c).value())
                .distinct()
                .toList();
        List<Service> found = services.withCodes(codes);
        if (found.size() != codes.size()) {
            List<String> missing = codes.stream()
                    .filter(c -> found.stream().noneMatch(s -> s.code().equals(c)))
                    .toList();
            throw RuleViolation.ofField("related", "service.related.unknown", String.join(", ", missing));
        }
        return found;
    }

    private TenantScope own() {
        return TenantScope.of(callers.current().institutionId());
    }
}
