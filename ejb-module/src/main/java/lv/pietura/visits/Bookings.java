package lv.pietura.visits;

import static lv.pietura.shared.RoleNames.CLERK;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.calendar.WorkingDays;
import lv.pietura.cases.CaseRef;
import lv.pietura.cases.CaseRegistration;
import lv.pietura.cases.NewCase;
import lv.pietura.catalogue.Service;
import lv.pietura.mail.MailAfterCommit;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.Centre;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.Checks;
import lv.pietura.shared.LatvianDates;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.OneTimeTokens;
import lv.pietura.shared.PublicAddress;
import lv.pietura.shared.RuleViolation;
import lv.pietura.visits.BookingViews.BookableCentre;
import lv.pietura.visits.BookingViews.Booked;
import lv.pietura.visits.BookingViews.BookingRequest;
import lv.pietura.visits.BookingViews.ClientBooking;
import lv.pietura.visits.BookingViews.Day;
import lv.pietura.visits.BookingViews.DayBooking;
import lv.pietura.visits.BookingViews.ForCase;
import lv.pietura.visits.BookingViews.FreeDay;
import lv.pietura.visits.BookingViews.FreeTime;

/**
 * Booked visits. The public side ({@code @PermitAll} on purpose: a client books without signing in; the token of
 * the mailed link is the key to their booking) lists the centres that take bookings, their services and free times,
 * books, and cancels or moves a booking. The centre's side: its consultants keep the plan (the length of a visit, the
 * consultants on duty on an ordinary day and on a given day, how far ahead), see the day's bookings, register the
 * case a booking came for and record who did not come.
 * <p>
 * Booking, moving and the plan's changes take the centre's plan row for update first, so the bookings of one centre
 * are made one after another: of two clients taking the last free desk of a time, one has it and the other is told
 * it was just taken (the unique desk of a time stands behind it).
 */
@Stateless
public class Bookings {

    static final String ENTITY = "Booking";
    private static final Locale LATVIAN = Locale.forLanguageTag("lv");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WorkingDays workingDays;

    @Inject
    CallerContext callers;

    @Inject
    BookingLimits limits;

    @Inject
    AuditLog audit;

    @Inject
    PublicAddress address;

    @Inject
    Event<MailAfterCommit.Mailed> mail;

    @EJB
    CaseRegistration registration;

    // ---- the public side ----

    /**
     * The open centres that take bookings, by name: a training sandbox's only to its own trainees (who book its made-up
     * clients there), never to anyone else.
     */
    @PermitAll
    public List<BookableCentre> centres() {
        return em.createQuery(
                        "select c from Centre c, BookingPlan p where p.centreId = c.id and c.active = true"
                                + " and p.desks > 0 and (c.municipality.trainingOf is null or c.municipality.id = :mine)",
                        Centre.class)
                .setParameter("mine", ownSandbox())
                .getResultStream()
                .map(c -> new BookableCentre(c.id(), c.name(), c.address()))
                .sorted(Comparator.comparing(BookableCentre::name, Collator.getInstance(LATVIAN)))
                .toList();
    }

    /** The days from today that still have a free time at the centre, and how many. */
    @PermitAll
    public List<FreeDay> freeDays(long centreId) {
        Centre centre = bookable(centreId);
        BookingPlan plan = em.find(BookingPlan.class, centreId);
        LocalDate today = LocalDate.now(clock);
        LocalDate last = today.plusDays(plan.daysAhead());
        Map<LocalDate, Map<LocalTime, Integer>> taken = new HashMap<>();
        em.createQuery(
                        "select b.day, b.startsAt, count(b) from Booking b where b.centre.id = :c"
                                + " and b.day between :from and :to and b.desk is not null group by b.day, b.startsAt",
                        Object[].class)
                .setParameter("c", centreId)
                .setParameter("from", today)
                .setParameter("to", last)
                .getResultStream()
                .forEach(r -> taken.computeIfAbsent((LocalDate) r[0], d -> new HashMap<>())
                        .put((LocalTime) r[1], ((Number) r[2]).intValue()));
        List<FreeDay> days = new ArrayList<>();
        for (LocalDate day = today; !day.isAfter(last); day = day.plusDays(1)) {
            int free =
                    free(centre, plan, day, taken.getOrDefault(day, Map.of())).size();
            if (free > 0) {
                days.add(new FreeDay(day, free));
            }
        }
        return days;
    }

