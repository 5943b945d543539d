package lv.pietura.organisation;

import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;
import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;
import static lv.pietura.shared.RoleNames.STAFF;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Consumer;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.audit.Changes;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.Checks;
import lv.pietura.shared.ConcurrentChange;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.RuleViolation;

/**
 * Customer service centres. Their names, addresses and hours are public facts, readable by every
 * signed-in role; only platform administrators open, change and close them.
 */
@Stateless
@RolesAllowed(PLATFORM_ADMIN)
public class CentreAdministration {

    static final String ENTITY = "Centre";

    @Inject
    CentreRepository centres;

    @Inject
    InstitutionRepository institutions;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    @RolesAllowed(STAFF)
    public Page<CentreView> find(CentreFilter filter, PageRequest page) {
        return centres.page(filter, page).map(CentreView::of);
    }

    @RolesAllowed(STAFF)
    public CentreView get(long id) {
        return CentreView.of(centres.get(id));
    }

    /** The open centres an institution runs, to place its staff in. */
    @RolesAllowed({PLATFORM_ADMIN, INSTITUTION_ADMIN})
    public List<CentreView> activeCentresOf(long institutionId) {
        if (!callers.current().changeScope().includes(institutionId)) {
            throw new AccessDenied("tenant.otherInstitution");
        }
        return centres.activeOf(institutionId).stream().map(CentreView::of).toList();
    }

    public long open(CentreDetails details) {
        Centre centre = new Centre(
                details.name(), municipality(details), details.address(), details.type(), details.openingHours());
        requireUniqueName(details.name(), null);
        centres.store(centre);
        em.flush();
        audit.record(
                callers.current().actor(),
                AuditAction.CREATE,
                ENTITY,
                centre.id(),
                centre.municipality().id(),
                Changes.of()
                        .value("name", centre.name())
                        .value("municipality", centre.municipality().name().lv())
                        .value("type", centre.type())
                        .value("address", centre.address())
                        .value("openingHours", centre.openingHours())
                        .toString());
        return centre.id();
    }

    public void change(long id, int expectedVersion, CentreDetails details) {
        Centre centre = centres.get(id);
        ConcurrentChange.requireVersion(centre.version(), expectedVersion);
        requireUniqueName(details.name(), id);
        Changes changes = Changes.of()
                .field("name", centre.name(), Checks.clean(details.name()))
                .field("address", centre.address(), Checks.clean(details.address()))
                .field("type", centre.type(), details.type())
                .field("municipalityId", centre.municipality().id(), details.municipalityId());
        List<OpeningHours> hoursBefore = List.copyOf(centre.openingHours());
        centre.describe(
                details.name(), municipality(details), details.address(), details.type(), details.openingHours());
        changes.field("openingHours", hoursBefore, centre.openingHours());
        ConcurrentChange.flush(em);
        if (!changes.isEmpty()) {
            audit.record(
                    callers.current().actor(),
                    AuditAction.UPDATE,
                    ENTITY,
                    id,
                    centre.municipality().id(),
                    changes.toString());
        }
    }

    public void close(long id) {
        change(id, Centre::close, "active: true -> false");
    }

    public void reopen(long id) {
        change(id, Centre::reopen, "active: false -> true");
    }

    private void change(long id, Consumer<Centre> step, String detail) {
        Centre centre = centres.get(id);
        step.accept(centre);
        ConcurrentChange.flush(em);
        audit.record(
                callers.current().actor(),
                AuditAction.UPDATE,
                ENTITY,
                id,
                centre.municipality().id(),
                detail);
    }

    private Institution municipality(CentreDetails details) {
        return details.municipalityId() == null ? null : institutions.get(details.municipalityId());
    }

    private void requireUniqueName(String name, Long exceptId) {
        if (name != null && !name.isBlank() && centres.nameTaken(name, exceptId)) {
            throw RuleViolation.ofField("name", "centre.duplicateName", name.strip());
        }
    }
}
