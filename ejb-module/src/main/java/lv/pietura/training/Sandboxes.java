package lv.pietura.training;

import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;
import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;
import static lv.pietura.shared.RoleNames.STAFF;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.catalogue.Service;
import lv.pietura.catalogue.ServiceCode;
import lv.pietura.catalogue.ServiceVersion;
import lv.pietura.eaddress.MailboxGrant;
import lv.pietura.eaddress.MailboxRight;
import lv.pietura.eaddress.TrainingMailboxes;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.CentreType;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.OpeningHours;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.organisation.TemporaryPasswords;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.ConcurrentChange;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;
import lv.pietura.visits.BookingPlan;

/**
 * An institution's training sandbox, as its administrator (the trainer) keeps it: opened (and brought up to date with
 * the real centres and published services), trainee accounts given to its staff, reset, and the trainees' progress.
 */
@Stateless
@RolesAllowed({PLATFORM_ADMIN, INSTITUTION_ADMIN})
public class Sandboxes {

    static final String ENTITY = "TrainingSandbox";

    /** What a trainee account's name adds to its staff member's. */
    public static final String TRAINEE_SUFFIX = StaffAccount.TRAINEE_SUFFIX;

    /** The centre of a sandbox whose institution has none, and where it is. */
    static final String PRACTICE_CENTRE = "Mācību centrs";

    private static final String PRACTICE_ADDRESS = "Mācību vide (izdomāta adrese)";
    /** The roles a trainee practises in: their own, but none that reaches beyond the institution. */
    private static final Set<Role> PRACTISED =
            EnumSet.of(Role.INSTITUTION_ADMIN, Role.SERVICE_MANAGER, Role.CLERK, Role.SPECIALIST);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    TrainingMailboxes mailboxes;

    @Inject
    SandboxWork work;

    /** A sandbox as its trainer sees it. */
    public record SandboxView(
            long id,
            LocalizedName name,
            String eAddress,
            List<String> centres,
            List<String> services,
            List<MadeUpClient> clients,
            List<Trainee> trainees)
            implements Serializable {}

    /** A trainee and the journeys they have done. */
    public record Trainee(
            long id,
            String username,
            String fullName,
            Set<Role> roles,
            boolean active,
            Map<TrainingJourney, Instant> done)
            implements Serializable {

        /** The journeys their roles ask of them, in order. */
        public List<TrainingJourney> expected() {
            return List.copyOf(TrainingJourney.expectedOf(roles));
        }

        /** Every journey their roles ask of them is done. */
        public boolean completed() {
            return done.keySet().containsAll(TrainingJourney.expectedOf(roles));
        }
    }

    /** A staff member of the real institution who has no trainee account, or one that was ended. */
    public record Candidate(long staffId, String username, String fullName) implements Serializable {}

    /** Whether the caller works in a training sandbox (the pages say so on every page). */
    @RolesAllowed(STAFF)
    public boolean inTraining() {
        return institution(callers.current().institutionId()).training();
    }

    /** The caller's institution's sandbox, if it has been opened. */
    public Optional<SandboxView> mine() {
        return sandboxOf(real(callers.current())).map(this::view);
    }

    /**
     * Opens the caller's institution's sandbox, or brings an open one up to date: the real institution's centres and the
     * services in force today that are not there yet are copied in (a service offered at every centre of the sandbox),
     * a copy whose real service has changed since gets the new content as its next version,
     * the made-up clients are there, and a made-up client's message waits in its mailbox. Audited.
     */
    public long open() {
        Caller caller = callers.current();
        Institution real = real(caller);
        LocalDate today = today();
        Instant now = clock.instant();
        Institution sandbox = sandboxOf(real).orElseGet(() -> {
            Institution made = Institution.trainingSandboxOf(real, freeNumber(real), today);
            em.persist(made);
            return made;
        });
        long account = mailboxes.accountOf(sandbox.id());
        List<Centre> centres = copyCentres(real, sandbox);
        int services = copyServices(real, sandbox, centres, today, now, caller.username());
        work.madeUpClients();
        if (!mailboxes.anythingFor(account)) {
            work.firstMessage(account);
        }
        audited(
                caller,
                AuditAction.UPDATE,
                sandbox.id(),
                "opened or brought up to date: " + services + " services copied or updated");
        return sandbox.id();
    }

