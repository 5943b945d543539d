package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import lv.pietura.audit.AuditAction;
import lv.pietura.calendar.CalendarAdministration;
import lv.pietura.calendar.DayKind;
import lv.pietura.calendar.WorkingDayCalendar;
import lv.pietura.cases.CaseDocuments;
import lv.pietura.cases.CaseEventType;
import lv.pietura.cases.CaseFilter;
import lv.pietura.cases.CaseHandling;
import lv.pietura.cases.CaseList;
import lv.pietura.cases.CaseQueries;
import lv.pietura.cases.CaseRef;
import lv.pietura.cases.CaseRegistration;
import lv.pietura.cases.CaseState;
import lv.pietura.cases.CaseSummary;
import lv.pietura.cases.CaseType;
import lv.pietura.cases.CaseView;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.DeadlineWatch;
import lv.pietura.cases.NewCase;
import lv.pietura.cases.PortalSubmissions;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.ServiceManagement;
import lv.pietura.files.FileRef;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.PersonalCodes;
import lv.pietura.it.support.TestMail;
import lv.pietura.it.support.TestServices;
import lv.pietura.it.support.TestWorld;
import lv.pietura.it.support.TestWorld.Tenant;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.Role;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.ConcurrentChange;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service cases across institutions on the real server: a clerk of a municipal centre registers for a
 * state institution, the holder's specialists handle it, another institution never sees it; a portal's
 * retried submission makes one case; the deadline watch flags and reminds by mail.
 */
@ExtendWith(ArquillianExtension.class)
class CasesIT {

    private static final Set<String> CLERK = roles(Role.CLERK);
    private static final Set<String> SPECIALIST = roles(Role.SPECIALIST);
    private static final Set<String> MANAGER = roles(Role.SERVICE_MANAGER);
    private static final Set<String> PLATFORM = roles(Role.PLATFORM_ADMIN);
    private static final Set<String> PORTAL = roles(Role.PORTAL);
    private static final PageRequest ALL = PageRequest.of(0, 500);
    /** The demo portal account; its password counts as chosen, so it may submit. */
    private static final String PORTAL_USER = "latvija.portals";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @Inject
    Clocks clocks;

    @EJB
    ServiceManagement management;

    @EJB
    CaseRegistration registration;

    @EJB
    CaseHandling handling;

    @EJB
    CaseDocuments documents;

    @EJB
    CaseQueries queries;

    @EJB
    PortalSubmissions portal;

    @EJB
    DeadlineWatch deadlines;

    @EJB
    CalendarAdministration calendar;

    private static Tenant holder;
    private static Tenant other;
    private static Tenant municipality;

    @BeforeEach
    void aCentreTwoHoldersAndTheirServices() {
        if (holder != null) {
            return;
        }
        municipality = world.institution("Lietu novada pašvaldība", 700_100, InstitutionKind.MUNICIPALITY);
        holder = world.institution("Lietu aģentūra", 700_200, InstitutionKind.STATE_BODY);
        other = world.institution("Citu lietu dienests", 700_300, InstitutionKind.STATE_BODY);
        long centre = world.centre(municipality, "Lietu novada VPVKAC");
        long otherCentre = world.centre(municipality, "Lietu pagasta VPVKAC");
        world.staff("lc.clerk", municipality, centre, Role.CLERK);
        world.staff("lc.clerk2", municipality, otherCentre, Role.CLERK);
        world.staff("lh.specialist", holder, null, Role.SPECIALIST);
        world.staff("lh.specialist2", holder, null, Role.SPECIALIST);
        world.staff("lh.manager", holder, null, Role.SERVICE_MANAGER);
        world.staff("lo.specialist", other, null, Role.SPECIALIST);
        world.staff("lh.admin", holder, null, Role.PLATFORM_ADMIN);
        run("lh.manager", MANAGER, () -> {
            for (String code : List.of("LH-PABALSTS", "LH-IZZINA")) {
                long id = management.create(
                        code,
                        TestServices.withIntakeForm(
                                code.equals("LH-PABALSTS") ? "Lietu pabalsts" : "Lietu izziņa",
                                code.equals("LH-PABALSTS") ? 10 : 2));
                management.publish(id, LocalDate.now(Clocks.RIGA));
                management.offerAt(id, Set.of(centre, otherCentre));
            }
        });
    }

