package lv.pietura.catalogue;

import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;
import static lv.pietura.shared.RoleNames.SERVICE_MANAGER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.files.FileHandle;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.Choice;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;

/**
 * The published catalogue: what every centre, portal and client may read. {@code @PermitAll} on purpose:
 * only versions in force are shown, never drafts. Deciding the minimum service basket is for platform
 * administrators alone.
 */
@Stateless
@PermitAll
public class ServiceDirectory {

    @Inject
    ServiceRepository services;

    @Inject
    CpsvApExport cpsvAp;

    @Inject
    FileStore files;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    public Page<ServiceSummary> search(ServiceFilter filter, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return services.inForce(filter, today, page).map(v -> ServiceSummary.of(v.service(), v, today));
    }

    /** The catalogue card clients are served under today. */
    public ServiceCard inForce(String code) {
        LocalDate today = LocalDate.now(clock);
        Service service = code == null
                ? null
                : services.withCode(code.strip().toUpperCase()).orElse(null);
        ServiceVersion version =
                service == null ? null : service.versionInForceOn(today).orElse(null);
        if (version == null) {
            throw new NotFound("service", code);
        }
        return ServiceCard.of(service, version, today);
    }

    /** Institutions with services in the published catalogue, for the holder filter. */
    public List<Choice> holders() {
        return services.holdersInForce(LocalDate.now(clock)).stream()
                .map(row -> new Choice((Long) row[0], LocalizedName.of((String) row[1], (String) row[2])))
                .toList();
    }

    public JsonObject cpsvAp(String baseUri) {
        LocalDate today = LocalDate.now(clock);
        List<ServiceCard> cards = services.publishedInForce(today).stream()
                .map(s -> ServiceCard.of(s, s.versionInForceOn(today).orElseThrow(), today))
                .toList();
        return cpsvAp.catalogue(cards, baseUri);
    }

    /**
     * A form template: anyone may download one of a version in force; a service manager also those of
     * their institution's drafts and earlier versions.
     */
    public FileRef templateInfo(String fileId) {
        LocalDate today = LocalDate.now(clock);
        boolean allowed = services.fileReferencedInForce(fileId, today)
                || session.isCallerInRole(SERVICE_MANAGER)
                        && services.fileReferencedBy(fileId, callers.current().institutionId());
        FileHandle handle = allowed ? files.handle(fileId).orElse(null) : null;
        if (handle == null) {
            throw new NotFound("file", fileId);
        }
        return handle.ref();
    }

    public InputStream openTemplate(String fileId) {
        return files.open(templateInfo(fileId).sha256());
    }

    @RolesAllowed(PLATFORM_ADMIN)
    public void placeInBasket(String code, boolean inBasket) {
        Service service = services.withCode(code).orElseThrow(() -> new NotFound("service", code));
        boolean before = service.inMinimumBasket();
        service.placeInBasket(inBasket);
        em.flush();
        if (before != inBasket) {
            audit.record(
                    callers.current().actor(),
                    AuditAction.UPDATE,
                    ServiceManagement.ENTITY,
                    service.id(),
                    service.holder().id(),
                    "inMinimumBasket: " + before + " -> " + inBasket);
        }
    }
}