    /** The free times of a day at the centre; none on a day it is closed, has passed or is too far ahead. */
    @PermitAll
    public List<FreeTime> freeTimes(long centreId, LocalDate day) {
        Centre centre = bookable(centreId);
        return day == null ? List.of() : free(centre, em.find(BookingPlan.class, centreId), day, taken(centreId, day));
    }

    /**
     * Books the visit: every field checked at once, then the day and time, the limits and a free desk. The confirmation
     * with the link to cancel or move it is mailed once the booking is committed.
     */
    @PermitAll
    public Booked book(BookingRequest request) {
        Checks problems = new Checks();
        Booking.Client client = problems.value(
                () -> new Booking.Client(request.name(), request.email(), request.phone(), request.language()));
        problems.present("centreId", request.centreId())
                .text("serviceCode", request.serviceCode(), 40)
                .present("day", request.day())
                .present("start", request.start())
                .throwIfAny();
        Centre centre = bookable(request.centreId());
        Service service = offered(centre, request.serviceCode());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        long upcoming = em.createQuery(
                        "select count(b) from Booking b where b.email = :e and b.status = :booked and b.day >= :today",
                        Long.class)
                .setParameter("e", client.email())
                .setParameter("booked", BookingStatus.BOOKED)
                .setParameter("today", today)
                .getSingleResult();
        if (upcoming >= limits.perEmail()) {
            throw RuleViolation.ofField("email", "booking.limit.email", upcoming);
        }
        if (request.fromAddress() != null) {
            long recent = em.createQuery(
                            "select count(b) from Booking b where b.bookedFrom = :a and b.bookedAt > :since",
                            Long.class)
                    .setParameter("a", request.fromAddress())
                    .setParameter("since", now.minus(Duration.ofHours(1)))
                    .getSingleResult();
            if (recent >= limits.perAddressHour()) {
                throw new RuleViolation("booking.limit.address");
            }
        }
        // the limits are counted before the lock: two requests of one address at once may both pass the last one
        BookingPlan plan = em.find(BookingPlan.class, centre.id(), LockModeType.PESSIMISTIC_WRITE);
        OpeningTimes.Time time = time(centre, plan, request.day(), request.start());
        String token = OneTimeTokens.fresh();
        Booking booking = new Booking(
                Booking.newReference(),
                centre,
                service,
                request.day(),
                time.start(),
                time.end(),
                freeDesk(plan, request.day(), time),
                client,
                OneTimeTokens.hash(token),
                now,
                request.fromAddress());
        em.persist(booking);
        em.flush();
        mailed(booking, "bookingMade", token);
        return new Booked(view(booking), token);
    }

    /** The booking the token of its link opens. */
    @PermitAll
    public ClientBooking find(String token) {
        return view(byToken(token));
    }

    @PermitAll
    public void cancel(String token) {
        Booking booking = byToken(token);
        booking.cancel(LocalDate.now(clock), LocalTime.now(clock), clock.instant());
        em.flush();
        mailed(booking, "bookingCancelled", null);
    }

    /** Moves the booking to another free time of the same centre; its reference and link stay. */
    @PermitAll
    public ClientBooking move(String token, LocalDate day, LocalTime start) {
        Booking booking = byToken(token);
        if (!booking.changeable(LocalDate.now(clock), LocalTime.now(clock))) {
            throw new RuleViolation("booking.notChangeable");
        }
        new Checks().present("day", day).present("start", start).throwIfAny();
        Centre centre = booking.centre();
        BookingPlan plan = em.find(BookingPlan.class, centre.id(), LockModeType.PESSIMISTIC_WRITE);
        OpeningTimes.Time time = time(centre, plan, day, start);
        booking.moveTo(day, time, freeDesk(plan, day, time, booking), clock.instant());
        em.flush();
        mailed(booking, "bookingMoved", token);
        return view(booking);
    }

    // ---- the centre's side ----

