package lv.pietura.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import lv.pietura.calendar.CalendarEntry;
import lv.pietura.calendar.DayKind;
import lv.pietura.calendar.WorkingDayCalendar;
import lv.pietura.cases.CaseFiles;
import lv.pietura.cases.CaseRepository;
import lv.pietura.cases.CaseStep;
import lv.pietura.cases.CaseType;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.IdentityDocument;
import lv.pietura.cases.NewCase;
import lv.pietura.cases.PaymentMethod;
import lv.pietura.cases.RatingChannel;
import lv.pietura.cases.ServiceCase;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.IntakeField;
import lv.pietura.catalogue.Recipients;
import lv.pietura.catalogue.Service;
import lv.pietura.catalogue.ServiceVersion;
import lv.pietura.files.FileOwner;
import lv.pietura.files.FileRef;
import lv.pietura.files.SamplePdf;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.Clocks;

/**
 * A few hundred cases of the last three months for the demo on the embedded database, in every state a
 * worklist shows: new, in progress, waiting, extended, forwarded, overdue, completed in time and late,
 * refused, rated. Made with the case's own steps (so their events are real), from a fixed seed, so every
 * demo looks the same. Also the calendar entries an administrator would keep (the 2025 moved day, the
 * 2023 festival).
 */
@ApplicationScoped
public class CasesDemo {