    @AfterEach
    void realTime() {
        clocks.reset();
    }

    private static NewCase application(
            String clientCode, String service, Map<String, String> intake, List<NewCase.Attachment> files) {
        return NewCase.of(
                        ClientKind.PERSON,
                        clientCode,
                        "Anna Bērziņa",
                        service,
                        CaseType.APPLICATION,
                        Channel.IN_PERSON,
                        intake)
                .withContact("anna@example.lv", "+371 20000000")
                .withAttachments(files)
                .withNote("Klients atnāca pats");
    }

    private CaseRef registered(String clientCode) {
        return as(
                "lc.clerk",
                CLERK,
                () -> registration.register(
                        application(clientCode, "LH-PABALSTS", Map.of("iban", "LV80BANK0000435195001"), List.of())));
    }

    @Test
    void aCaseRegisteredInACentreGoesToTheHolderAndOnlyThere() {
        String client = PersonalCodes.born("150385", 101);
        FileRef scan =
                as("lc.clerk", CLERK, () -> registration.upload("iesniegums.pdf", new ByteArrayInputStream(pdf())));
        CaseRef ref = as(
                "lc.clerk",
                CLERK,
                () -> registration.register(application(
                        client,
                        "LH-PABALSTS",
                        Map.of("iban", "LV80BANK0000435195001", "from", "01.12.2026"),
                        List.of(new NewCase.Attachment(scan, null)))));

        CaseView seen = as("lh.specialist", SPECIALIST, () -> queries.get(ref.id()));
        assertThat(seen.state()).isEqualTo(CaseState.NEW);
        assertThat(seen.handlingInstitutionId()).isEqualTo(holder.id());
        assertThat(seen.centreName()).isEqualTo("Lietu novada VPVKAC");
        assertThat(seen.documents()).extracting(CaseView.DocumentView::name).containsExactly("iesniegums.pdf");
        assertThat(seen.dueOn())
                .as("10 working days from registration by the calendar")
                .isEqualTo(WorkingDayCalendar.byLawOnly().addWorkingDays(seen.registeredOn(), 10));
        assertThat(as("lh.specialist", SPECIALIST, () -> queries.worklist(CaseFilter.of(CaseList.UNASSIGNED), ALL))
                        .rows())
                .extracting(CaseSummary::id)
                .contains(ref.id());
        assertThat(as("lc.clerk", CLERK, () -> queries.centreCases(CaseFilter.of(CaseList.OPEN), ALL))
                        .rows())
                .extracting(CaseSummary::id)
                .contains(ref.id());

        run("lo.specialist", SPECIALIST, () -> {
            assertThat(queries.worklist(CaseFilter.of(CaseList.ALL), ALL).rows())
                    .extracting(CaseSummary::id)
                    .doesNotContain(ref.id());
            assertThatThrownBy(() -> queries.get(ref.id())).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> handling.take(ref.id(), seen.version())).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> queries.openDocument(ref.id(), scan.id(), null))
                    .isInstanceOf(NotFound.class);
        });
        run(
                "lc.clerk2",
                CLERK,
                () -> assertThatThrownBy(() -> queries.get(ref.id()))
                        .as("a clerk of another centre sees it only while serving its client")
                        .isInstanceOf(NotFound.class));
        assertThat(as("lc.clerk2", CLERK, () -> queries.getForClient(ref.id(), client))
                        .number())
                .isEqualTo(ref.number());
    }

    @Test
    void theHoldersSpecialistWorksTheCaseStepByStepAndEveryStepIsRecorded() {
        CaseRef ref = registered(PersonalCodes.born("150385", 102));
        run("lh.specialist", SPECIALIST, () -> {
            handling.take(ref.id(), queries.get(ref.id()).version());
            CaseView taken = queries.get(ref.id());
            LocalDate dueBefore = taken.dueOn();

            handling.askClient(ref.id(), taken.version(), "Trūkst bankas izziņas");
            CaseView waiting = queries.get(ref.id());
            assertThat(waiting.state()).isEqualTo(CaseState.WAITING);
            assertThat(waiting.suspendedSince()).isNotNull();

            handling.resume(ref.id(), waiting.version(), "Izziņa saņemta");
            CaseView resumed = queries.get(ref.id());
            assertThat(resumed.state()).isEqualTo(CaseState.IN_PROGRESS);
            assertThat(resumed.dueOn())
                    .as("no working day passed while waiting")
                    .isEqualTo(dueBefore);

            assertThatThrownBy(() -> handling.extend(ref.id(), resumed.version(), 11, "Vajag vairāk laika"))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("case.extend.beyondLimit"));
            assertThat(queries.get(ref.id()).version())
                    .as("a refused step changes nothing")
                    .isEqualTo(resumed.version());
            handling.extend(ref.id(), resumed.version(), 5, "Jāsaņem ziņas no citas iestādes");
            CaseView extended = queries.get(ref.id());
            assertThat(extended.dueOn())
                    .isEqualTo(WorkingDayCalendar.byLawOnly().addWorkingDays(dueBefore, 5));

            assertThatThrownBy(() -> handling.complete(ref.id(), resumed.version(), "granted", "Piešķirts", List.of()))
                    .as("a step on a version someone else already changed")
                    .isInstanceOf(ConcurrentChange.class);
            handling.complete(ref.id(), extended.version(), "granted", "Piešķirts no decembra", List.of());
            CaseView done = queries.get(ref.id());
            assertThat(done.state()).isEqualTo(CaseState.COMPLETED);
            assertThatThrownBy(() -> handling.complete(ref.id(), done.version(), "granted", "Vēlreiz", List.of()))
                    .isInstanceOfSatisfying(
                            RuleViolation.class,
                            v -> assertThat(v.messageKey()).isEqualTo("case.state.notAllowed.COMPLETED"));
            assertThat(done.events())
                    .extracting(CaseView.EventView::type)
                    .containsExactly(
                            CaseEventType.REGISTERED,
                            CaseEventType.TAKEN,
                            CaseEventType.SUSPENDED,
                            CaseEventType.RESUMED,
                            CaseEventType.EXTENDED,
                            CaseEventType.COMPLETED);
            assertThat(done.events())
                    .allSatisfy(e -> assertThat(e.handlingInstitution().lv()).isEqualTo("Lietu aģentūra"));
            assertThat(done.events().get(4).reason()).isEqualTo("Jāsaņem ziņas no citas iestādes");
        });
    }

    @Test
    void aForwardedCaseKeepsItsHistoryAndLeavesTheForwardingInstitution() {
        CaseRef ref = registered(PersonalCodes.born("150385", 103));
        run(
                "lh.specialist",
                SPECIALIST,
                () -> handling.forward(
                        ref.id(),
                        queries.get(ref.id()).version(),
                        other.id(),
                        "Jautājums ir citas iestādes kompetencē"));
        run(
                "lh.specialist",
                SPECIALIST,
                () -> assertThatThrownBy(() -> queries.get(ref.id())).isInstanceOf(NotFound.class));
        CaseView there = as("lo.specialist", SPECIALIST, () -> queries.get(ref.id()));
        assertThat(there.handlingInstitutionId()).isEqualTo(other.id());
        assertThat(there.events())
                .extracting(CaseView.EventView::type)
                .containsExactly(CaseEventType.REGISTERED, CaseEventType.FORWARDED);
        assertThat(there.events().get(1).reason()).isEqualTo("Jautājums ir citas iestādes kompetencē");
    }

    @Test
    void aConsultationAnsweredOnTheSpotIsClosedAtOnce() {
        NewCase consultation = NewCase.of(
                        ClientKind.PERSON,
                        PersonalCodes.born("150385", 104),
                        "Jānis Kalniņš",
                        "LH-IZZINA",
                        CaseType.CONSULTATION,
                        Channel.PHONE,
                        Map.of("iban", "LV80BANK0000435195001"))
                .answeredOnTheSpot("Izskaidrota kārtība", null);
        CaseRef ref = as("lc.clerk", CLERK, () -> registration.register(consultation));
        CaseView closed = as("lc.clerk", CLERK, () -> queries.get(ref.id()));
        assertThat(closed.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(closed.resultNote()).isEqualTo("Izskaidrota kārtība");
        run(
                "lh.specialist",
                SPECIALIST,
                () -> assertThatThrownBy(() -> handling.complete(
                                ref.id(), queries.get(ref.id()).version(), "granted", "Vēlreiz", List.of()))
                        .isInstanceOfSatisfying(
                                RuleViolation.class,
                                v -> assertThat(v.messageKey()).isEqualTo("case.state.notAllowed.COMPLETED")));
    }

    @Test
    void badInputIsRefusedWithItsReasonAndLeavesNothingBehind() {
        long before = world.count("select count(c) from ServiceCase c");
        run("lc.clerk", CLERK, () -> {
            assertThatThrownBy(() -> registration.register(
                            application("150385-10000", "LH-PABALSTS", Map.of("iban", "LV80"), List.of())))
                    .as("a wrong check digit")
                    .isInstanceOfSatisfying(
                            RuleViolation.class,
                            v -> assertThat(v.problems())
                                    .extracting(RuleViolation.Problem::field)
                                    .contains("clientCode"));
            assertThatThrownBy(() -> registration.register(application(
                            PersonalCodes.withCheckDigit("3102851000"),
                            "LH-PABALSTS",
                            Map.of("iban", "LV80"),
                            List.of())))
                    .as("31 February")
                    .isInstanceOfSatisfying(
                            RuleViolation.class,
                            v -> assertThat(v.problems())
                                    .extracting(RuleViolation.Problem::field)
                                    .contains("clientCode"));
            assertThatThrownBy(() -> registration.register(
                            application(PersonalCodes.born("150385", 105), "NAV-TADA", Map.of(), List.of())))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("case.service.unknown"));
            assertThatThrownBy(() -> registration.register(application(
                            PersonalCodes.born("150385", 105), "LH-PABALSTS", Map.of("from", "31.02.2026"), List.of())))
                    .isInstanceOfSatisfying(
                            RuleViolation.class,
                            v -> assertThat(v.problems())
                                    .extracting(RuleViolation.Problem::field, RuleViolation.Problem::messageKey)
                                    .contains(org.assertj.core.api.Assertions.tuple(
                                            "intake.iban", "case.intake.required")));
            assertThatThrownBy(() -> registration.upload(
                            "programma.pdf",
                            new ByteArrayInputStream(
                                    "MZ\u0090\u0000 this is an executable".getBytes(StandardCharsets.ISO_8859_1))))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("file.type"));
            assertThatThrownBy(() -> registration.upload(
                            "liels.pdf", new ByteArrayInputStream(new byte[(int) CaseRegistration.MAX_FILE_BYTES + 1])))
                    .isInstanceOf(RuleViolation.class);
        });
        assertThat(world.count("select count(c) from ServiceCase c")).isEqualTo(before);
        run(
                "lh.specialist",
                SPECIALIST,
                () -> assertThatThrownBy(() -> registration.register(application(
                                PersonalCodes.born("150385", 106), "LH-PABALSTS", Map.of("iban", "LV80"), List.of())))
                        .as("registering is a clerk's work")
                        .isInstanceOf(EJBAccessException.class));
    }

    @Test
    void theSameSubmissionSentTwiceByAPortalMakesOneCase() {
        String key = "portal-" + UUID.randomUUID();
        NewCase submission = NewCase.of(
                        ClientKind.PERSON,
                        PersonalCodes.born("150385", 107),
                        "Ilze Ozola",
                        "LH-PABALSTS",
                        CaseType.APPLICATION,
                        Channel.E_SERVICE,
                        Map.of("iban", "LV80BANK0000435195001"))
                .withContact("ilze@example.lv", null);
        List<PortalSubmissions.InlineFile> files =
                List.of(new PortalSubmissions.InlineFile("iesniegums.pdf", null, pdf()));
        PortalSubmissions.Submitted first =
                as(PORTAL_USER, PORTAL, () -> portal.submit(key, "hash-1", submission, files));
        PortalSubmissions.Submitted again =
                as(PORTAL_USER, PORTAL, () -> portal.submit(key, "hash-1", submission, files));
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.ref()).isEqualTo(first.ref());
        assertThat(world.count("select count(s) from PortalSubmission s where s.key = ?1", key))
                .isEqualTo(1);
        run(
                PORTAL_USER,
                PORTAL,
                () -> assertThatThrownBy(() -> portal.submit(key, "hash-2", submission, files))
                        .as("the key reused for another request")
                        .isInstanceOfSatisfying(
                                RuleViolation.class,
                                v -> assertThat(v.messageKey()).isEqualTo("case.idempotency.reused")));
        assertThat(as(PORTAL_USER, PORTAL, () -> portal.status(first.ref().number()))
                        .state())
                .isEqualTo(CaseState.NEW);
        assertThat(as("lh.specialist", SPECIALIST, () -> queries.get(first.ref().id()))
                        .channel())
                .isEqualTo(Channel.E_SERVICE);
    }

    @Test
    void theDeadlineWatchFlagsOverdueCasesAndRemindsTheAssigneeByMail() throws Exception {
        CaseRef dueSoon = as(
                "lc.clerk",
                CLERK,
                () -> registration.register(application(
                        PersonalCodes.born("150385", 108),
                        "LH-IZZINA",
                        Map.of("iban", "LV80BANK0000435195001"),
                        List.of())));
        run(
                "lh.specialist2",
                SPECIALIST,
                () -> handling.take(dueSoon.id(), queries.get(dueSoon.id()).version()));
        CaseRef late = registered(PersonalCodes.born("150385", 109));
        LocalDate lateDue =
                as("lh.specialist", SPECIALIST, () -> queries.get(late.id()).dueOn());

        TestMail mail = TestMail.started();
        try {
            DeadlineWatch.Run reminding = as("lh.admin", PLATFORM, () -> deadlines.runNow());
            assertThat(reminding.reminded()).isGreaterThanOrEqualTo(1);
            assertThat(reminding.failed()).isZero();
            // a reminder's subject: "Pietura: lietas <number> termiņš <date>"
            Predicate<MimeMessage> reminders = TestMail.subjectWith("Pietura: lietas ");
            assertThat(mail.received(reminders)).anySatisfy(message -> {
                assertThat(message.getAllRecipients()[0].toString()).isEqualTo("lh.specialist2@tests.example.lv");
                assertThat(message.getSubject()).contains(dueSoon.number());
            });
            int received = mail.received(reminders).size();
            as("lh.admin", PLATFORM, () -> deadlines.runNow());
            assertThat(mail.received(reminders))
                    .as("a case is reminded of once")
                    .hasSize(received);

            long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(Clocks.RIGA), lateDue) + 1;
            clocks.travel(Duration.ofDays(days));
            DeadlineWatch.Run flagging = as("lh.admin", PLATFORM, () -> deadlines.runNow());
            assertThat(flagging.flaggedOverdue()).isGreaterThanOrEqualTo(1);
            CaseView overdue = as("lh.specialist", SPECIALIST, () -> queries.get(late.id()));
            assertThat(overdue.overdue()).isTrue();
            assertThat(overdue.events()).extracting(CaseView.EventView::type).contains(CaseEventType.OVERDUE);
            assertThat(as("lh.specialist", SPECIALIST, () -> queries.worklist(CaseFilter.of(CaseList.OVERDUE), ALL))
                            .rows())
                    .extracting(CaseSummary::id)
                    .contains(late.id());
            as("lh.admin", PLATFORM, () -> deadlines.runNow());
            assertThat(as("lh.specialist", SPECIALIST, () -> queries.get(late.id()))
                            .events())
                    .filteredOn(e -> e.type() == CaseEventType.OVERDUE)
                    .as("flagged once")
                    .hasSize(1);
        } finally {
            mail.stop();
        }
    }

    @Test
    void aClerkSeesTheClientsCasesInEveryInstitutionAndTheLookIsAudited() {
        String client = PersonalCodes.born("150385", 110);
        CaseRef here = registered(client);
        CaseRef elsewhere = as(
                "lc.clerk2",
                CLERK,
                () -> registration.register(
                        application(client, "LH-IZZINA", Map.of("iban", "LV80BANK0000435195001"), List.of())));
        long reads = world.count(
                "select count(a) from AuditEvent a where a.action = ?1 and a.actor = ?2",
                AuditAction.READ_PERSONAL_DATA,
                "lc.clerk");
        List<CaseSummary> history = as("lc.clerk", CLERK, () -> queries.clientHistory(client));
        assertThat(history).extracting(CaseSummary::id).containsExactlyInAnyOrder(here.id(), elsewhere.id());
        assertThat(world.count(
                        "select count(a) from AuditEvent a where a.action = ?1 and a.actor = ?2",
                        AuditAction.READ_PERSONAL_DATA,
                        "lc.clerk"))
                .isEqualTo(reads + 1);
        assertThat(as("lo.specialist", SPECIALIST, () -> queries.clientHistory(client)))
                .as("a specialist sees only their institution's cases of the client")
                .isEmpty();
    }

    @Test
    void aDayTheCabinetMovesOffLengthensTheDeadlinesCountedFromThen() {
        LocalDate today = LocalDate.now(Clocks.RIGA);
        WorkingDayCalendar law = WorkingDayCalendar.byLawOnly();
        LocalDate movedOff = law.addWorkingDays(today, 1);
        long entry = as(
                "lh.admin", PLATFORM, () -> calendar.add(movedOff, DayKind.DAY_OFF, "MK rīkojums Nr. 1 (tests)", null));
        try {
            CaseRef ref = as(
                    "lc.clerk",
                    CLERK,
                    () -> registration.register(application(
                            PersonalCodes.born("150385", 111),
                            "LH-IZZINA",
                            Map.of("iban", "LV80BANK0000435195001"),
                            List.of())));
            LocalDate registered =
                    as("lh.specialist", SPECIALIST, () -> queries.get(ref.id()).registeredOn());
            assertThat(as(
                            "lh.specialist",
                            SPECIALIST,
                            () -> queries.get(ref.id()).dueOn()))
                    .as("two working days, one of them moved off")
                    .isEqualTo(law.addWorkingDays(registered, 3));
            run(
                    "lh.admin",
                    PLATFORM,
                    () -> assertThatThrownBy(() -> calendar.add(movedOff, DayKind.DAY_OFF, "Vēlreiz", null))
                            .isInstanceOfSatisfying(
                                    RuleViolation.class,
                                    v -> assertThat(v.messageKey()).isEqualTo("calendar.day.taken")));
            run(
                    "lc.clerk",
                    CLERK,
                    () -> assertThatThrownBy(() -> calendar.remove(entry))
                            .as("the calendar is the platform's")
                            .isInstanceOf(EJBAccessException.class));
        } finally {
            run("lh.admin", PLATFORM, () -> calendar.remove(entry));
        }
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
                        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aCaseNamesOnlyFilesItsClerkUploadedAndAnyOtherIsRefusedAsIfItDidNotExist() {
        FileRef theirs =
                as("lc.clerk", CLERK, () -> registration.upload("iesniegums.pdf", new ByteArrayInputStream(pdf())));
        for (FileRef named : List.of(
                theirs,
                FileRef.named(java.util.UUID.randomUUID().toString(), "x.pdf"),
                FileRef.named(theirs.sha256(), "x.pdf"))) {
            assertThatThrownBy(() -> run(
                            "lc.clerk2",
                            CLERK,
                            () -> registration.register(application(
                                    PersonalCodes.born("150385", 171),
                                    "LH-PABALSTS",
                                    Map.of("iban", "LV80BANK0000435195001"),
                                    List.of(new NewCase.Attachment(named, null))))))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.messageKey()).isEqualTo("file.unknown");
                        assertThat(v.field()).isEqualTo("attachments");
                    });
        }
        assertThat(world.count(
                        "select count(c) from ServiceCase c where c.client.code = ?1",
                        PersonalCodes.born("150385", 171).replace("-", "")))
                .as("nothing half-saved")
                .isZero();
    }

    @Test
    void documentsTheClientBringsLaterJoinTheOpenCaseByItsCentreOrHolderAndNoOneElse() {
        CaseRef c = registered(PersonalCodes.born("150385", 172));
        FileRef later = as("lc.clerk", CLERK, () -> documents.upload("izzina.pdf", new ByteArrayInputStream(pdf())));
        run("lc.clerk", CLERK, () -> documents.add(c.id(), queries.get(c.id()).version(), List.of(later)));
        CaseView added = as("lh.specialist", SPECIALIST, () -> queries.get(c.id()));
        assertThat(added.documents()).anySatisfy(d -> assertThat(d.name()).isEqualTo("izzina.pdf"));
        assertThat(added.events()).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo(CaseEventType.DOCUMENTS_ADDED);
            assertThat(e.detail()).isEqualTo("izzina.pdf");
        });

        FileRef elsewhere = as("lc.clerk2", CLERK, () -> documents.upload("cits.pdf", new ByteArrayInputStream(pdf())));
        assertThatThrownBy(
                        () -> run("lc.clerk2", CLERK, () -> documents.add(c.id(), added.version(), List.of(elsewhere))))
                .as("another centre's consultant: no such case")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(
                        () -> run("lc.clerk", CLERK, () -> documents.add(c.id(), added.version(), List.of(elsewhere))))
                .as("a file another consultant uploaded is refused as if it did not exist")
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("file.unknown"));
        assertThatThrownBy(() -> run("lc.clerk", CLERK, () -> documents.add(c.id(), added.version(), List.of())))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("case.documents.none"));

        run("lh.specialist", SPECIALIST, () -> {
            handling.take(c.id(), queries.get(c.id()).version());
            handling.complete(c.id(), queries.get(c.id()).version(), "granted", "Piešķirts", List.of());
        });
        FileRef tooLate =
                as("lh.specialist", SPECIALIST, () -> documents.upload("velak.pdf", new ByteArrayInputStream(pdf())));
        assertThatThrownBy(() -> run(
                        "lh.specialist",
                        SPECIALIST,
                        () -> documents.add(c.id(), queries.get(c.id()).version(), List.of(tooLate))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("case.documents.closed"));
        assertThat(as("lh.specialist", SPECIALIST, () -> queries.get(c.id())).documents())
                .as("nothing half-saved")
                .noneMatch(d -> d.name().equals("velak.pdf") || d.name().equals("cits.pdf"));
    }
}