    /** The staff of the real institution who could get a trainee account. */
    public List<Candidate> candidates() {
        Institution real = real(callers.current());
        Set<Long> trainees = sandboxOf(real)
                .map(s -> traineesOf(s).stream()
                        .filter(StaffAccount::active)
                        .map(StaffAccount::traineeOf)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        return em.createQuery(
                        "select s from StaffAccount s where s.institution = :i and s.active = true order by s.fullName",
                        StaffAccount.class)
                .setParameter("i", real)
                .getResultStream()
                .filter(s -> !trainees.contains(s.id()) && s.roles().stream().anyMatch(PRACTISED::contains))
                .map(s -> new Candidate(s.id(), s.username(), s.fullName()))
                .toList();
    }

    /**
     * Gives a staff member of the caller's institution a trainee account in its sandbox, in the roles they work in
     * (a consultant at the sandbox's copy of their centre); the temporary password is for the trainer to hand over.
     * A trainee account that was ended is given back (its journeys done stay), with a new temporary password.
     * Someone else's staff member and a missing one alike are not found. Audited.
     */
    public char[] addTrainee(long staffId) {
        Caller caller = callers.current();
        Institution real = real(caller);
        Institution sandbox = sandboxOf(real).orElseThrow(() -> new RuleViolation("training.notOpened"));
        StaffAccount staff = em.find(StaffAccount.class, staffId);
        if (staff == null || !staff.institution().id().equals(real.id()) || !staff.active()) {
            throw new NotFound("staff", staffId);
        }
        StaffAccount earlier = traineesOf(sandbox).stream()
                .filter(t -> Long.valueOf(staffId).equals(t.traineeOf()))
                .findFirst()
                .orElse(null);
        if (earlier != null && earlier.active()) {
            throw RuleViolation.ofField("staff", "training.trainee.exists", staff.username());
        }
        Set<Role> roles = staff.roles().stream().filter(PRACTISED::contains).collect(Collectors.toSet());
        if (roles.isEmpty()) {
            throw RuleViolation.ofField("staff", "training.trainee.noRoles", staff.username());
        }
        Centre centre = null;
        if (centresOf(real).isEmpty()) { // at the practice centre everyone is a consultant too: they make their cases
            roles.add(Role.CLERK);
        }
        if (roles.contains(Role.CLERK)) {
            List<Centre> centres = centresOf(sandbox);
            String own = staff.centre() == null ? null : staff.centre().name();
            centre = centres.stream()
                    .filter(c -> c.name().equals(own))
                    .findFirst()
                    .orElse(centres.isEmpty() ? null : centres.get(0));
            if (centre == null) {
                roles.remove(Role.CLERK); // no centre to practise at: a consultant's journeys are not there to do
                if (roles.isEmpty()) {
                    throw RuleViolation.ofField("staff", "training.trainee.noCentre", staff.username());
                }
            }
        }
        char[] password = TemporaryPasswords.generate(staff.username() + StaffAccount.TRAINEE_SUFFIX);
        if (earlier != null) {
            earlier.traineeGivenAgain(staff, centre, roles, password, clock.instant());
            ConcurrentChange.flush(em);
            audited(caller, AuditAction.UPDATE, sandbox.id(), "trainee " + earlier.username() + " given again");
            return password;
        }
        StaffAccount trainee = StaffAccount.traineeOf(staff, sandbox, centre, roles, password, clock.instant());
        em.persist(trainee);
        for (MailboxRight right : MailboxRight.values()) {
            em.persist(new MailboxGrant(trainee, right, clock.instant(), caller.username()));
        }
        em.flush();
        audited(caller, AuditAction.CREATE, sandbox.id(), "trainee " + trainee.username());
        return password;
    }

    /**
     * Ends a trainee account of the caller's institution's sandbox: it signs in no more, and a session it has ends at
     * its next request; its journeys done stay on the trainer's page, and the staff member can be given it again.
     * Another sandbox's trainee and a missing one alike are not found. Audited.
     */
    public void endTrainee(long traineeId) {
        Caller caller = callers.current();
        Institution real = real(caller);
        Institution sandbox = sandboxOf(real).orElseThrow(() -> new NotFound("trainee", traineeId));
        StaffAccount trainee = em.find(StaffAccount.class, traineeId);
        if (trainee == null
                || trainee.traineeOf() == null
                || !trainee.institution().id().equals(sandbox.id())) {
            throw new NotFound("trainee", traineeId);
        }
        if (!trainee.active()) {
            throw new RuleViolation("training.trainee.endedAlready", trainee.username());
        }
        trainee.deactivate();
        ConcurrentChange.flush(em);
        audited(caller, AuditAction.UPDATE, sandbox.id(), "trainee " + trainee.username() + " ended");
    }

    /** Clears the sandbox's cases, messages and bookings (the trainees' progress stays); audited. */
    public void reset() {
        Caller caller = callers.current();
        Institution real = real(caller);
        Institution sandbox = sandboxOf(real).orElseThrow(() -> new RuleViolation("training.notOpened"));
        int[] cleared = work.resetWithFirstMessage(sandbox.id());
        audited(
                caller,
                AuditAction.DELETE,
                sandbox.id(),
                "reset: " + cleared[0] + " cases, " + cleared[1] + " messages");
    }

    // ---- inside ----

    /** An audit entry of the caller's on the sandbox {@code sandboxId}, in the real institution's trail. */
    private void audited(Caller caller, AuditAction action, long sandboxId, String detail) {
        audit.record(caller.actor(), action, ENTITY, sandboxId, caller.institutionId(), detail);
    }

    private Institution real(Caller caller) {
        Institution mine = institution(caller.institutionId());
        if (mine.training()) {
            throw new RuleViolation("training.inSandbox"); // a sandbox has no sandbox; its trainer is in the real one
        }
        return mine;
    }

    private Institution institution(long id) {
        return Optional.ofNullable(em.find(Institution.class, id)).orElseThrow(() -> new NotFound("institution", id));
    }

    private Optional<Institution> sandboxOf(Institution real) {
        return em.createQuery("select i from Institution i where i.trainingOf = :r", Institution.class)
                .setParameter("r", real.id())
                .getResultStream()
                .findFirst();
    }

    private List<StaffAccount> traineesOf(Institution sandbox) {
        return em.createQuery(
                        "select s from StaffAccount s where s.institution = :i and s.traineeOf is not null"
                                + " order by s.fullName",
                        StaffAccount.class)
                .setParameter("i", sandbox)
                .getResultList();
    }

    private List<Centre> centresOf(Institution institution) {
        return em.createQuery(
                        "select c from Centre c where c.municipality = :m and c.active = true order by c.name",
                        Centre.class)
                .setParameter("m", institution)
                .getResultList();
    }

    /**
     * A registration number no real body has: {@code 99} (no register gives numbers so), the real one's last eight
     * digits, and a check digit chosen so the number is valid.
     */
    private RegistrationNumber freeNumber(Institution real) {
        String stem = "99" + real.registrationNumber().value().substring(3);
        for (int tries = 0; ; tries++) { // a stem taken already: another, made from the institution's id
            for (int last = 0; last <= 9; last++) {
                String candidate = stem + last;
                if (RegistrationNumber.isValid(candidate) && !numberTaken(candidate)) {
                    return RegistrationNumber.of(candidate);
                }
            }
            stem = String.format("99%08d", (real.id() * 7919 + tries) % 100_000_000L);
        }
    }

    private boolean numberTaken(String number) {
        return em.createQuery("select count(i) from Institution i where i.registrationNumber = :n", Long.class)
                        .setParameter("n", number)
                        .getSingleResult()
                > 0;
    }

    private List<Centre> copyCentres(Institution real, Institution sandbox) {
        List<Centre> copies = new ArrayList<>(centresOf(sandbox));
        if (centresOf(real).isEmpty()) { // a holder without centres: one to practise at, where its trainees register
            if (copies.isEmpty()) {
                Centre practice =
                        new Centre(PRACTICE_CENTRE, sandbox, PRACTICE_ADDRESS, CentreType.COUNTY, practiceHours());
                em.persist(practice);
                copies.add(practice);
            }
            return copies;
        }
        Set<String> there = copies.stream().map(Centre::name).collect(Collectors.toCollection(HashSet::new));
        for (Centre centre : centresOf(real)) {
            if (there.add(centre.name())) {
                Centre copy =
                        new Centre(centre.name(), sandbox, centre.address(), centre.type(), centre.openingHours());
                em.persist(copy);
                em.flush();
                BookingPlan plan = em.find(BookingPlan.class, centre.id());
                if (plan != null) { // its trainees book made-up clients' visits as the real centre's clients book
                    em.persist(new BookingPlan(copy.id(), plan.slotMinutes(), plan.desks(), plan.daysAhead()));
                }
                copies.add(copy);
            }
        }
        return copies;
    }

    /**
     * Copies in the real institution's services in force today that the sandbox lacks, and brings each copy it has to
     * the content of the real one's version in force (a new version of the copy when it changed). How many copies
     * were made or brought up to date.
     */
    private int copyServices(
            Institution real, Institution sandbox, List<Centre> centres, LocalDate today, Instant now, String by) {
        Map<String, Service> there = em.createQuery("select s from Service s where s.holder = :h", Service.class)
                .setParameter("h", sandbox)
                .getResultStream()
                .collect(Collectors.toMap(Service::code, s -> s));
        List<Service> theirs = em.createQuery("select s from Service s where s.holder = :h", Service.class)
                .setParameter("h", real)
                .getResultList();
        int changed = 0;
        for (Service service : theirs) {
            Optional<ServiceVersion> inForce = service.versionInForceOn(today);
            if (inForce.isEmpty()) {
                continue;
            }
            String code = copyCode(service.code());
            Service copy = there.get(code);
            if (copy != null) {
                changed += copy.publishIfChanged(inForce.get().content(), today, now, by) ? 1 : 0;
                continue;
            }
            copy = new Service(ServiceCode.of(code), sandbox, inForce.get().content(), List.of(), now, by);
            copy.publish(today, today, now, by);
            copy.offerAt(Set.copyOf(centres));
            em.persist(copy);
            changed++;
        }
        return changed;
    }

    /** The practice centre's hours: the working week from 8 to 17. */
    private static List<OpeningHours> practiceHours() {
        return Stream.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(17, 0)))
                .toList();
    }

    /** The code of a real service's copy in a sandbox: {@code M-} and the code (cut to the longest a code may be). */
    static String copyCode(String code) {
        String copy = "M-" + code;
        return copy.length() > 40 ? copy.substring(0, 40) : copy;
    }

    private SandboxView view(Institution sandbox) {
        Map<Long, Map<TrainingJourney, Instant>> done = new java.util.HashMap<>();
        for (SandboxWork.Done d : work.done(sandbox.id())) {
            done.computeIfAbsent(d.traineeId(), k -> new java.util.EnumMap<>(TrainingJourney.class))
                    .put(d.journey(), d.at());
        }
        return new SandboxView(
                sandbox.id(),
                sandbox.name(),
                sandbox.eAddress(),
                centresOf(sandbox).stream().map(Centre::name).toList(),
                em.createQuery("select s.code from Service s where s.holder = :h order by s.code", String.class)
                        .setParameter("h", sandbox)
                        .getResultList(),
                MadeUpClient.ALL,
                traineesOf(sandbox).stream()
                        .map(t -> new Trainee(
                                t.id(),
                                t.username(),
                                t.fullName(),
                                t.roles(),
                                t.active(),
                                Map.copyOf(done.getOrDefault(t.id(), Map.of()))))
                        .toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.RIGA));
    }
}