    private static final int CASES = 320;
    private static final String[] MEN = {
        "Jānis", "Andris", "Māris", "Edgars", "Kārlis", "Pēteris", "Artūrs", "Roberts", "Valdis", "Juris", "Oskars",
        "Raivis"
    };
    private static final String[] WOMEN = {
        "Anna", "Ilze", "Inese", "Laura", "Dace", "Kristīne", "Līga", "Sandra", "Agnese", "Baiba", "Elīna", "Zane"
    };
    private static final String[][] SURNAMES = {
        {"Bērziņš", "Bērziņa"},
        {"Kalniņš", "Kalniņa"},
        {"Ozoliņš", "Ozoliņa"},
        {"Liepiņš", "Liepiņa"},
        {"Krūmiņš", "Krūmiņa"},
        {"Vītols", "Vītola"},
        {"Zariņš", "Zariņa"},
        {"Jansons", "Jansone"},
        {"Pētersons", "Pētersone"},
        {"Kļaviņš", "Kļaviņa"},
        {"Lācis", "Lāce"},
        {"Egle", "Egle"},
        {"Freimanis", "Freimane"},
        {"Siliņš", "Siliņa"}
    };
    private static final String[] COMPANIES = {
        "SIA \"Ādažu maiznīca\"",
        "SIA \"Gaujas koks\"",
        "AS \"Vidzemes ceļi\"",
        "SIA \"Carnikavas zivis\"",
        "SIA \"Cēsu būve\""
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseRepository cases;

    @Inject
    CaseFiles files;

    private Random random;
    private int feeCases;
    private LocalDate today;

    /** One demo person or company that comes back for more than one service. */
    private record Person(ClientKind kind, String code, String name, String email, String phone) {}

    public boolean isLoaded() {
        return em.createQuery("select count(c) from ServiceCase c", Long.class).getSingleResult() > 0;
    }

    @Transactional
    public void load(LocalDate today, Instant now) {
        random = new Random(2026);
        feeCases = 0;
        this.today = today;
        WorkingDayCalendar calendar = calendarEntries(now);
        Map<String, StaffAccount> staff = em.createQuery("select s from StaffAccount s", StaffAccount.class)
                .getResultStream()
                .collect(Collectors.toMap(StaffAccount::username, s -> s));
        Centre adaziCentre = centre("Ādažu novada VPVKAC");
        Centre cesisCentre = centre("Cēsu novada VPVKAC");
        List<Service> services = em.createQuery("select s from Service s order by s.code", Service.class)
                .getResultList();
        if (adaziCentre == null
                || cesisCentre == null
                || services.isEmpty()
                || !staff.containsKey("adazi.clerk")
                || !staff.containsKey("latvija.portals")) {
            return;
        }
        Map<Long, List<StaffAccount>> specialists = new HashMap<>();
        staff.values().stream()
                .filter(s -> s.has(Role.SPECIALIST))
                .forEach(s -> specialists
                        .computeIfAbsent(s.institution().id(), k -> new ArrayList<>())
                        .add(s));
        List<Person> people = people(90);
        FileRef scan = files.store(
                new ByteArrayInputStream(SamplePdf.onePage("Iesnieguma skenets originals")),
                "iesniegums.pdf",
                FileOwner.SYSTEM);
        FileRef decision =
                files.store(new ByteArrayInputStream(SamplePdf.onePage("Lemums")), "lemums.pdf", FileOwner.SYSTEM);
        Institution vid = staff.get("vid.specialist") == null
                ? null
                : staff.get("vid.specialist").institution();

        for (int i = 0; i < CASES; i++) {
            LocalDate day = workingDayBack(calendar, today, random.nextInt(65));
            StaffAccount clerk;
            Centre centre;
            int where = random.nextInt(10);
            if (where < 6) {
                clerk = staff.get("adazi.clerk");
                centre = adaziCentre;
            } else if (where < 9) {
                clerk = staff.get("cesis.clerk");
                centre = cesisCentre;
            } else {
                clerk = staff.get("latvija.portals");
                centre = null;
            }
            List<ServiceVersion> offered = services.stream()
                    // a holder outside Pietura gets its applications by e-address: the demo's cases are for those in
                    .filter(s -> s.holder().mayUseSystemOn(day))
                    .filter(s -> centre == null
                            ? true
                            : s.inMinimumBasket() || s.offeredAt().contains(centre))
                    .map(s -> s.versionInForceOn(day).orElse(null))
                    .filter(v ->
                            v != null && (centre != null || v.requestChannels().contains(Channel.E_SERVICE)))
                    .toList();
            if (offered.isEmpty() || clerk == null) {
                continue;
            }
            ServiceVersion version = offered.get(random.nextInt(offered.size()));
            Person client = clientFor(version, people);
            boolean consultation = centre != null && random.nextInt(4) == 0;
            Channel channel = centre == null ? Channel.E_SERVICE : channelFor(version, consultation);
            CaseStep registering = step(clerk, day, 9, calendar);
            List<NewCase.Attachment> attachments =
                    centre != null && random.nextInt(3) == 0 ? List.of(new NewCase.Attachment(scan, null)) : List.of();
            boolean onSpot = consultation && random.nextInt(5) > 0;
            NewCase given = new NewCase(
                    client.kind(),
                    client.code(),
                    client.name(),
                    client.email(),
                    client.phone(),
                    null,
                    null,
                    null,
                    null,
                    version.service().code(),
                    consultation ? CaseType.CONSULTATION : CaseType.APPLICATION,
                    channel,
                    intakeFor(version, client),
                    attachments,
                    random.nextInt(6) == 0 ? "Klients lūdz atbildi arī pa e-pastu." : null,
                    onSpot,
                    onSpot
                            ? "Sniegta informācija par pakalpojuma saņemšanas kārtību un nepieciešamajiem dokumentiem."
                            : null,
                    onSpot ? version.resultTypes().get(0).code() : null,
                    null);
            Institution registeringInstitution = clerk.institution();
            ServiceCase c = ServiceCase.register(given, version, registeringInstitution, centre, registering);
            // most clients pay the fee at the desk (by card every third), one in five later or not at all
            if (centre != null && !c.feeDue().isFree() && feeCases++ % 5 != 4) {
                c.payFee(feeCases % 3 == 0 ? PaymentMethod.CARD : PaymentMethod.CASH, c.feeDue(), null, registering);
            }
            cases.store(c);
            if (!onSpot) {
                live(c, day, today, calendar, specialists, decision, vid);
            }
            if (!c.state().open() && centre != null && c.rating() == null && random.nextInt(10) < 4) {
                CaseStep closing = step(clerk, c.closedOn(), 15, calendar);
                c.openRating("demo-" + c.number(), RatingChannel.KIOSK, closing);
                int[] scale = {5, 5, 5, 4, 4, 4, 3, 5, 2, 5};
                c.rate(
                        scale[random.nextInt(scale.length)],
                        random.nextInt(4) == 0 ? "Paldies par laipnu apkalpošanu!" : null,
                        new CaseStep(
                                CaseStep.Actor.client(), closing.at().plusSeconds(120), closing.today(), calendar));
            }
            CaseStep watch = new CaseStep(CaseStep.Actor.system(), now, today, calendar);
            c.flagIfOverdue(watch);
        }
        frontDesk(staff.get("adazi.clerk"), adaziCentre, services, calendar, specialists, decision, vid, now);
        em.flush();
    }

    /**
     * Clients every centre serves besides persons and companies with a Latvian code: callers who ask about the
     * property tax without giving their name (anonymous consultations, answered on the spot), and foreigners asking
     * for a certificate by their identity document, who pay its fee by card.
     */
    private void frontDesk(
            StaffAccount clerk,
            Centre centre,
            List<Service> services,
            WorkingDayCalendar calendar,
            Map<Long, List<StaffAccount>> specialists,
            FileRef decision,
            Institution vid,
            Instant now) {
        Map<String, Service> byCode = services.stream().collect(Collectors.toMap(Service::code, s -> s));
        Service tax = byCode.get("ADAZI-NIN-KONSULTACIJA");
        Service certificate = byCode.get("ADAZI-IZZINA-DZIVESVIETA");
        Person anyone = new Person(ClientKind.PERSON, personalCode(1970), "Klients", null, null);
        for (int i = 0; tax != null && i < 14; i++) {
            LocalDate day = workingDayBack(calendar, today, 1 + i * 3);
            ServiceVersion version = tax.versionInForceOn(day).orElse(null);
            if (version == null) {
                continue;
            }
            NewCase question = NewCase.of(
                            ClientKind.ANONYMOUS,
                            null,
                            null,
                            tax.code(),
                            CaseType.CONSULTATION,
                            i % 2 == 0 ? Channel.PHONE : Channel.IN_PERSON,
                            intakeFor(version, anyone))
                    .anonymous()
                    .answeredOnTheSpot("Izskaidroti nodokļa maksāšanas termiņi un atvieglojumi.", null);
            cases.store(ServiceCase.register(
                    question, version, clerk.institution(), centre, step(clerk, day, 10, calendar)));
        }
        String[][] foreigners = {
            {"Jonas Petraitis", "LT", "PASSPORT", "LT1234567", "1984-02-11"},
            {"Anna Kowalska", "PL", "ID_CARD", "ABC123456", "1990-07-23"},
            {"Olena Shevchenko", "LV", "RESIDENCE_PERMIT", "RP0456789", "1979-11-02"},
            {"Mark Smith", "GB", "PASSPORT", "533380006", "1975-05-30"},
            {"Maria Tamm", "EE", "ID_CARD", "AB0998877", "1988-01-17"}
        };
        for (int i = 0; certificate != null && i < foreigners.length; i++) {
            String[] f = foreigners[i];
            LocalDate day = workingDayBack(calendar, today, 2 + i * 7);
            ServiceVersion version = certificate.versionInForceOn(day).orElse(null);
            if (version == null) {
                continue;
            }
            CaseStep registering = step(clerk, day, 11, calendar);
            NewCase application = NewCase.of(
                            ClientKind.FOREIGN_PERSON,
                            null,
                            f[0],
                            certificate.code(),
                            CaseType.APPLICATION,
                            Channel.IN_PERSON,
                            Map.of())
                    .forForeignClient(f[3], IdentityDocument.valueOf(f[2]), f[1], LocalDate.parse(f[4]))
                    .withContact(null, "+371 2" + (6000000 + i));
            ServiceCase c = ServiceCase.register(application, version, clerk.institution(), centre, registering);
            c.payFee(PaymentMethod.CARD, c.feeDue(), null, registering);
            cases.store(c);
            live(c, day, today, calendar, specialists, decision, vid);
            c.flagIfOverdue(new CaseStep(CaseStep.Actor.system(), now, today, calendar));
        }
    }

    /** A case's life after registration: left new, taken, waiting, extended, forwarded, or closed in or out of time. */
    private void live(
            ServiceCase c,
            LocalDate registered,
            LocalDate today,
            WorkingDayCalendar calendar,
            Map<Long, List<StaffAccount>> specialists,
            FileRef decision,
            Institution vid) {
        List<StaffAccount> team =
                specialists.getOrDefault(c.handlingInstitution().id(), List.of());
        if (team.isEmpty()) {
            return;
        }
        long age = calendar.workingDaysBetween(registered, today);
        int fate = random.nextInt(100);
        if (age < 2 && fate < 70 || fate < 8) {
            return; // nobody has taken it yet
        }
        StaffAccount specialist = team.get(random.nextInt(team.size()));
        LocalDate taken = min(calendar.addWorkingDays(registered, random.nextInt(2)), today);
        c.take(specialist, step(specialist, taken, 10, calendar));
        if (fate < 14 && vid != null && !vid.id().equals(c.handlingInstitution().id())) {
            c.forward(vid, "Jautājums ir Valsts ieņēmumu dienesta kompetencē.", step(specialist, taken, 11, calendar));
            return;
        }
        if (age < 4 || fate < 24) {
            return; // being worked on
        }
        LocalDate working = taken;
        if (c.serviceVersion().suspensionAllowed() && fate < 40) {
            LocalDate asked = min(calendar.addWorkingDays(taken, 1), today);
            c.askClient("Lūdzam iesniegt darba stāžu apliecinošus dokumentus.", step(specialist, asked, 12, calendar));
            if (fate < 32) {
                return; // still waiting for the client
            }
            working = min(calendar.addWorkingDays(asked, 3), today);
            c.resume("Klients iesniedza dokumentus.", step(specialist, working, 13, calendar));
        }
        if (c.serviceVersion().extensionAllowed() && fate < 50 && c.remainingExtensionDays() >= 5) {
            c.extend(5, "Nepieciešama informācija no citas iestādes.", step(specialist, working, 14, calendar));
        }
        int takes = fate < 88
                ? random.nextInt(Math.max(
                                1,
                                c.serviceVersion().normDays() == null
                                        ? 3
                                        : c.serviceVersion().normDays()))
                        + 1
                : c.serviceVersion().deadlineDays() + 3;
        LocalDate closing = calendar.addWorkingDays(working, takes);
        if (closing.isAfter(today)) {
            return; // not done yet; may be overdue
        }
        if (fate >= 94) {
            c.refuse(
                    "Iesniegumā trūkst ziņu, kas nepieciešamas lēmuma pieņemšanai, un klients tās nesniedza.",
                    List.of(),
                    step(specialist, closing, 15, calendar));
        } else {
            c.complete(
                    c.serviceVersion().resultTypes().get(0).code(),
                    "Lēmums pieņemts un nosūtīts klientam.",
                    random.nextInt(2) == 0 ? List.of(decision) : List.of(),
                    step(specialist, closing, 15, calendar));
        }
    }

    private CaseStep step(StaffAccount who, LocalDate day, int hour, WorkingDayCalendar calendar) {
        Instant at = day.atTime(LocalTime.of(hour, random.nextInt(60)))
                .atZone(Clocks.RIGA)
                .toInstant();
        return new CaseStep(
                new CaseStep.Actor(
                        who.username(),
                        who.id(),
                        who.institution().id(),
                        who.centre() == null ? null : who.centre().id()),
                at,
                day,
                calendar);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate workingDayBack(WorkingDayCalendar calendar, LocalDate today, int days) {
        LocalDate day = calendar.subtractWorkingDays(today, days);
        return calendar.isWorkingDay(day) ? day : calendar.subtractWorkingDays(day, 1);
    }

    private Channel channelFor(ServiceVersion version, boolean consultation) {
        if (consultation) {
            Channel[] ways = {Channel.IN_PERSON, Channel.IN_PERSON, Channel.PHONE, Channel.EMAIL};
            return ways[random.nextInt(ways.length)];
        }
        List<Channel> ways = version.requestChannels().stream()
                .filter(ch -> ch != Channel.E_SERVICE)
                .sorted()
                .toList();
        if (ways.contains(Channel.IN_PERSON) && random.nextInt(4) > 0) {
            return Channel.IN_PERSON;
        }
        return ways.isEmpty() ? Channel.IN_PERSON : ways.get(random.nextInt(ways.size()));
    }

    private Person clientFor(ServiceVersion version, List<Person> people) {
        boolean companiesToo = version.recipients() != Recipients.PERSONS;
        boolean personsToo = version.recipients() != Recipients.COMPANIES;
        while (true) {
            Person p = people.get(random.nextInt(people.size()));
            if (p.kind() == ClientKind.PERSON && personsToo || p.kind() == ClientKind.ORGANISATION && companiesToo) {
                return p;
            }
        }
    }

    private Map<String, String> intakeFor(ServiceVersion version, Person client) {
        Map<String, String> values = new HashMap<>();
        for (IntakeField field : version.intakeForm()) {
            String value = switch (field.type()) {
                case PERSONAL_CODE -> client.kind() == ClientKind.PERSON ? client.code() : personalCode(1980);
                case REGISTRATION_NUMBER ->
                    field.required() || client.kind() == ClientKind.ORGANISATION
                            ? (client.kind() == ClientKind.ORGANISATION ? client.code() : "40003521600")
                            : null;
                case DATE ->
                    today.plusMonths(1 + random.nextInt(3)).withDayOfMonth(1).toString();
                case CHOICE ->
                    field.choices().get(random.nextInt(field.choices().size()));
                case NUMBER -> String.valueOf(1 + random.nextInt(500));
                case TEXT -> text(field.code());
                case FILE -> null;
            };
            if (value != null) {
                values.put(field.code(), value);
            }
        }
        return values;
    }

    private String text(String code) {
        if (code.contains("iban") || code.contains("konta")) {
            return "LV80BANK00004351950" + (10 + random.nextInt(89));
        }
        if (code.contains("adrese")) {
            return "Gaujas iela " + (1 + random.nextInt(60)) + ", Ādaži, Ādažu novads, LV-2164";
        }
        if (code.contains("kadastra")) {
            return "8044" + (100 + random.nextInt(900)) + "0" + (100 + random.nextInt(900));
        }
        if (code.contains("jautajums")) {
            String[] questions = {
                "Kad jāmaksā nodokļa otrā daļa?",
                "Vai pienākas atvieglojums daudzbērnu ģimenei?",
                "Kāpēc mainījās kadastrālā vērtība?"
            };
            return questions[random.nextInt(questions.length)];
        }
        return "Skatīt pievienotos dokumentus.";
    }

    private List<Person> people(int count) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i % 15 == 14) {
                String name = COMPANIES[(i / 15) % COMPANIES.length];
                people.add(new Person(
                        ClientKind.ORGANISATION,
                        registrationNumber(),
                        name,
                        "birojs" + i + "@uznemums.example.lv",
                        null));
                continue;
            }
            boolean woman = random.nextBoolean();
            String first = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
            String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String code = i % 9 == 8 ? newFormatCode() : personalCode(1940);
            people.add(new Person(
                    ClientKind.PERSON,
                    code,
                    first + " " + surname[woman ? 1 : 0],
                    random.nextInt(3) == 0 ? null : "klients" + i + "@pasts.example.lv",
                    "+371 2" + (1000000 + random.nextInt(8999999))));
        }
        return people;
    }

    private String personalCode(int fromYear) {
        LocalDate born = LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(365 * 60));
        String digits = String.format(
                "%02d%02d%02d%d%03d",
                born.getDayOfMonth(),
                born.getMonthValue(),
                born.getYear() % 100,
                born.getYear() < 2000 ? 1 : 2,
                random.nextInt(1000));
        int[] weights = {1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = Math.floorMod(1101 - sum, 11);
        return digits + (check == 10 ? 0 : check);
    }

    private String newFormatCode() {
        return "3" + (2 + random.nextInt(8)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    private String registrationNumber() {
        int[] weights = {9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1};
        while (true) {
            String digits = "4000" + String.format("%07d", random.nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            if (sum % 11 == 3) {
                return digits;
            }
        }
    }

    private WorkingDayCalendar calendarEntries(Instant now) {
        if (em.createQuery("select count(e) from CalendarEntry e", Long.class).getSingleResult() == 0) {
            WorkingDayCalendar law = WorkingDayCalendar.byLawOnly();
            em.persist(new CalendarEntry(
                    LocalDate.of(2025, 11, 17),
                    DayKind.DAY_OFF,
                    "Pārcelta darba diena (MK rīkojums)",
                    "Working day moved (Cabinet order)",
                    law,
                    now,
                    "demo"));
            em.persist(new CalendarEntry(
                    LocalDate.of(2025, 11, 8),
                    DayKind.WORKING_DAY,
                    "Darba diena 17. novembra vietā",
                    "Worked instead of 17 November",
                    law,
                    now,
                    "demo"));
            em.persist(new CalendarEntry(
                    LocalDate.of(2023, 7, 9),
                    DayKind.FESTIVAL_CLOSING,
                    "XXVII Vispārējo latviešu Dziesmu un XVII Deju svētku noslēgums",
                    "Closing of the XXVII Song and XVII Dance Festival",
                    law,
                    now,
                    "demo"));
            em.flush();
        }
        return new WorkingDayCalendar(em.createQuery("select e from CalendarEntry e", CalendarEntry.class)
                .getResultStream()
                .collect(Collectors.toMap(CalendarEntry::day, CalendarEntry::kind)));
    }

    private Centre centre(String name) {
        return em.createQuery("select c from Centre c where c.name = :name", Centre.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
