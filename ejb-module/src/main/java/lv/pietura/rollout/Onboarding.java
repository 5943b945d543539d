package lv.pietura.rollout;

import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;
import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.catalogue.Service;
import lv.pietura.catalogue.ServiceStatus;
import lv.pietura.eaddress.AccountKind;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.Role;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.NotFound;
import lv.pietura.training.SandboxWork;

/**
 * An institution's onboarding checklist and the platform's overview of every institution's progress. The platform's
 * administrators see and tick every institution's; an institution's administrator sees their own (another's is not
 * found). Each step that Pietura can see is read from what is there whenever the checklist is asked for; the others
 * are as ticked.
 */
@Stateless
@RolesAllowed(PLATFORM_ADMIN)
public class Onboarding {

    static final String ENTITY = "Onboarding";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** One step of a checklist: done or not, and for a ticked one its day and note. */
    public record Item(OnboardingStep step, boolean done, LocalDate doneOn, String note) implements Serializable {

        public boolean automatic() {
            return step.automatic();
        }
    }

    /** An institution's checklist, its steps in order. */
    public record Checklist(long institutionId, LocalizedName institution, List<Item> items) implements Serializable {

        public long done() {
            return items.stream().filter(Item::done).count();
        }

        public int total() {
            return items.size();
        }
    }

    /** A line of the overview: how far an institution is, and its go-live day if set. */
    public record Progress(long institutionId, LocalizedName institution, long done, int total, LocalDate goLiveOn)
            implements Serializable {}

    @RolesAllowed({PLATFORM_ADMIN, INSTITUTION_ADMIN})
    public Checklist checklist(long institutionId) {
        Caller caller = callers.current();
        if (!caller.has(Role.PLATFORM_ADMIN) && caller.institutionId() != institutionId) {
            throw new NotFound("institution", institutionId);
        }
        Institution institution = em.find(Institution.class, institutionId);
        if (institution == null) {
            throw new NotFound("institution", institutionId);
        }
        return checklistOf(institution, seen(institutionId), ticked(institutionId));
    }

    /** The caller's own institution's checklist. */
    @RolesAllowed({PLATFORM_ADMIN, INSTITUTION_ADMIN})
    public Checklist mine() {
        return checklist(callers.current().institutionId());
    }

    /** Every institution's progress, the least advanced first. */
    public List<Progress> overview() {
        Map<OnboardingStep, Set<Long>> seen = seen(null);
        Map<Long, List<ManualStep>> ticked = new java.util.HashMap<>();
        em.createQuery("select m from ManualStep m", ManualStep.class)
                .getResultStream()
                .forEach(m -> ticked.computeIfAbsent(m.institutionId(), k -> new ArrayList<>())
                        .add(m));
        return em.createQuery("select i from Institution i where i.trainingOf is null", Institution.class)
                .getResultStream()
                .map(i -> {
                    Checklist c = checklistOf(i, seen, ticked.getOrDefault(i.id(), List.of()));
                    LocalDate goLive = c.items().stream()
                            .filter(item -> item.step() == OnboardingStep.GO_LIVE)
                            .findFirst()
                            .map(Item::doneOn)
                            .orElse(null);
                    return new Progress(i.id(), i.name(), c.done(), c.total(), goLive);
                })
                .sorted(Comparator.comparingLong(Progress::done)
                        .thenComparing(p -> p.institution().lv()))
                .toList();
    }

    /** Ticks a step Pietura cannot see for itself, with its day and a note (again: the new day and note); audited. */
    public void tick(long institutionId, OnboardingStep step, LocalDate doneOn, String note) {
        Caller caller = callers.current();
        if (em.find(Institution.class, institutionId) == null) {
            throw new NotFound("institution", institutionId);
        }
        ManualStep next =
                ManualStep.ticked(institutionId, step, doneOn, note, caller.username(), clock.instant(), today());
        remove(institutionId, step);
        em.flush();
        em.persist(next);
        audit.record(
                caller.actor(),
                AuditAction.UPDATE,
                ENTITY,
                institutionId,
                institutionId,
                step + " done on " + doneOn + (next.note() == null ? "" : ": " + next.note()));
    }

    /** Takes a tick back; audited. */
    public void untick(long institutionId, OnboardingStep step) {
        Caller caller = callers.current();
        if (remove(institutionId, step) > 0) {
            audit.record(caller.actor(), AuditAction.UPDATE, ENTITY, institutionId, institutionId, step + " not done");
        }
    }

    private int remove(long institutionId, OnboardingStep step) {
        return em.createQuery("delete from ManualStep m where m.institutionId = :i and m.step = :s")
                .setParameter("i", institutionId)
                .setParameter("s", step)
                .executeUpdate();
    }