    /** The caller's centre's day: its plan, the consultants on duty, the bookings (audited: they name clients). */
    @RolesAllowed(CLERK)
    public Day day(LocalDate day) {
        Caller caller = callers.current();
        Centre centre = myCentre(caller);
        BookingPlan plan = em.find(BookingPlan.class, centre.id());
        LocalDate today = LocalDate.now(clock);
        LocalTime now = LocalTime.now(clock);
        List<DayBooking> bookings = em.createQuery(
                        "select b from Booking b join fetch b.service where b.centre = :c and b.day = :d"
                                + " order by b.startsAt, b.desk nulls last, b.id",
                        Booking.class)
                .setParameter("c", centre)
                .setParameter("d", day)
                .getResultStream()
                .map(b -> new DayBooking(
                        b.id(),
                        b.reference(),
                        b.startsAt(),
                        b.endsAt(),
                        b.desk(),
                        b.status(),
                        b.clientName(),
                        b.email(),
                        b.phone(),
                        b.service().code(),
                        serviceName(b.service(), day),
                        b.caseId(),
                        b.status() == BookingStatus.BOOKED
                                && (day.isBefore(today)
                                        || day.equals(today) && !b.startsAt().isAfter(now))))
                .toList();
        if (!bookings.isEmpty()) {
            audit.record(
                    caller.actor(),
                    AuditAction.READ_PERSONAL_DATA,
                    ENTITY,
                    null,
                    caller.institutionId(),
                    "the bookings of " + LatvianDates.DATE.format(day) + " at " + centre.name() + ": "
                            + bookings.size());
        }
        if (plan == null) {
            return new Day(centre.id(), centre.name(), day, false, 0, 0, 0, 0, true, false, bookings, 0);
        }
        return new Day(
                centre.id(),
                centre.name(),
                day,
                true,
                plan.slotMinutes(),
                plan.desks(),
                plan.daysAhead(),
                plan.desksOn(day),
                plan.ordinary(day),
                !OpeningTimes.on(day, centre.openingHours(), workingDays.calendar())
                        .isEmpty(),
                bookings,
                free(centre, plan, day, taken(centre.id(), day)).size());
    }

    /** Sets the caller's centre's plan (made on first use): how long a visit, how many consultants, how far ahead. */
    @RolesAllowed(CLERK)
    public void plan(int slotMinutes, int desks, int daysAhead) {
        Caller caller = callers.current();
        Centre centre = myCentre(caller);
        BookingPlan plan = em.find(BookingPlan.class, centre.id(), LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            em.persist(new BookingPlan(centre.id(), slotMinutes, desks, daysAhead));
        } else {
            // the bookings made keep their times and desks; new ones follow the new plan
            plan.describe(slotMinutes, desks, daysAhead);
        }
        em.flush();
        audit.record(
                caller.actor(),
                AuditAction.UPDATE,
                "BookingPlan",
                centre.id(),
                caller.institutionId(),
                "booking plan of " + centre.name() + ": " + slotMinutes + " min, " + desks + " consultants, "
                        + daysAhead + " days ahead");
    }

    /** The consultants on duty for booked visits on {@code day} at the caller's centre; {@code null}: as ordinary. */
    @RolesAllowed(CLERK)
    public void desksOn(LocalDate day, Integer desks) {
        Caller caller = callers.current();
        Centre centre = myCentre(caller);
        BookingPlan plan = em.find(BookingPlan.class, centre.id(), LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            throw new RuleViolation("booking.centre.none");
        }
        if (day == null || day.isBefore(LocalDate.now(clock))) {
            throw RuleViolation.ofField("dayDesks", "booking.day.past");
        }
        plan.desksOn(day, desks);
        em.flush();
        audit.record(
                caller.actor(),
                AuditAction.UPDATE,
                "BookingPlan",
                centre.id(),
                caller.institutionId(),
                "consultants on duty for bookings on " + LatvianDates.DATE.format(day) + ": "
                        + (desks == null ? "as ordinary" : desks));
    }

    /** Records that the client did not come (once the visit's time has begun). */
    @RolesAllowed(CLERK)
    public void noShow(long bookingId) {
        Caller caller = callers.current();
        Booking booking = ofMyCentre(caller, bookingId);
        booking.noShow(LocalDate.now(clock), LocalTime.now(clock), clock.instant(), caller.username());
        em.flush();
        audit.record(
                caller.actor(),
                AuditAction.UPDATE,
                ENTITY,
                bookingId,
                caller.institutionId(),
                "booking " + booking.reference() + ": the client did not come");
    }

