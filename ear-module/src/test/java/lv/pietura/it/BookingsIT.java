package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import lv.pietura.cases.CaseQueries;
import lv.pietura.cases.CaseRef;
import lv.pietura.cases.CaseType;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.NewCase;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.Service;
import lv.pietura.catalogue.ServiceDirectory;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.PersonalCodes;
import lv.pietura.it.support.TestServices;
import lv.pietura.it.support.TestWorld;
import lv.pietura.kpi.Dashboards;
import lv.pietura.kpi.KpiFilter;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.CentreType;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.OpeningHours;
import lv.pietura.organisation.Role;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.OneTimeTokens;
import lv.pietura.shared.RuleViolation;
import lv.pietura.visits.Booking;
import lv.pietura.visits.BookingStatus;
import lv.pietura.visits.BookingViews.Booked;
import lv.pietura.visits.BookingViews.BookingRequest;
import lv.pietura.visits.BookingViews.ClientBooking;
import lv.pietura.visits.BookingViews.FreeTime;
import lv.pietura.visits.Bookings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Booked visits at a centre of the test's own (open every day 08:00-12:00 and 13:00-18:00, visits of 30 minutes):
 * the free times follow the hours and the consultants on duty; a booking in a closed hour, for a past day or too far
 * ahead, and with bad details, is refused with every problem and nothing saved; of two clients taking the last desk
 * at once one has it; the limits per e-mail and per address; the client moves and cancels through the token; the
 * centre registers the case a booking came for (another centre's consultant cannot), and records a no-show.
 */
@ExtendWith(ArquillianExtension.class)
class BookingsIT {

    private static final Set<String> CLERK = roles(Role.CLERK);
    private static final String SERVICE = "VSAA-VECUMA-PENSIJA";
    private static long centreId;
    private static long otherCentreId;
    private static int serial;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @PersistenceContext(unitName = "pietura")
    EntityManager em;

    @EJB
    Bookings bookings;

    @EJB
    CaseQueries queries;

    @EJB
    ServiceDirectory directory;

    @EJB
    Dashboards dashboards;

    @Resource
    ManagedExecutorService executor;

    @BeforeEach
    void aCentreThatTakesBookings() {
        if (centreId != 0) {
            return;
        }
        TestWorld.Tenant town = world.institution("Pierakstu novada pašvaldība", 930_100, InstitutionKind.MUNICIPALITY);
        centreId = world.centre(town, "Pierakstu centrs");
        otherCentreId = world.centre(town, "Otrs pierakstu centrs");
        world.inTransaction(() -> {
            Centre centre = em.find(Centre.class, centreId);
            List<OpeningHours> hours = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                hours.add(new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
                hours.add(new OpeningHours(day, LocalTime.of(13, 0), LocalTime.of(18, 0)));
            }
            centre.describe(centre.name(), centre.municipality(), centre.address(), CentreType.COUNTY, hours);
            return null;
        });
        world.staff("pieraksti.clerk", town, centreId, Role.CLERK);
        world.staff("pieraksti.other", town, otherCentreId, Role.CLERK);
        run("pieraksti.clerk", CLERK, () -> bookings.plan(30, 2, 30));
    }

    @Test
    void theFreeTimesFollowTheOpeningHoursTheBreakAndTheConsultantsOnDuty() {
        LocalDate day = aDayAhead(3);
        List<FreeTime> times = bookings.freeTimes(centreId, day);
        assertThat(times).hasSize(8 + 10);
        assertThat(times.get(0).start()).isEqualTo(LocalTime.of(8, 0));
        assertThat(times)
                .noneMatch(
                        t -> t.start().equals(LocalTime.of(12, 0)) || t.start().equals(LocalTime.of(12, 30)));
        assertThat(times).allMatch(t -> t.free() == 2);

        book(day, LocalTime.of(9, 0), "pirmais");
        assertThat(free(day, LocalTime.of(9, 0))).isEqualTo(1);
        run("pieraksti.clerk", CLERK, () -> bookings.desksOn(day, 0));
        assertThat(bookings.freeTimes(centreId, day))
                .as("nobody on duty: no free times")
                .isEmpty();
        run("pieraksti.clerk", CLERK, () -> bookings.desksOn(day, null));
        assertThat(bookings.freeTimes(centreId, day)).hasSize(18);
        assertThat(bookings.freeDays(centreId))
                .anySatisfy(d -> assertThat(d.day()).isEqualTo(day));
        assertThat(bookings.centres()).anySatisfy(c -> assertThat(c.id()).isEqualTo(centreId));
    }

    @Test
    void aBookingInAClosedHourForAPastDayOrTooFarAheadIsRefusedAndNothingIsSaved() {
        long before = world.count("select count(b) from Booking b");
        LocalDate day = aDayAhead(4);
        assertRefused(request(day, LocalTime.of(12, 0), "slēgts"), "booking.time.closed");
        assertRefused(request(day, LocalTime.of(8, 10), "ne sākumā"), "booking.time.closed");
        assertRefused(request(day, LocalTime.of(20, 0), "vakarā"), "booking.time.closed");
        assertRefused(
                request(LocalDate.now(Clocks.RIGA).minusDays(1), LocalTime.of(9, 0), "vakar"), "booking.day.past");
        assertRefused(
                request(LocalDate.now(Clocks.RIGA).plusDays(45), LocalTime.of(9, 0), "tālu"), "booking.day.tooFar");
        assertRefused(
                new BookingRequest(
                        centreId, "NAV-TADA", day, LocalTime.of(9, 0), "Anna", "a@example.lv", null, "lv", null),
                "booking.service.notOffered");
        assertThatThrownBy(() -> bookings.book(new BookingRequest(
                        centreId, SERVICE, day, LocalTime.of(9, 0), " ", "nav-adrese", "zvani man", "lv", null)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::field)
                                .as("every problem of the client's details at once")
                                .containsExactlyInAnyOrder("name", "email", "phone"));
        assertThatThrownBy(() -> bookings.book(new BookingRequest(
                        otherCentreId, SERVICE, day, LocalTime.of(9, 0), "Anna", "a@example.lv", null, "lv", null)))
                .as("a centre without a plan is no centre to book")
                .isInstanceOf(NotFound.class);
        assertThat(world.count("select count(b) from Booking b")).isEqualTo(before);
    }

    @Test
    void ofTwoClientsTakingTheLastDeskAtOnceOneHasItAndTheOtherIsTold() throws Exception {
        LocalDate day = aDayAhead(5);
        LocalTime nine = LocalTime.of(9, 0);
        book(day, nine, "jau pieteicies");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> racers = new ArrayList<>();
        for (String who : List.of("pirmā", "otrā")) {
            racers.add(executor.submit(() -> {
                start.await();
                try {
                    return bookings.book(request(day, nine, who)).booking().reference();
                } catch (RuleViolation refused) {
                    return refused.problems().get(0).messageKey();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> racer : racers) {
            outcomes.add(racer.get());
        }
        assertThat(outcomes).filteredOn(o -> o.startsWith("B-")).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.equals("booking.time.taken")).hasSize(1);
        assertThat(free(day, nine)).isZero();
        assertThat(world.count(
                        "select count(b) from Booking b where b.centre.id = ?1 and b.day = ?2 and b.startsAt = ?3",
                        centreId,
                        day,
                        nine))
                .isEqualTo(2);
    }

    @Test
    void anEMailAddressHoldsAtMostThreeUpcomingVisitsAndAnAddressTwentyBookingsAnHour() {
        LocalDate day = aDayAhead(6);
        String email = "trīs.reizes@example.lv".replace("ī", "i");
        for (int i = 0; i < 3; i++) {
            bookings.book(new BookingRequest(
                    centreId, SERVICE, day, LocalTime.of(13, 0).plusMinutes(30L * i), "Trīs", email, null, "lv", null));
        }
        assertRefused(
                new BookingRequest(centreId, SERVICE, day, LocalTime.of(15, 0), "Trīs", email, null, "lv", null),
                "booking.limit.email");

        String address = "203.0.113." + (10 + serial % 200);
        LocalDate another = aDayAhead(7);
        List<LocalTime> times = bookings.freeTimes(centreId, another).stream()
                .map(FreeTime::start)
                .toList();
        for (int i = 0; i < 20; i++) {
            bookings.book(new BookingRequest(
                    centreId,
                    SERVICE,
                    another,
                    times.get(i / 2),
                    "Skripts",
                    "skripts" + i + "@example.lv",
                    null,
                    "lv",
                    address));
        }
        assertRefused(
                new BookingRequest(
                        centreId, SERVICE, another, times.get(12), "Skripts", "vel@example.lv", null, "lv", address),
                "booking.limit.address");
    }

    @Test
    void theClientMovesAndCancelsThroughTheLinkAndACancelledVisitStaysCancelled() {
        LocalDate day = aDayAhead(8);
        Booked booked = book(day, LocalTime.of(10, 0), "pārcelšu");
        ClientBooking moved = bookings.move(booked.token(), day, LocalTime.of(16, 30));
        assertThat(moved.start()).isEqualTo(LocalTime.of(16, 30));
        assertThat(moved.reference()).isEqualTo(booked.booking().reference());
        assertThat(free(day, LocalTime.of(10, 0)))
                .as("the old time is free again")
                .isEqualTo(2);
        assertThat(free(day, LocalTime.of(16, 30))).isEqualTo(1);
        assertThatThrownBy(() -> bookings.move(booked.token(), day, LocalTime.of(12, 15)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems().get(0).messageKey()).isEqualTo("booking.time.closed"));

        bookings.cancel(booked.token());
        assertThat(bookings.find(booked.token()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(free(day, LocalTime.of(16, 30))).isEqualTo(2);
        assertThatThrownBy(() -> bookings.cancel(booked.token()))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("booking.notChangeable"));
        assertThatThrownBy(() -> bookings.find(booked.token() + "x")).isInstanceOf(NotFound.class);
    }

    @Test
    void theCentreRegistersTheCaseABookingCameForAndRecordsANoShow() {
        long today = todaysBooking(LocalTime.of(0, 0), "Šodienas klients");
        long noShow = todaysBooking(LocalTime.of(0, 20), "Neatnācējs");
        NewCase given = NewCase.of(
                        ClientKind.PERSON,
                        PersonalCodes.born("121280", 930),
                        "Šodienas klients",
                        SERVICE,
                        CaseType.APPLICATION,
                        Channel.IN_PERSON,
                        TestServices.filledIntake(directory.inForce(SERVICE)))
                .withContact("klients@example.lv", null);
        run(
                "pieraksti.other",
                CLERK,
                () -> assertThatThrownBy(() -> bookings.register(today, given))
                        .as("another centre's consultant: no such booking")
                        .isInstanceOf(NotFound.class));
        assertThat(as("pieraksti.clerk", CLERK, () -> bookings.forCase(today).name()))
                .isEqualTo("Šodienas klients");
        CaseRef registered = as("pieraksti.clerk", CLERK, () -> bookings.register(today, given));
        assertThat(as(
                        "pieraksti.clerk",
                        CLERK,
                        () -> queries.get(registered.id()).number()))
                .isEqualTo(registered.number());
        assertThatThrownBy(() -> as("pieraksti.clerk", CLERK, () -> bookings.register(today, given)))
                .as("a booking turns into one case")
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("booking.notOpen"));

        run("pieraksti.clerk", CLERK, () -> bookings.noShow(noShow));
        var day = as("pieraksti.clerk", CLERK, () -> bookings.day(LocalDate.now(Clocks.RIGA)));
        assertThat(day.bookings())
                .filteredOn(b -> b.id() == today)
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.status()).isEqualTo(BookingStatus.ATTENDED);
                    assertThat(b.caseId()).isEqualTo(registered.id());
                });
        assertThat(day.bookings())
                .filteredOn(b -> b.id() == noShow)
                .singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo(BookingStatus.NO_SHOW));
        assertThat(world.count(
                        "select count(e) from AuditEvent e where e.entityType = 'Booking' and e.actor = ?1",
                        "pieraksti.clerk"))
                .as("the day's bookings read and the no-show, audited")
                .isGreaterThanOrEqualTo(2);

        Dashboards.Dashboard figures = as(
                "pieraksti.clerk",
                CLERK,
                () -> dashboards.dashboard(new KpiFilter(
                        LocalDate.now(Clocks.RIGA), LocalDate.now(Clocks.RIGA), null, null, null, null, null)));
        assertThat(figures.bookings())
                .as("the centre's visits of today on the dashboard")
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.label()).isEqualTo("Pierakstu centrs");
                    assertThat(line.attended()).isEqualTo(1);
                    assertThat(line.noShows()).isEqualTo(1);
                    assertThat(line.booked())
                            .isEqualTo(line.open() + line.attended() + line.noShows() + line.cancelled());
                });

        LocalDate later = aDayAhead(9);
        book(later, LocalTime.of(8, 0), "nākotnē");
        Long futureId = world.inTransaction(() -> em.createQuery(
                        "select b.id from Booking b where b.centre.id = :c and b.day = :d and b.startsAt = :s",
                        Long.class)
                .setParameter("c", centreId)
                .setParameter("d", later)
                .setParameter("s", LocalTime.of(8, 0))
                .getSingleResult());
        assertThatThrownBy(() -> as("pieraksti.clerk", CLERK, () -> {
                    bookings.noShow(futureId);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("booking.noShow.notYet"));
    }

    /** A booking made directly for today at {@code start} (the pages offer only times still ahead). */
    private long todaysBooking(LocalTime start, String name) {
        return world.inTransaction(() -> {
            Booking booking = new Booking(
                    Booking.newReference(),
                    em.find(Centre.class, centreId),
                    em.createQuery("select s from Service s where s.code = :c", Service.class)
                            .setParameter("c", SERVICE)
                            .getSingleResult(),
                    LocalDate.now(Clocks.RIGA),
                    start,
                    start.plusMinutes(20),
                    1,
                    new Booking.Client(name, "sodien" + (++serial) + "@example.lv", null, "lv"),
                    OneTimeTokens.hash(OneTimeTokens.fresh()),
                    Instant.now(),
                    null);
            em.persist(booking);
            em.flush();
            return booking.id();
        });
    }

    /** The {@code n}-th day from today on which the centre is open (public holidays close it). */
    private LocalDate aDayAhead(int n) {
        return Stream.iterate(LocalDate.now(Clocks.RIGA).plusDays(n), d -> d.plusDays(1))
                .filter(d -> !bookings.freeTimes(centreId, d).isEmpty())
                .findFirst()
                .orElseThrow();
    }

    private int free(LocalDate day, LocalTime start) {
        return bookings.freeTimes(centreId, day).stream()
                .filter(t -> t.start().equals(start))
                .mapToInt(FreeTime::free)
                .findFirst()
                .orElse(0);
    }

    private Booked book(LocalDate day, LocalTime start, String who) {
        return bookings.book(request(day, start, who));
    }

    private static BookingRequest request(LocalDate day, LocalTime start, String who) {
        serial++;
        return new BookingRequest(
                centreId,
                SERVICE,
                day,
                start,
                "Klients " + who,
                "klients" + serial + "-" + System.nanoTime() % 100_000 + "@example.lv",
                "+371 20000000",
                "lv",
                null);
    }

    private void assertRefused(BookingRequest request, String key) {
        assertThatThrownBy(() -> bookings.book(request))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::messageKey)
                                .containsExactly(key));
    }
}