    @Inject
    SandboxWork training;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.RIGA));
    }

    private List<ManualStep> ticked(long institutionId) {
        return em.createQuery("select m from ManualStep m where m.institutionId = :i", ManualStep.class)
                .setParameter("i", institutionId)
                .getResultList();
    }

    private static Checklist checklistOf(
            Institution institution, Map<OnboardingStep, Set<Long>> seen, List<ManualStep> ticked) {
        List<Item> items = new ArrayList<>();
        for (OnboardingStep step : OnboardingStep.values()) {
            if (step.automatic()) {
                items.add(new Item(step, seen.get(step).contains(institution.id()), null, null));
            } else {
                ManualStep tick = ticked.stream()
                        .filter(m -> m.step() == step)
                        .findFirst()
                        .orElse(null);
                // staff trained is also seen: every trainee of the institution's sandbox has done every journey
                boolean seenDone = seen.getOrDefault(step, Set.of()).contains(institution.id());
                items.add(new Item(
                        step,
                        tick != null || seenDone,
                        tick == null ? null : tick.doneOn(),
                        tick == null ? null : tick.note()));
            }
        }
        return new Checklist(institution.id(), institution.name(), List.copyOf(items));
    }

    /**
     * For each step Pietura sees, the institutions that have done it: one query a step, for every institution
     * ({@code only} null) or for one.
     */
    private Map<OnboardingStep, Set<Long>> seen(Long only) {
        LocalDate today = today();
        Map<OnboardingStep, Set<Long>> seen = new EnumMap<>(OnboardingStep.class);
        seen.put(
                OnboardingStep.AGREEMENT,
                ids("select distinct a.institution.id from Agreement a where 1 = 1", "a.institution.id", only));
        seen.put(
                OnboardingStep.EADDRESS_ACCOUNT,
                ids(
                        "select a.institutionId from EAddressAccount a where a.kind = :kind"
                                + " and a.institutionId is not null",
                        "a.institutionId",
                        only,
                        "",
                        Map.of("kind", AccountKind.INSTITUTION)));
        seen.put(
                OnboardingStep.ADMINISTRATOR,
                ids(
                        "select distinct s.institution.id from StaffAccount s where s.active = true"
                                + " and :role member of s.roles",
                        "s.institution.id",
                        only,
                        "",
                        Map.of("role", Role.INSTITUTION_ADMIN)));
        Set<Long> published = new HashSet<>();
        var services = em.createQuery(
                "select s from Service s join fetch s.holder" + (only == null ? "" : " where s.holder.id = :only"),
                Service.class);
        if (only != null) {
            services.setParameter("only", only);
        }
        services.getResultStream()
                .filter(s -> s.statusOn(today) == ServiceStatus.PUBLISHED)
                .forEach(s -> published.add(s.holder().id()));
        seen.put(OnboardingStep.SERVICES_PUBLISHED, published);
        seen.put(
                OnboardingStep.STAFF_IMPORTED,
                ids(
                        "select s.institution.id from StaffAccount s where s.active = true",
                        "s.institution.id",
                        only,
                        " group by s.institution.id having count(s) > 1",
                        Map.of()));
        seen.put(
                OnboardingStep.STAFF_SIGNED_IN,
                ids(
                        "select distinct s.institution.id from StaffAccount s where s.lastSignInAt is not null",
                        "s.institution.id",
                        only));
        Set<Long> cases = ids(
                "select distinct c.handlingInstitution.id from ServiceCase c where 1 = 1",
                "c.handlingInstitution.id",
                only);
        cases.addAll(ids(
                "select distinct c.registeringInstitution.id from ServiceCase c where 1 = 1",
                "c.registeringInstitution.id",
                only));
        seen.put(OnboardingStep.FIRST_CASE, cases);
        seen.put(OnboardingStep.STAFF_TRAINED, training.trainedInstitutions(only));
        return seen;
    }

    /** The institution ids a query finds, narrowed to {@code only} (by its {@code column}) when one is named. */
    private Set<Long> ids(String jpql, String column, Long only) {
        return ids(jpql, column, only, "", Map.of());
    }

    private Set<Long> ids(String jpql, String column, Long only, String tail, Map<String, Object> parameters) {
        var query = em.createQuery(jpql + (only == null ? "" : " and " + column + " = :only") + tail, Long.class);
        parameters.forEach(query::setParameter);
        if (only != null) {
            query.setParameter("only", only);
        }
        return new HashSet<>(query.getResultList());
    }
}