    /** What the registration page fills in from a booking of the caller's centre. */
    @RolesAllowed(CLERK)
    public ForCase forCase(long bookingId) {
        Booking booking = ofMyCentre(callers.current(), bookingId);
        return new ForCase(
                booking.id(),
                booking.reference(),
                booking.service().code(),
                booking.clientName(),
                booking.email(),
                booking.phone());
    }

    /**
     * Registers the case the booked client came for, and the booking as attended: both or neither. On the visit's
     * day, or before it when the client comes early; a booking whose day has passed is left as it stands.
     */
    @RolesAllowed(CLERK)
    public CaseRef register(long bookingId, NewCase given) {
        Caller caller = callers.current();
        Booking booking = ofMyCentre(caller, bookingId);
        if (booking.day().isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("booking.dayPassed");
        }
        if (booking.status() != BookingStatus.BOOKED && booking.status() != BookingStatus.NO_SHOW) {
            throw new RuleViolation("booking.notOpen");
        }
        CaseRef registered = registration.register(given);
        booking.attended(registered.id(), clock.instant(), caller.username());
        em.flush();
        return registered;
    }

    // ---- the rules ----

    private List<FreeTime> free(Centre centre, BookingPlan plan, LocalDate day, Map<LocalTime, Integer> taken) {
        LocalDate today = LocalDate.now(clock);
        if (plan == null || day.isBefore(today) || day.isAfter(today.plusDays(plan.daysAhead()))) {
            return List.of();
        }
        int desks = plan.desksOn(day);
        LocalTime now = LocalTime.now(clock);
        return OpeningTimes.visits(
                        OpeningTimes.on(day, centre.openingHours(), workingDays.calendar()), plan.slotMinutes())
                .stream()
                .filter(t -> day.isAfter(today) || t.start().isAfter(now))
                .map(t -> new FreeTime(t.start(), t.end(), desks - taken.getOrDefault(t.start(), 0)))
                .filter(f -> f.free() > 0)
                .toList();
    }

    /** The visit's time of {@code start} on {@code day}, when the centre receives visitors then and it is ahead. */
    private OpeningTimes.Time time(Centre centre, BookingPlan plan, LocalDate day, LocalTime start) {
        LocalDate today = LocalDate.now(clock);
        if (day.isBefore(today) || day.equals(today) && !start.isAfter(LocalTime.now(clock))) {
            throw RuleViolation.ofField("day", "booking.day.past");
        }
        if (day.isAfter(today.plusDays(plan.daysAhead()))) {
            throw RuleViolation.ofField("day", "booking.day.tooFar", plan.daysAhead());
        }
        return OpeningTimes.visits(
                        OpeningTimes.on(day, centre.openingHours(), workingDays.calendar()), plan.slotMinutes())
                .stream()
                .filter(t -> t.start().equals(start))
                .findFirst()
                .orElseThrow(() -> RuleViolation.ofField("start", "booking.time.closed"));
    }

    /** The lowest desk of the time no other booking holds (the plan is locked), or "just taken". */
    private int freeDesk(BookingPlan plan, LocalDate day, OpeningTimes.Time time) {
        return freeDesk(plan, day, time, -1L);
    }

    private int freeDesk(BookingPlan plan, LocalDate day, OpeningTimes.Time time, Booking moving) {
        return freeDesk(plan, day, time, moving.id());
    }

    private int freeDesk(BookingPlan plan, LocalDate day, OpeningTimes.Time time, long except) {
        Set<Integer> held = new HashSet<>(em.createQuery(
                        "select b.desk from Booking b where b.centre.id = :c and b.day = :d and b.startsAt = :s"
                                + " and b.desk is not null and b.id <> :except",
                        Integer.class)
                .setParameter("c", plan.centreId())
                .setParameter("d", day)
                .setParameter("s", time.start())
                .setParameter("except", except)
                .getResultList());
        for (int desk = 1; desk <= plan.desksOn(day); desk++) {
            if (!held.contains(desk)) {
                return desk;
            }
        }
        throw RuleViolation.ofField("start", "booking.time.taken");
    }

