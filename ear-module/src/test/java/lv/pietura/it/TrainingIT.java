package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import lv.pietura.cases.CaseHandling;
import lv.pietura.cases.CaseQueries;
import lv.pietura.cases.CaseRef;
import lv.pietura.cases.CaseRegistration;
import lv.pietura.cases.CaseType;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.NewCase;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.Service;
import lv.pietura.catalogue.ServiceContent;
import lv.pietura.catalogue.ServiceDirectory;
import lv.pietura.catalogue.ServiceManagement;
import lv.pietura.catalogue.ServiceVersion;
import lv.pietura.eaddress.DeliveryWorker;
import lv.pietura.eaddress.EAddressAccount;
import lv.pietura.eaddress.MailboxFilter;
import lv.pietura.eaddress.Mailboxes;
import lv.pietura.eaddress.Sending;
import lv.pietura.eaddress.Webhooks;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.PersonalCodes;
import lv.pietura.it.support.TestServices;
import lv.pietura.it.support.TestWorld;
import lv.pietura.kpi.DailyFigures;
import lv.pietura.organisation.AgreementFilter;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.CentreType;
import lv.pietura.organisation.Choice;
import lv.pietura.organisation.InstitutionAdministration;
import lv.pietura.organisation.InstitutionFilter;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.InstitutionView;
import lv.pietura.organisation.OpeningHours;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.SignIn;
import lv.pietura.organisation.SignInOutcome;
import lv.pietura.organisation.StaffAdministration;
import lv.pietura.rollout.Onboarding;
import lv.pietura.rollout.OnboardingStep;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.RuleViolation;
import lv.pietura.training.MadeUpClient;
import lv.pietura.training.Sandboxes;
import lv.pietura.training.TrainingJourney;
import lv.pietura.visits.BookingViews;
import lv.pietura.visits.BookingViews.BookingRequest;
import lv.pietura.visits.Bookings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The training sandbox: a municipality's administrator opens it from the real centre and service and gives a staff
 * member a trainee account; the trainee registers, handles and completes cases, sends and reads messages, all real,
 * but nothing reaches a real e-address or e-mail (a real client's result stays in the sandbox, a message to a real
 * address is refused, no mail is sent), no figure counts it, and no real centre or institution can reach into it. The
 * trainer sees the trainee's journeys, which outlive a reset, and the onboarding checklist sees the staff trained.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

    private static final Set<String> ADMIN = roles(Role.INSTITUTION_ADMIN);
    private static final Set<String> MANAGER = roles(Role.SERVICE_MANAGER);
    private static final Set<String> CLERK = roles(Role.CLERK);
    private static final Set<String> TRAINEE = roles(Role.CLERK, Role.SPECIALIST);
    private static final Set<String> PLATFORM = roles(Role.PLATFORM_ADMIN);
    private static final String MADE_UP = MadeUpClient.ALL.get(0).personalCode();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @Inject
    Clocks clocks;

    @PersistenceContext(unitName = "pietura")
    EntityManager em;

    @EJB
    Sandboxes sandboxes;

    @EJB
    ServiceManagement management;

    @EJB
    ServiceDirectory directory;

    @EJB
    CaseRegistration registration;

    @EJB
    CaseHandling handling;

    @EJB
    CaseQueries queries;

    @EJB
    Sending sending;

    @EJB
    Mailboxes mailboxes;

    @EJB
    DeliveryWorker worker;

    @EJB
    Onboarding onboarding;

    @EJB
    InstitutionAdministration institutions;

    @Inject
    DailyFigures figures;

    @EJB
    Bookings bookings;

    @EJB
    SignIn signIn;

    @EJB
    Webhooks webhooks;

    @EJB
    StaffAdministration staffAdministration;

    @Test
    void aTraineeWorksForRealInTheSandboxAndNothingLeavesItOrCounts() {
        GreenMail mail = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            TestWorld.Tenant town =
                    world.institution("Mācību novada pašvaldība", 940_600, InstitutionKind.MUNICIPALITY);
            long centre = world.centre(town, "Mācību novada VPVKAC");
            world.staff("mc.admin", town, null, Role.INSTITUTION_ADMIN);
            world.staff("mc.manager", town, null, Role.SERVICE_MANAGER);
            world.staff("mc.all", town, centre, Role.CLERK, Role.SPECIALIST);
            world.staff("mc.clerk", town, centre, Role.CLERK);
            run("mc.manager", MANAGER, () -> {
                long id = management.create("MC-PABALSTS", TestServices.withIntakeForm("Mācību pabalsts", 10));
                management.publish(id, LocalDate.now(Clocks.RIGA));
                management.offerAt(id, Set.of(centre));
            });
            world.inTransaction(() -> {
                Centre real = em.find(Centre.class, centre);
                List<OpeningHours> hours = new ArrayList<>();
                for (DayOfWeek day : DayOfWeek.values()) {
                    hours.add(new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
                }
                real.describe(real.name(), real.municipality(), real.address(), CentreType.COUNTY, hours);
                return null;
            });
            run("mc.clerk", CLERK, () -> bookings.plan(30, 2, 30));
            String realClient = PersonalCodes.born("040490", 611);
            world.inTransaction(() -> {
                em.persist(EAddressAccount.ofPerson(realClient, "Reāla Kliente", true, Instant.now()));
                return null;
            });

            // the trainer opens the sandbox and gives a staff member a trainee account
            assertThatThrownBy(() -> as("mc.admin", ADMIN, () -> sandboxes.addTrainee(1L)))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("training.notOpened"));
            long withoutAgreementBefore = as("admin", PLATFORM, () -> institutions.countWithoutValidAgreement());
            long sandboxId = as("mc.admin", ADMIN, () -> sandboxes.open());
            Sandboxes.SandboxView sandbox =
                    as("mc.admin", ADMIN, () -> sandboxes.mine()).orElseThrow();
            assertThat(sandbox.id()).isEqualTo(sandboxId);
            assertThat(sandbox.name().lv()).isEqualTo("Mācību novada pašvaldība (mācību vide)");
            assertThat(sandbox.centres()).containsExactly("Mācību novada VPVKAC");
            assertThat(sandbox.services()).containsExactly("M-MC-PABALSTS");
            assertThat(as("mc.admin", ADMIN, () -> sandboxes.open()))
                    .as("opened again: brought up to date, not made twice")
                    .isEqualTo(sandboxId);
            // the platform's lists hold real institutions only; the audit trail's choice holds the sandbox too
            assertThat(as("admin", PLATFORM, () -> institutions.countWithoutValidAgreement()))
                    .isEqualTo(withoutAgreementBefore);
            assertThat(as(
                                    "admin",
                                    PLATFORM,
                                    () -> institutions.find(
                                            new InstitutionFilter("Mācību novada", null), PageRequest.of(0, 20)))
                            .rows())
                    .extracting(InstitutionView::id)
                    .containsExactly(town.id());
            assertThat(as("admin", PLATFORM, () -> institutions.choices()))
                    .extracting(Choice::id)
                    .contains(town.id())
                    .doesNotContain(sandboxId);
            assertThat(as("admin", PLATFORM, () -> institutions.municipalities()))
                    .extracting(Choice::id)
                    .contains(town.id())
                    .doesNotContain(sandboxId);
            assertThat(as(
                                    "admin",
                                    PLATFORM,
                                    () -> institutions.agreements(
                                            new AgreementFilter(sandboxId, null), PageRequest.of(0, 20)))
                            .rows())
                    .isEmpty();
            assertThat(as("admin", PLATFORM, () -> institutions.choicesWithSandboxes()))
                    .extracting(Choice::id)
                    .contains(town.id(), sandboxId);
            assertThat(as("mc.admin", ADMIN, () -> sandboxes.mine())
                            .orElseThrow()
                            .services())
                    .containsExactly("M-MC-PABALSTS");
            long trainee = world.list("select s.id from StaffAccount s where s.username = ?1", Long.class, "mc.all")
                    .get(0);
            char[] password = as("mc.admin", ADMIN, () -> sandboxes.addTrainee(trainee));
            assertThat(password).isNotEmpty();
            assertThatThrownBy(() -> as("mc.admin", ADMIN, () -> sandboxes.addTrainee(trainee)))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("training.trainee.exists"));
            long elsewhere = world.list(
                            "select s.id from StaffAccount s where s.username = ?1", Long.class, "adazi.clerk")
                    .get(0);
            assertThatThrownBy(() -> as("mc.admin", ADMIN, () -> sandboxes.addTrainee(elsewhere)))
                    .as("another institution's staff member is not there to train")
                    .isInstanceOf(NotFound.class);
            assertThat(as("mc.admin", ADMIN, () -> sandboxes.candidates()))
                    .extracting(Sandboxes.Candidate::username)
                    .contains("mc.clerk")
                    .doesNotContain("mc.all");

            // the trainee books a made-up client's visit at the sandbox's centre, which nobody else sees or books
            long trainingCentre = world.list(
                            "select c.id from Centre c where c.municipality.id = ?1", Long.class, sandboxId)
                    .get(0);
            assertThat(as("mc.all.macibas", TRAINEE, () -> bookings.centres()))
                    .extracting(BookingViews.BookableCentre::id)
                    .contains(trainingCentre);
            assertThat(bookings.centres())
                    .as("the public does not see the sandbox's centre")
                    .extracting(BookingViews.BookableCentre::id)
                    .doesNotContain(trainingCentre)
                    .contains(centre);
            LocalDate visitDay = Stream.iterate(LocalDate.now(Clocks.RIGA).plusDays(2), d -> d.plusDays(1))
                    .filter(d -> !as("mc.all.macibas", TRAINEE, () -> bookings.freeTimes(trainingCentre, d))
                            .isEmpty())
                    .findFirst()
                    .orElseThrow();
            BookingRequest visit = new BookingRequest(
                    trainingCentre,
                    "M-MC-PABALSTS",
                    visitDay,
                    LocalTime.of(10, 0),
                    "Ieva Paraudziņa",
                    "ieva@example.lv",
                    null,
                    "lv",
                    null);
            assertThatThrownBy(() -> bookings.book(visit))
                    .as("nobody but its trainees books at the sandbox's centre")
                    .isInstanceOf(NotFound.class);
            as("mc.all.macibas", TRAINEE, () -> bookings.book(visit));

            // the trainee registers: a made-up client's case, and one for a real person's code
            String service = "M-MC-PABALSTS";
            CaseRef practice =
                    as("mc.all.macibas", TRAINEE, () -> registration.register(application(MADE_UP, service)));
            CaseRef realPerson =
                    as("mc.all.macibas", TRAINEE, () -> registration.register(application(realClient, service)));
            assertThatThrownBy(() -> as(
                            "mc.all.macibas",
                            TRAINEE,
                            () -> registration.register(application(MADE_UP, "MC-PABALSTS"))))
                    .as("the real service is not the sandbox's")
                    .isInstanceOf(RuleViolation.class);
            assertThatThrownBy(() -> as("mc.clerk", CLERK, () -> registration.register(application(MADE_UP, service))))
                    .as("a real centre does not register the sandbox's service")
                    .isInstanceOf(RuleViolation.class);
            assertThat(as("mc.all.macibas", TRAINEE, () -> handling.forwardTargets()))
                    .as("a sandbox's case is forwarded to no real institution")
                    .noneMatch(c -> c.id() == town.id());

            // ... handles and completes them; the results stay in the sandbox
            run("mc.all.macibas", TRAINEE, () -> {
                for (CaseRef c : List.of(practice, realPerson)) {
                    handling.take(c.id(), queries.get(c.id()).version());
                    handling.complete(c.id(), queries.get(c.id()).version(), "granted", "Piešķirts", List.of());
                }
                assertThatThrownBy(() -> queries.sendRatingLink(practice.id(), "https://pietura.example.lv/rate"))
                        .isInstanceOfSatisfying(
                                RuleViolation.class,
                                v -> assertThat(v.messageKey()).isEqualTo("training.noMail"));
            });
            assertThat(world.count(
                            "select count(r) from CaseResult r where r.caseId = ?1 and r.messageId is not null",
                            practice.id()))
                    .as("the made-up client's result went to her training e-address")
                    .isEqualTo(1);
            assertThat(world.count(
                            "select count(r) from CaseResult r where r.caseId = ?1 and r.otherChannel = true",
                            realPerson.id()))
                    .as("a real person's result is left for another channel, never sent from the sandbox")
                    .isEqualTo(1);
            assertThat(world.count(
                            "select count(d) from Delivery d where d.recipient.identifier = ?1",
                            realClient.replace("-", "")))
                    .as("nothing for the real person")
                    .isZero();

            // ... sends: to a made-up client, never to a real address; the search finds only its own kind
            assertThatThrownBy(() -> as(
                            "mc.all.macibas",
                            TRAINEE,
                            () -> sending.send(List.of(realClient), "Mācības", "Teksts", List.of(), null, null)))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("training.realAddress"));
            as(
                    "mc.all.macibas",
                    TRAINEE,
                    () -> sending.send(
                            List.of(MADE_UP), "Atbilde", "Jūsu iesniegums ir saņemts.", List.of(), null, null));
            assertThat(as(
                                    "mc.all.macibas",
                                    TRAINEE,
                                    () -> sending.checkBulk("personas_kods\n" + MADE_UP + "\n" + realClient + "\n"))
                            .addressable())
                    .as("a bulk list from the sandbox reaches the made-up client alone")
                    .isEqualTo(1);
            assertThat(as("mc.all.macibas", TRAINEE, () -> sending.searchAddressees(realClient)))
                    .isEmpty();
            assertThat(as("mc.all.macibas", TRAINEE, () -> sending.searchAddressees(MADE_UP)))
                    .hasSize(1);
            assertThat(as("mc.clerk", roles(Role.CLERK), () -> sending.searchAddressees(MADE_UP)))
                    .as("a real institution does not find a made-up client")
                    .isEmpty();

            // ... and reads the made-up client's message in the sandbox's mailbox
            as("admin", PLATFORM, () -> worker.deliverNow());
            String arrived = as("mc.all.macibas", TRAINEE, () -> mailboxes.inbox(MailboxFilter.none(), null, 20))
                    .rows()
                    .get(0)
                    .id();
            as("mc.all.macibas", TRAINEE, () -> mailboxes.open(arrived));

            // none of it counts in the figures
            LocalDate today = LocalDate.now(Clocks.RIGA);
            world.inTransaction(() -> figures.build(today));
            assertThat(world.count("select count(d) from CaseDayFigures d where d.institutionId = ?1", sandboxId))
                    .isZero();
            assertThat(world.count("select count(m) from MessageDayFigures m where m.institutionId = ?1", sandboxId))
                    .isZero();

            // the trainer sees every journey done, and the checklist the staff trained
            Sandboxes.Trainee progress = as("mc.admin", ADMIN, () -> sandboxes.mine())
                    .orElseThrow()
                    .trainees()
                    .get(0);
            assertThat(progress.username()).isEqualTo("mc.all.macibas");
            assertThat(progress.done()).containsOnlyKeys(TrainingJourney.values());
            assertThat(progress.completed()).isTrue();
            assertThat(as("mc.admin", ADMIN, () -> onboarding.mine()).items())
                    .filteredOn(i -> i.step() == OnboardingStep.STAFF_TRAINED)
                    .singleElement()
                    .satisfies(i -> assertThat(i.done()).isTrue());
            long stepsDone = as("mc.admin", ADMIN, () -> onboarding.mine()).items().stream()
                    .filter(Onboarding.Item::done)
                    .count();
            assertThat(as("admin", PLATFORM, () -> onboarding.overview()))
                    .as("the platform's overview reads every sandbox's training at once, and counts the same")
                    .filteredOn(p -> p.institutionId() == town.id())
                    .singleElement()
                    .satisfies(p -> assertThat(p.done()).isEqualTo(stepsDone));

            // a reset clears the work, keeps the progress, and leaves a message to read
            run("mc.admin", ADMIN, () -> sandboxes.reset());
            assertThat(world.count("select count(c) from ServiceCase c where c.handlingInstitution.id = ?1", sandboxId))
                    .isZero();
            assertThat(world.count("select count(c) from ServiceCase c where c.id = ?1", practice.id()))
                    .isZero();
            assertThat(world.count("select count(b) from Booking b where b.centre.id = ?1", trainingCentre))
                    .isZero();
            assertThat(as("mc.admin", ADMIN, () -> sandboxes.mine())
                            .orElseThrow()
                            .trainees()
                            .get(0)
                            .completed())
                    .isTrue();
            assertThat(world.count("select count(d) from Delivery d where d.recipient.institutionId = ?1", sandboxId))
                    .as("the made-up client's first message again")
                    .isEqualTo(1);

            // a trainee who administers the sandbox registers no webhook: nothing calls out of it
            world.staff("mc.admin2", town, null, Role.INSTITUTION_ADMIN);
            long admin2 = world.list("select s.id from StaffAccount s where s.username = ?1", Long.class, "mc.admin2")
                    .get(0);
            as("mc.admin", ADMIN, () -> sandboxes.addTrainee(admin2));
            assertThatThrownBy(() ->
                            as("mc.admin2.macibas", ADMIN, () -> webhooks.register("https://dvs.example.lv/hook")))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("training.noWebhook"));

            // the staff member leaves: their trainee account works no more
            assertThat(signIn.signIn("mc.all.macibas", password).outcome()).isEqualTo(SignInOutcome.SIGNED_IN);
            run("mc.admin", ADMIN, () -> staffAdministration.deactivate(trainee));
            assertThat(signIn.signIn("mc.all.macibas", password).outcome()).isEqualTo(SignInOutcome.INACTIVE);
            assertThatThrownBy(() -> as("mc.all.macibas", TRAINEE, () -> sandboxes.inTraining()))
                    .isInstanceOf(AccessDenied.class);

            // nothing was mailed: not the client, not the trainee (the server's other mail, the demo's alerts, may
            // come)
            mail.waitForIncomingEmail(2_000, 1);
            assertThat(Arrays.stream(mail.getReceivedMessages()).map(TrainingIT::recipientAndSubject))
                    .noneMatch(m -> m.contains("ieva@example.lv") || m.contains("mc.all@tests.example.lv"));
        } finally {
            mail.stop();
        }
    }

    @Test
    void aHolderWithoutCentresPractisesAtItsSandboxsPracticeCentre() {
        TestWorld.Tenant agency = world.institution("Mācību aģentūra", 940_700, InstitutionKind.STATE_BODY);
        world.staff("ma.admin", agency, null, Role.INSTITUTION_ADMIN);
        world.staff("ma.manager", agency, null, Role.SERVICE_MANAGER);
        long specialist = world.staff("ma.specialist", agency, null, Role.SPECIALIST);
        run("ma.manager", MANAGER, () -> {
            long id = management.create("MA-PABALSTS", TestServices.withIntakeForm("Aģentūras pabalsts", 10));
            management.publish(id, LocalDate.now(Clocks.RIGA));
        });
        long sandboxId = as("ma.admin", ADMIN, () -> sandboxes.open());
        assertThat(as("ma.admin", ADMIN, () -> sandboxes.mine()).orElseThrow().centres())
                .containsExactly("Mācību centrs");
        as("ma.admin", ADMIN, () -> sandboxes.addTrainee(specialist));
        Sandboxes.Trainee trainee = as("ma.admin", ADMIN, () -> sandboxes.mine())
                .orElseThrow()
                .trainees()
                .get(0);
        assertThat(trainee.roles())
                .as("at the practice centre the specialist makes her own cases")
                .containsExactlyInAnyOrder(Role.SPECIALIST, Role.CLERK);
        assertThat(trainee.expected()).containsExactly(TrainingJourney.values());
        CaseRef c = as(
                "ma.specialist.macibas", TRAINEE, () -> registration.register(application(MADE_UP, "M-MA-PABALSTS")));
        assertThat(world.count(
                        "select count(c) from ServiceCase c where c.id = ?1 and c.handlingInstitution.id = ?2",
                        c.id(),
                        sandboxId))
                .isEqualTo(1);
        assertThat(as("ma.admin", ADMIN, () -> onboarding.mine()).items())
                .filteredOn(i -> i.step() == OnboardingStep.STAFF_TRAINED)
                .singleElement()
                .as("one journey of five is no training yet")
                .satisfies(i -> assertThat(i.done()).isFalse());
    }

    @Test
    void aTraineeAccountTheTrainerEndsSignsInNoMoreAndCanBeGivenAgain() {
        TestWorld.Tenant agency = world.institution("Mācību inspekcija", 940_900, InstitutionKind.STATE_BODY);
        world.staff("mi.admin", agency, null, Role.INSTITUTION_ADMIN);
        long specialist = world.staff("mi.specialist", agency, null, Role.SPECIALIST);
        long sandboxId = as("mi.admin", ADMIN, () -> sandboxes.open());
        char[] first = as("mi.admin", ADMIN, () -> sandboxes.addTrainee(specialist));
        long trainee = as("mi.admin", ADMIN, () -> sandboxes.mine())
                .orElseThrow()
                .trainees()
                .get(0)
                .id();
        assertThat(signIn.signIn("mi.specialist.macibas", first).outcome()).isEqualTo(SignInOutcome.SIGNED_IN);

        assertThatThrownBy(() -> run("adazi.admin", ADMIN, () -> sandboxes.endTrainee(trainee)))
                .as("another institution's trainer: the trainee is not found, as a missing one")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> run("mi.admin", ADMIN, () -> sandboxes.endTrainee(specialist)))
                .as("the staff member's own account is not a trainee account")
                .isInstanceOf(NotFound.class);
        run("mi.admin", ADMIN, () -> sandboxes.endTrainee(trainee));

        assertThat(signIn.signIn("mi.specialist.macibas", first).outcome()).isEqualTo(SignInOutcome.INACTIVE);
        assertThatThrownBy(() -> as("mi.specialist.macibas", TRAINEE, () -> sandboxes.inTraining()))
                .as("a session of the ended account ends at its next request")
                .isInstanceOf(AccessDenied.class);
        assertThat(world.list("select s.active from StaffAccount s where s.id = ?1", Boolean.class, specialist))
                .as("the staff member's own account is untouched")
                .containsExactly(true);
        Sandboxes.SandboxView ended =
                as("mi.admin", ADMIN, () -> sandboxes.mine()).orElseThrow();
        assertThat(ended.trainees())
                .singleElement()
                .satisfies(t -> assertThat(t.active()).isFalse());
        assertThat(as("mi.admin", ADMIN, () -> sandboxes.candidates()))
                .extracting(Sandboxes.Candidate::username)
                .as("the staff member can be given the account again")
                .contains("mi.specialist");
        assertThatThrownBy(() -> run("mi.admin", ADMIN, () -> sandboxes.endTrainee(trainee)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("training.trainee.endedAlready"));

        char[] again = as("mi.admin", ADMIN, () -> sandboxes.addTrainee(specialist));
        assertThat(again).isNotEqualTo(first);
        assertThat(as("mi.admin", ADMIN, () -> sandboxes.mine()).orElseThrow().trainees())
                .as("the same account given back, not a second one")
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.id()).isEqualTo(trainee);
                    assertThat(t.active()).isTrue();
                });
        assertThat(signIn.signIn("mi.specialist.macibas", first).outcome())
                .as("the password of before works no more")
                .isEqualTo(SignInOutcome.BAD_CREDENTIALS);
        assertThat(signIn.signIn("mi.specialist.macibas", again).outcome()).isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(world.list(
                        "select e.detail from AuditEvent e where e.entityType = ?1 and e.entityId = ?2"
                                + " and e.detail like 'trainee %' order by e.id",
                        String.class, "TrainingSandbox", String.valueOf(sandboxId)))
                .containsExactly(
                        "trainee mi.specialist.macibas",
                        "trainee mi.specialist.macibas ended",
                        "trainee mi.specialist.macibas given again");
    }

    @Test
    void aServiceChangedInTheRealCatalogueReachesTheSandboxWhenItIsBroughtUpToDate() {
        TestWorld.Tenant office = world.institution("Mācību birojs", 940_800, InstitutionKind.STATE_BODY);
        world.staff("mb.admin", office, null, Role.INSTITUTION_ADMIN);
        world.staff("mb.manager", office, null, Role.SERVICE_MANAGER);
        List<ServiceContent.FeeData> fee =
                List.of(new ServiceContent.FeeData("Valsts nodeva", "State fee", new BigDecimal("7.5"), "MK 1"));
        long real = as("mb.manager", MANAGER, () -> {
            long id = management.create("MB-IZZINA", TestServices.withIntakeForm("Izziņa", 10, fee));
            management.publish(id, LocalDate.now(Clocks.RIGA));
            return id;
        });
        long sandboxId = as("mb.admin", ADMIN, () -> sandboxes.open());
        as("mb.admin", ADMIN, () -> sandboxes.open());
        assertThat(copyVersions())
                .as("nothing changed: no new version of the copy")
                .containsExactly("Izziņa");

        // the real service gets a new version from tomorrow; tomorrow the trainer brings the sandbox up to date
        run("mb.manager", MANAGER, () -> management.startNewVersion(real));
        int draftVersion = world.list(
                        "select v.version from ServiceVersion v where v.service.id = ?1 and v.number = 2",
                        Integer.class,
                        real)
                .get(0);
        run("mb.manager", MANAGER, () -> {
            management.saveDraft(
                    real, draftVersion, TestServices.withIntakeForm("Izziņa par deklarēto adresi", 5, fee));
            management.publish(real, LocalDate.now(Clocks.RIGA).plusDays(1));
        });
        as("mb.admin", ADMIN, () -> sandboxes.open());
        assertThat(copyVersions())
                .as("not in force yet: the copy keeps the first")
                .containsExactly("Izziņa");
        LocalDate tomorrow = LocalDate.now(Clocks.RIGA).plusDays(1);
        clocks.travel(Duration.ofDays(1));
        try {
            assertThat(as("mb.admin", ADMIN, () -> sandboxes.open())).isEqualTo(sandboxId);
            assertThat(copyVersions())
                    .as("the new content is the copy's next version, in force today")
                    .containsExactly("Izziņa", "Izziņa par deklarēto adresi");
            world.inTransaction(() -> {
                Service copy = em.createQuery("select s from Service s where s.code = 'M-MB-IZZINA'", Service.class)
                        .getSingleResult();
                ServiceVersion inForce = copy.versionInForceOn(tomorrow).orElseThrow();
                assertThat(inForce.number()).isEqualTo(2);
                assertThat(inForce.deadlineDays()).isEqualTo(5);
                assertThat(inForce.totalFee().euro()).isEqualByComparingTo("7.50");
                return null;
            });
            as("mb.admin", ADMIN, () -> sandboxes.open());
            assertThat(copyVersions())
                    .as("brought up to date again: nothing more")
                    .hasSize(2);
        } finally {
            clocks.reset();
        }
    }

    /** The names of the versions of the sandbox's copy of MB-IZZINA, in order. */
    private List<String> copyVersions() {
        return world.list(
                "select v.name.lv from ServiceVersion v where v.service.code = ?1 order by v.number",
                String.class,
                "M-MB-IZZINA");
    }

    private static String recipientAndSubject(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients()) + ": " + message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static NewCase application(String clientCode, String service) {
        return NewCase.of(
                        ClientKind.PERSON,
                        clientCode,
                        "Ieva Paraudziņa",
                        service,
                        CaseType.APPLICATION,
                        Channel.IN_PERSON,
                        Map.of("iban", "LV80BANK0000435195001"))
                .withContact("ieva@example.lv", null);
    }
}
