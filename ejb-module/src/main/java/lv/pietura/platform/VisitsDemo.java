package lv.pietura.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import lv.pietura.calendar.WorkingDayCalendar;
import lv.pietura.calendar.WorkingDays;
import lv.pietura.cases.ServiceCase;
import lv.pietura.catalogue.Service;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.OneTimeTokens;
import lv.pietura.visits.Booking;
import lv.pietura.visits.BookingPlan;
import lv.pietura.visits.OpeningTimes;

/**
 * Booked visits of the demo: Ādaži takes bookings of 20 minutes with two consultants, Cēsis of 30 minutes with one;
 * the last four weeks' bookings at Ādaži (most came and their case was registered, some did not come, some were
 * cancelled), today's (some already due, for the consultant to register or mark as not come) and the coming days'.
 */
@ApplicationScoped
public class VisitsDemo {

    private static final String[] NAMES = {
        "Ilze Kalniņa",
        "Jānis Bērziņš",
        "Laura Vītola",
        "Māris Ozoliņš",
        "Dace Jansone",
        "Roberts Lācis",
        "Zane Siliņa",
        "Kārlis Egle",
        "Baiba Freimane",
        "Oskars Zariņš"
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingDays workingDays;

    private Random random;

    public boolean isLoaded() {
        return em.createQuery("select count(p) from BookingPlan p", Long.class).getSingleResult() > 0;
    }

    @Transactional
    public void load(LocalDate today, Instant now) {
        Centre adazi = centre("Ādažu novada VPVKAC");
        Centre cesis = centre("Cēsu novada VPVKAC");
        if (adazi == null || cesis == null) {
            return;
        }
        random = new Random(2027);
        BookingPlan adaziPlan = new BookingPlan(adazi.id(), 20, 2, 30);
        em.persist(adaziPlan);
        em.persist(new BookingPlan(cesis.id(), 30, 1, 21));
        List<Service> services = em.createQuery(
                        "select distinct s from Service s left join s.offeredAt c"
                                + " where s.inMinimumBasket = true or c = :centre order by s.code",
                        Service.class)
                .setParameter("centre", adazi)
                .getResultStream()
                .filter(s -> s.versionInForceOn(today).isPresent())
                .filter(s -> s.holder().kind() != InstitutionKind.MUNICIPALITY
                        || s.holder().equals(adazi.municipality()))
                .toList();
        if (services.isEmpty()) {
            return;
        }
        WorkingDayCalendar calendar = workingDays.calendar();
        LocalTime timeNow = LocalTime.ofInstant(now, Clocks.RIGA);
        for (LocalDate day = today.minusDays(28); !day.isAfter(today.plusDays(7)); day = day.plusDays(1)) {
            List<OpeningTimes.Time> times =
                    OpeningTimes.visits(OpeningTimes.on(day, adazi.openingHours(), calendar), adaziPlan.slotMinutes());
            if (times.isEmpty()) {
                continue;
            }
            List<ServiceCase> registered = day.isAfter(today) ? List.of() : casesOf(adazi, day);
            int count = day.equals(today) ? 6 : 2 + random.nextInt(4);
            List<OpeningTimes.Time> chosen = new ArrayList<>(times);
            Collections.shuffle(chosen, random);
            for (int i = 0; i < Math.min(count, chosen.size()); i++) {
                OpeningTimes.Time time = chosen.get(i);
                String name = NAMES[random.nextInt(NAMES.length)];
                Instant booked = now.minusSeconds(86_400L * (3 + random.nextInt(10)));
                Booking booking = new Booking(
                        Booking.newReference(),
                        adazi,
                        services.get(random.nextInt(services.size())),
                        day,
                        time.start(),
                        time.end(),
                        1,
                        new Booking.Client(
                                name, email(name, i), i % 2 == 0 ? "+371 2" + (1000000 + i * 7919) : null, "lv"),
                        OneTimeTokens.hash(OneTimeTokens.fresh()),
                        booked,
                        null);
                boolean past = day.isBefore(today)
                        || day.equals(today) && !time.start().isAfter(timeNow);
                int fate = random.nextInt(10);
                if (past && !day.equals(today)) {
                    if (fate < 6 && i < registered.size()) {
                        booking.attended(registered.get(i).id(), now, "adazi.clerk");
                    } else if (fate < 8) {
                        booking.noShow(today, timeNow, now, "adazi.clerk");
                    } else {
                        booking.cancel(day.minusDays(1), LocalTime.MIDNIGHT, booked.plusSeconds(3600));
                    }
                } else if (!past && fate == 0) {
                    booking.cancel(today, timeNow, now);
                }
                if (booking.desk() != null && taken(day, time, adazi)) {
                    continue; // the second desk of a time drawn twice
                }
                em.persist(booking);
                em.flush();
            }
        }
    }

    private boolean taken(LocalDate day, OpeningTimes.Time time, Centre centre) {
        return em.createQuery(
                                "select count(b) from Booking b where b.centre = :c and b.day = :d and b.startsAt = :s"
                                        + " and b.desk is not null",
                                Long.class)
                        .setParameter("c", centre)
                        .setParameter("d", day)
                        .setParameter("s", time.start())
                        .getSingleResult()
                > 0;
    }

    private List<ServiceCase> casesOf(Centre centre, LocalDate day) {
        return em.createQuery(
                        "select c from ServiceCase c where c.centre = :centre and c.registeredOn = :day order by c.id",
                        ServiceCase.class)
                .setParameter("centre", centre)
                .setParameter("day", day)
                .setMaxResults(8)
                .getResultList();
    }

    private static String email(String name, int i) {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace(' ', '.');
        return plain + (i > 0 ? String.valueOf(i) : "") + "@example.lv";
    }

    private Centre centre(String name) {
        return em.createQuery("select c from Centre c where c.name = :name", Centre.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