    /** How many bookings hold each time of the day. */
    private Map<LocalTime, Integer> taken(long centreId, LocalDate day) {
        Map<LocalTime, Integer> taken = new HashMap<>();
        em.createQuery(
                        "select b.startsAt, count(b) from Booking b where b.centre.id = :c and b.day = :d"
                                + " and b.desk is not null group by b.startsAt",
                        Object[].class)
                .setParameter("c", centreId)
                .setParameter("d", day)
                .getResultStream()
                .forEach(r -> taken.put((LocalTime) r[0], ((Number) r[1]).intValue()));
        return taken;
    }

    /** An open centre with a plan; any other id is answered as not found. */
    private Centre bookable(Long centreId) {
        Centre centre = centreId == null ? null : em.find(Centre.class, centreId);
        if (centre == null
                || !centre.active()
                || em.find(BookingPlan.class, centreId) == null
                || centre.municipality().training() && centre.municipality().id() != ownSandbox()) {
            throw new NotFound("centre", centreId);
        }
        return centre;
    }

    /** The training sandbox the caller is a trainee of, or -1 (a client, a holder, a real institution's staff). */
    private long ownSandbox() {
        try {
            Caller caller = callers.current();
            Centre mine = caller.centreId() == null ? null : em.find(Centre.class, caller.centreId());
            return mine != null && mine.municipality().training()
                    ? mine.municipality().id()
                    : -1L;
        } catch (AccessDenied notStaff) {
            return -1L;
        }
    }

    /** A service in force today and provided at the centre. */
    private Service offered(Centre centre, String code) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select s from Service s where s.code = :code", Service.class)
                .setParameter("code", code.strip())
                .getResultStream()
                .filter(s -> s.versionInForceOn(today).isPresent())
                .filter(s -> s.inMinimumBasket() || s.offeredAt().contains(centre))
                .findFirst()
                .orElseThrow(() -> RuleViolation.ofField("serviceCode", "booking.service.notOffered"));
    }

    private Centre myCentre(Caller caller) {
        if (caller.centreId() == null) {
            throw new AccessDenied("case.register.noCentre");
        }
        return em.find(Centre.class, caller.centreId());
    }

    /** A booking of the caller's centre; another centre's is answered as a missing one. */
    private Booking ofMyCentre(Caller caller, long bookingId) {
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null
                || caller.centreId() == null
                || !booking.centre().id().equals(caller.centreId())) {
            throw new NotFound(ENTITY, bookingId);
        }
        return booking;
    }

    private Booking byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFound(ENTITY, "");
        }
        return em.createQuery("select b from Booking b where b.tokenHash = :h", Booking.class)
                .setParameter("h", OneTimeTokens.hash(token.strip()))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound(ENTITY, ""));
    }

    private LocalizedName serviceName(Service service, LocalDate day) {
        return service.versionInForceOn(day)
                .or(service::latestPublished)
                .orElse(service.newest())
                .name();
    }

    private ClientBooking view(Booking b) {
        LocalDate today = LocalDate.now(clock);
        return new ClientBooking(
                b.reference(),
                b.status(),
                b.centre().id(),
                b.centre().name(),
                b.centre().address(),
                b.service().code(),
                serviceName(b.service(), b.day().isBefore(today) ? b.day() : today),
                b.day(),
                b.startsAt(),
                b.endsAt(),
                b.clientName(),
                b.email(),
                b.changeable(today, LocalTime.now(clock)));
    }

    /** The client's mail of {@code key} after the commit: with the link to the booking, or (cancelled) to book anew. */
    private void mailed(Booking b, String key, String token) {
        if (b.centre().municipality().training()) {
            return; // a training sandbox's bookings are for made-up clients: nothing is mailed
        }
        LocalizedName service = serviceName(b.service(), LocalDate.now(clock));
        String link = token == null
                ? address.of("/book")
                : address.of("/booking?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        mail.fire(new MailAfterCommit.Mailed(b.email(), key, new Object[] {
            b.reference(),
            LatvianDates.DATE.format(b.day()),
            TIME.format(b.startsAt()),
            b.centre().name(),
            b.centre().address(),
            b.clientName(),
            service.lv(),
            service.en(),
            link
        }));
    }
}
