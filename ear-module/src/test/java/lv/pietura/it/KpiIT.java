package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lv.pietura.audit.AuditAction;
import lv.pietura.cases.CaseEvent;
import lv.pietura.cases.CaseEventType;
import lv.pietura.cases.CaseFees;
import lv.pietura.cases.CaseHandling;
import lv.pietura.cases.CaseQueries;
import lv.pietura.cases.CaseRef;
import lv.pietura.cases.CaseRegistration;
import lv.pietura.cases.CaseState;
import lv.pietura.cases.CaseType;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.IdentityDocument;
import lv.pietura.cases.NewCase;
import lv.pietura.cases.PaymentMethod;
import lv.pietura.cases.ServiceCase;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.ServiceContent;
import lv.pietura.catalogue.ServiceDirectory;
import lv.pietura.catalogue.ServiceManagement;
import lv.pietura.eaddress.CaseResult;
import lv.pietura.eaddress.DeliveryWorker;
import lv.pietura.eaddress.EAddressAccount;
import lv.pietura.eaddress.MyMailbox;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.PersonalCodes;
import lv.pietura.it.support.ServerMetrics;
import lv.pietura.it.support.TestServices;
import lv.pietura.it.support.TestWorld;
import lv.pietura.it.support.TestWorld.Tenant;
import lv.pietura.kpi.Dashboards;
import lv.pietura.kpi.KpiFilter;
import lv.pietura.kpi.KpiOperations;
import lv.pietura.kpi.MinistryReport;
import lv.pietura.kpi.NightlyRun;
import lv.pietura.kpi.Reports;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.TenantScope;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.Money;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.RoleNames;
import lv.pietura.shared.RuleViolation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly indicators job on the real server: its figures equal those computed here, independently,
 * from the same cases; building a period again changes nothing; a run stopped midway and restarted ends
 * with the same figures.
 */
@ExtendWith(ArquillianExtension.class)
class KpiIT {

    private static final Set<String> CLERK = roles(Role.CLERK);
    private static final Set<String> SPECIALIST = roles(Role.SPECIALIST);
    private static final Set<String> MANAGER = roles(Role.SERVICE_MANAGER);
    private static final Set<String> PLATFORM = roles(Role.PLATFORM_ADMIN);

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
    KpiOperations kpi;

    @EJB
    Dashboards dashboards;

    @EJB
    NightlyRun nightly;

    @EJB
    Reports reports;

    @EJB
    DeliveryWorker worker;

    @EJB
    MyMailbox my;

    @EJB
    CaseFees fees;

    /** The service's two fee items: every application received owes both. */
    private static final BigDecimal FEE_STATE = new BigDecimal("4.50");

    private static final BigDecimal FEE_CERTIFICATE = new BigDecimal("1.20");

    private static Tenant holder;
    private static Tenant town;
    private static LocalDate first;
    private static LocalDate last;

    /** Figures of one day and channel. */
    record Figures(
            long received,
            long completed,
            long refused,
            long onTime,
            long withinNorm,
            long openAtEnd,
            long overdueAtEnd,
            long suspensions,
            long extensions,
            long forwards,
            BigDecimal median,
            BigDecimal p90,
            long feesDueCents) {}

    @BeforeEach
    void sixCasesOverTenDays() {
        // the demo's own catch-up run builds the same past days; let it finish first
        long until = System.currentTimeMillis() + 120_000;
        while (running() && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (holder != null) {
            return;
        }
        holder = world.institution("Rādītāju aģentūra", 800_300, InstitutionKind.STATE_BODY);
        town = world.institution("Rādītāju novada pašvaldība", 800_400, InstitutionKind.MUNICIPALITY);
        long centre = world.centre(town, "Rādītāju VPVKAC");
        world.staff("kp.clerk", town, centre, Role.CLERK);
        world.staff("kp.specialist", holder, null, Role.SPECIALIST);
        world.staff("kp.manager", holder, null, Role.SERVICE_MANAGER);
        world.staff("kp.platform", town, null, Role.PLATFORM_ADMIN);
        world.staff("kp.ministry", town, null, Role.SUPERVISOR);
        world.staff("kp.town.specialist", town, null, Role.SPECIALIST);
        first = LocalDate.now(Clocks.RIGA);
        last = first.plusDays(9);
        run("kp.manager", MANAGER, () -> {
            long id = management.create(
                    "KP-PABALSTS",
                    TestServices.withIntakeForm(
                            "Rādītāju pabalsts",
                            5,
                            List.of(
                                    new ServiceContent.FeeData("Valsts nodeva", null, FEE_STATE, null),
                                    new ServiceContent.FeeData("Izziņas sagatavošana", null, FEE_CERTIFICATE, null))));
            management.publish(id, first);
        });
        run("kp.platform", PLATFORM, () -> directory.placeInBasket("KP-PABALSTS", true));
        try {
            List<CaseRef> cases = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Channel channel = i % 2 == 0 ? Channel.IN_PERSON : Channel.E_SERVICE;
                String client = PersonalCodes.born("040480", 300 + i);
                cases.add(as(
                        "kp.clerk",
                        CLERK,
                        () -> registration.register(NewCase.of(
                                ClientKind.PERSON,
                                client,
                                "Klients",
                                "KP-PABALSTS",
                                CaseType.APPLICATION,
                                channel,
                                Map.of("iban", "LV80BANK0000435195001")))));
            }
            String reader = PersonalCodes.born("040480", 300);
            world.inTransaction(() -> {
                em.persist(EAddressAccount.ofPerson(reader, "Klients ar e-adresi", true, java.time.Instant.now()));
                return null;
            });
            run("kp.specialist", SPECIALIST, () -> {
                cases.forEach(c -> handling.take(c.id(), queries.get(c.id()).version()));
                complete(cases.get(0));
            });
            as("kp.platform", PLATFORM, () -> worker.deliverNow());
            String result = world.inTransaction(
                            () -> em.find(CaseResult.class, cases.get(0).id()))
                    .messageId();
            String address = reader.replace("-", "");
            as(address, Set.of(RoleNames.EADDRESS_HOLDER), () -> my.open(result));
            clocks.travel(Duration.ofDays(3));
            run("kp.specialist", SPECIALIST, () -> {
                complete(cases.get(1));
                complete(cases.get(2));
                handling.refuse(
                        cases.get(3).id(), queries.get(cases.get(3).id()).version(), "Nav tiesību", List.of());
                handling.askClient(
                        cases.get(4).id(), queries.get(cases.get(4).id()).version(), "Trūkst izziņas");
            });
            clocks.travel(Duration.ofDays(7));
            run("kp.specialist", SPECIALIST, () -> {
                handling.resume(
                        cases.get(4).id(), queries.get(cases.get(4).id()).version(), "Izziņa saņemta");
                handling.extend(
                        cases.get(4).id(), queries.get(cases.get(4).id()).version(), 3, "Jāpārbauda");
                complete(cases.get(4));
            });
        } finally {
            clocks.reset();
        }
    }

    private static boolean running() {
        try {
            return !BatchRuntime.getJobOperator()
                    .getRunningExecutions("kpi-daily")
                    .isEmpty();
        } catch (jakarta.batch.operations.NoSuchJobException never) {
            return false;
        }
    }

    @AfterEach
    void realTime() {
        clocks.reset();
    }

    private void complete(CaseRef c) {
        handling.complete(c.id(), queries.get(c.id()).version(), "granted", "Piešķirts", List.of());
    }

    @Test
    void theJobsFiguresEqualFiguresComputedIndependentlyFromTheSameCases() {
        String daily = "job=\"kpi-daily\"";
        double runsBefore = ServerMetrics.value("pietura_batch_job_duration_seconds_count", daily);
        assertThat(runToTheEnd(as("kp.platform", PLATFORM, () -> kpi.build(first, last))))
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(ServerMetrics.value("pietura_batch_job_duration_seconds_count", daily))
                .as("the run timed on /metrics")
                .isGreaterThanOrEqualTo(runsBefore + 1);
        assertThat(ServerMetrics.value("pietura_batch_job_duration_seconds_sum", daily))
                .isPositive();
        Map<String, Figures> built = built();
        assertThat(built).isEqualTo(expected());
        assertThat(built.values().stream().mapToLong(Figures::received).sum()).isEqualTo(6);
        assertThat(built.values().stream()
                        .mapToLong(f -> f.completed() + f.refused())
                        .sum())
                .isEqualTo(5);
        assertThat(built.values().stream().mapToLong(Figures::suspensions).sum())
                .isEqualTo(1);
        assertThat(built.values().stream().mapToLong(Figures::feesDueCents).sum())
                .as("6 applications × 5,70 €")
                .isEqualTo(6 * 570);
        assertThat(built.values().stream().mapToLong(Figures::extensions).sum()).isEqualTo(1);
        assertThat(built.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(last.toString()))
                        .mapToLong(e -> e.getValue().openAtEnd())
                        .sum())
                .as("one case is still open at the end")
                .isEqualTo(1);
        assertThat(built.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(last.toString()))
                        .mapToLong(e -> e.getValue().overdueAtEnd())
                        .sum())
                .as("and past its deadline")
                .isEqualTo(1);
        assertThat(built.values())
                .as("a median of working days where cases closed")
                .anySatisfy(f -> assertThat(f.median()).isNotNull());
    }

    @Test
    void buildingAPeriodAgainChangesNothing() {
        assertThat(runToTheEnd(as("kp.platform", PLATFORM, () -> kpi.build(first, last))))
                .isEqualTo(BatchStatus.COMPLETED);
        List<String> before = rows();
        assertThat(runToTheEnd(as("kp.platform", PLATFORM, () -> kpi.build(first, last))))
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(rows()).isNotEmpty().isEqualTo(before);
    }

    @Test
    void aRunStoppedMidwayAndRestartedEndsWithTheSameFigures() {
        assertThat(runToTheEnd(as("kp.platform", PLATFORM, () -> kpi.build(first, last))))
                .isEqualTo(BatchStatus.COMPLETED);
        List<String> whole = rows();
        LocalDate longAgo = first.minusDays(600);
        world.inTransaction(() -> em.createNativeQuery("delete from kpi_case_day where kpi_day >= ?1")
                .setParameter(1, longAgo)
                .executeUpdate());
        long execution = as("kp.platform", PLATFORM, () -> kpi.build(longAgo, last));
        run("kp.platform", PLATFORM, () -> kpi.stop(execution));
        assertThat(runToTheEnd(execution)).as("stopped between two days").isEqualTo(BatchStatus.STOPPED);
        assertThat(world.count(
                        "select count(b) from BuiltDay b where b.kpiDay >= ?1 and b.kpiDay <= ?2", longAgo, last))
                .isLessThan(first.toEpochDay() - longAgo.toEpochDay() + 10);
        long restarted = as("kp.platform", PLATFORM, () -> kpi.restart(execution));
        assertThat(runToTheEnd(restarted)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rows()).isEqualTo(whole);
        assertThat(as("kp.platform", PLATFORM, () -> kpi.executions(20))).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo(restarted);
            assertThat(e.status()).isEqualTo("COMPLETED");
            assertThat(e.from()).isEqualTo(longAgo.toString());
        });
    }

    @Test
    void eachRoleReadsTheIndicatorsOfItsOwnScopeOnly() {
        assertThat(runToTheEnd(as("kp.platform", PLATFORM, () -> kpi.build(first, last))))
                .isEqualTo(BatchStatus.COMPLETED);
        KpiFilter period = new KpiFilter(first, last, null, null, null, null, null);
        Dashboards.Dashboard holders = as("kp.specialist", SPECIALIST, () -> dashboards.dashboard(period));
        assertThat(holders.scope().reach()).isEqualTo(TenantScope.Reach.INSTITUTION);
        assertThat(holders.totals().received()).isEqualTo(6);
        assertThat(holders.totals().completed()).isEqualTo(4);
        assertThat(holders.totals().feesDue()).as("six applications × 5,70 €").isEqualTo(new Money(3420));
        assertThat(holders.channels())
                .extracting(Dashboards.Line::key)
                .containsExactlyInAnyOrder("IN_PERSON", "E_SERVICE");
        assertThat(holders.services())
                .singleElement()
                .satisfies(l -> assertThat(l.key()).isEqualTo("KP-PABALSTS"));
        assertThat(holders.medianDays())
                .as("the period's median over its closed cases, not a median of the days' medians")
                .isEqualTo(percentile(workingDaysOfTheClosedCases(), 0.5));

        assertThat(holders.messages()).as("the e-address of the holder").satisfies(m -> {
            assertThat(m.messages()).isEqualTo(1);
            assertThat(m.delivered()).isEqualTo(1);
            assertThat(m.read()).isEqualTo(1);
            assertThat(m.medianMinutesToRead())
                    .as("the one reading's minutes")
                    .isEqualByComparingTo(BigDecimal.valueOf(world.inTransaction(() ->
                                    (Number) em.createNativeQuery("select d.minutes_to_read from eaddress_delivery d"
                                                    + " join eaddress_message m on m.id = d.message_id"
                                                    + " join eaddress_account a on a.id = m.sender_account_id"
                                                    + " where a.institution_id = ?1 and d.minutes_to_read is not null")
                                            .setParameter(1, holder.id())
                                            .getSingleResult())
                            .longValue()));
            assertThat(m.resultsToEAddress()).as("the client with an e-address").isEqualTo(1);
            assertThat(m.resultsOtherChannel()).as("the others").isEqualTo(4);
        });

        Dashboards.Dashboard centre = as("kp.clerk", CLERK, () -> dashboards.dashboard(period));
        assertThat(centre.scope().reach()).isEqualTo(TenantScope.Reach.CENTRE);
        assertThat(centre.totals().received())
                .as("all six were registered in the centre")
                .isEqualTo(6);

        Dashboards.Dashboard town = as(
                "kp.town.specialist",
                SPECIALIST,
                () -> dashboards.dashboard(new KpiFilter(first, last, holder.id(), null, null, null, null)));
        assertThat(town.totals().received())
                .as("another institution's, even when asked for")
                .isZero();
        assertThat(town.services()).isEmpty();
        run(
                "kp.town.specialist",
                SPECIALIST,
                () -> assertThat(dashboards.services())
                        .as("services to filter by")
                        .isEmpty());
        run("kp.specialist", SPECIALIST, () -> {
            assertThat(dashboards.services()).extracting(c -> c.label().lv()).containsExactly("Rādītāju pabalsts");
            assertThat(dashboards.institutions()).extracting(c -> c.id()).containsExactly(holder.id());
        });
        long centreId = as("kp.clerk", CLERK, () -> dashboards.centres()).get(0).id();
        assertThat(as(
                                "kp.ministry",
                                roles(Role.SUPERVISOR),
                                () -> dashboards.dashboard(
                                        new KpiFilter(first, last, null, centreId, null, null, null)))
                        .totals()
                        .received())
                .as("filtered to the centre")
                .isEqualTo(6);

        Dashboards.Dashboard ministry = as(
                "kp.ministry",
                roles(Role.SUPERVISOR),
                () -> dashboards.dashboard(
                        new KpiFilter(first, last, holder.id(), null, null, Channel.E_SERVICE, null)));
        assertThat(ministry.scope().reach()).isEqualTo(TenantScope.Reach.EVERYTHING);
        assertThat(ministry.totals().received())
                .as("the ministry filters by holder and channel")
                .isEqualTo(3);
        assertThat(ministry.candidates())
                .as("a service with all its holder's cases and no e-service channel? it has one")
                .noneMatch(c -> c.serviceCode().equals("KP-PABALSTS"));
    }

    /**
     * Every client counts: an anonymous consultation and a foreign client's application among a holder's cases;
     * the consultations and the applications add up to the cases received, on the dashboard and in the ministry's
     * report. The test server runs with more than 4 cases a year as Regulation 402's count threshold, so that
     * both rules of point 3.1 find a candidate of their own.
     */
    @Test
    void consultationsAndApplicationsAddUpToWhatWasReceivedAndBothRulesOfRegulation402FindTheirCandidates()
            throws Exception {
        Tenant big = world.institution("Kandidātu aģentūra", 800_500, InstitutionKind.STATE_BODY);
        Tenant small = world.institution("Daļas aģentūra", 800_600, InstitutionKind.STATE_BODY);
        Tenant county = world.institution("Kandidātu novada pašvaldība", 800_700, InstitutionKind.MUNICIPALITY);
        long centre = world.centre(county, "Kandidātu VPVKAC");
        world.staff("kc.clerk", county, centre, Role.CLERK);
        world.staff("kc.manager", big, null, Role.SERVICE_MANAGER);
        world.staff("kc.small.manager", small, null, Role.SERVICE_MANAGER);
        Map<String, Integer> cases = new TreeMap<>(Map.of(
                "KC-DAUDZ", 5, // more than 4 cases, 5 of 55: 9.1 %
                "KC-MAZ", 4, // 4 cases, 7.3 %: neither
                "KC-ESAITE", 46, // an e-service
                "KD-DALA", 2, // 2 of 12: 16.7 %
                "KD-ESAITE", 10));
        cases.keySet()
                .forEach(code -> run(code.startsWith("KC") ? "kc.manager" : "kc.small.manager", MANAGER, () -> {
                    long id = management.create(
                            code,
                            code.endsWith("ESAITE")
                                    ? TestServices.withIntakeForm("Pakalpojums " + code, 5)
                                    : TestServices.withoutEService("Pakalpojums " + code, 5));
                    management.publish(id, first);
                }));
        run("kp.platform", PLATFORM, () -> cases.keySet().forEach(code -> directory.placeInBasket(code, true)));
        Map<String, String> intake = Map.of("iban", "LV80BANK0000435195001");
        int born = 500;
        for (var service : cases.entrySet()) {
            for (int i = 0; i < service.getValue(); i++) {
                NewCase application = NewCase.of(
                        ClientKind.PERSON,
                        PersonalCodes.born("050590", born++),
                        "Klients",
                        service.getKey(),
                        CaseType.APPLICATION,
                        Channel.IN_PERSON,
                        intake);
                NewCase given = !service.getKey().equals("KC-DAUDZ") || i > 1
                        ? application
                        : i == 0
                                ? application
                                        .forService("KC-DAUDZ", CaseType.CONSULTATION)
                                        .anonymous()
                                : application
                                        .forForeignClient(
                                                "p 1234567-8",
                                                IdentityDocument.PASSPORT,
                                                "GB",
                                                LocalDate.of(1979, 5, 1))
                                        .withContact(null, "+44 20 7946 0000");
                run("kc.clerk", CLERK, () -> registration.register(given));
            }
        }
        run(
                "kc.clerk",
                CLERK,
                () -> assertThat(queries.clientHistory("P12345678"))
                        .as("the foreign client is found again by the document's number")
                        .singleElement()
                        .satisfies(c -> {
                            assertThat(c.clientKind()).isEqualTo(ClientKind.FOREIGN_PERSON);
                            assertThat(c.clientCode()).isEqualTo("P12345678");
                        }));
        assertThat(world.count(
                        "select count(e) from AuditEvent e where e.subject = ?1 and e.action = ?2",
                        "P12345678",
                        AuditAction.READ_PERSONAL_DATA))
                .as("looking them up is audited as a read of their data")
                .isEqualTo(1);

        assertThat(runToTheEnd(as("kp.platform", PLATFORM, () -> kpi.build(first, last))))
                .isEqualTo(BatchStatus.COMPLETED);
        Set<String> ministry = roles(Role.SUPERVISOR);
        Dashboards.Dashboard holder = as(
                "kp.ministry",
                ministry,
                () -> dashboards.dashboard(new KpiFilter(first, last, big.id(), null, null, null, null)));
        assertThat(holder.totals().received())
                .as("the anonymous and the foreign client counted")
                .isEqualTo(55);
        assertThat(holder.totals().consultations()).isEqualTo(1);
        assertThat(holder.totals().applications()).isEqualTo(54);
        assertThat(holder.services())
                .allSatisfy(
                        l -> assertThat(l.consultations() + l.applications()).isEqualTo(l.received()));
        assertThat(holder.channels())
                .allSatisfy(
                        l -> assertThat(l.consultations() + l.applications()).isEqualTo(l.received()));
        assertThat(as(
                                "kp.ministry",
                                ministry,
                                () -> dashboards.dashboard(
                                        new KpiFilter(first, last, big.id(), null, null, null, CaseType.CONSULTATION)))
                        .totals()
                        .received())
                .as("filtered to consultations")
                .isEqualTo(1);

        List<Dashboards.Candidate> candidates = as(
                        "kp.ministry",
                        ministry,
                        () -> dashboards.dashboard(new KpiFilter(first, last, null, null, null, null, null)))
                .candidates();
        assertThat(candidates)
                .filteredOn(c ->
                        c.serviceCode().startsWith("KC-") || c.serviceCode().startsWith("KD-"))
                .extracting(Dashboards.Candidate::serviceCode)
                .as("KC-DAUDZ by its count, KD-DALA by its share; not the small one, not the e-services")
                .containsExactlyInAnyOrder("KC-DAUDZ", "KD-DALA");
        assertThat(candidates)
                .filteredOn(c -> c.serviceCode().equals("KD-DALA"))
                .singleElement()
                .satisfies(c -> assertThat(c.shareOfHolder()).isEqualByComparingTo("16.7"));

        String month = first.toString().substring(0, 7);
        long execution = as("kp.platform", PLATFORM, () -> kpi.report(MinistryReport.Kind.MONTH, month));
        assertThat(runToTheEnd(execution)).isEqualTo(BatchStatus.COMPLETED);
        Reports.Report report = as("kp.ministry", ministry, () -> reports.list()).stream()
                .filter(r -> r.kind().equals("MONTH") && r.period().equals(month))
                .findFirst()
                .orElseThrow();
        List<String> lines = new String(
                        as(
                                "kp.ministry",
                                ministry,
                                () -> reports.open(report.id(), false).readAllBytes()),
                        java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines.get(0)).startsWith("\uFEFFLīmenis;Nosaukums;Saņemtas;Konsultācijas;Pieteikumi;Pabeigtas");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Iestāde;Kandidātu aģentūra;55;1;54;0;0;"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Centrs;Kandidātu VPVKAC;67;1;66;"));
        assertThat(lines.stream().filter(l -> l.contains(";Kopā;")))
                .as("a total for the institutions and one for the centres, each adding up")
                .hasSize(2)
                .allSatisfy(l -> {
                    String[] cells = l.split(";");
                    assertThat(Long.parseLong(cells[3]) + Long.parseLong(cells[4]))
                            .isEqualTo(Long.parseLong(cells[2]));
                });
    }

    /**
     * Fees at the centre: the consultant takes a payment, an exemption and a refund, prints the receipt; a
     * consultant of another centre cannot touch the case; a service whose fees are paid before the result is not
     * completed while the client owes; the figures count what was paid, exempted and refunded.
     */
    @Test
    void theFeesPaidExemptedAndRefundedAtTheCentreAreReceiptedAndCounted() throws Exception {
        Tenant agency = world.institution("Nodevu aģentūra", 800_800, InstitutionKind.STATE_BODY);
        Tenant parish = world.institution("Nodevu novada pašvaldība", 800_900, InstitutionKind.MUNICIPALITY);
        long centre = world.centre(parish, "Nodevu VPVKAC");
        world.staff("kn.clerk", parish, centre, Role.CLERK);
        world.staff("kn.specialist", agency, null, Role.SPECIALIST);
        world.staff("kn.manager", agency, null, Role.SERVICE_MANAGER);
        run("kn.manager", MANAGER, () -> {
            long id = management.create(
                    "KN-IZZINA",
                    TestServices.withIntakeForm(
                                    "Nodevu izziņa",
                                    5,
                                    List.of(
                                            new ServiceContent.FeeData("Valsts nodeva", null, FEE_STATE, null),
                                            new ServiceContent.FeeData(
                                                    "Izziņas sagatavošana", null, FEE_CERTIFICATE, null)))
                            .withFeeBeforeResult(true));
            management.publish(id, first);
        });
        run("kp.platform", PLATFORM, () -> directory.placeInBasket("KN-IZZINA", true));
        List<CaseRef> cases = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String client = PersonalCodes.born("060690", 700 + i);
            cases.add(as(
                    "kn.clerk",
                    CLERK,
                    () -> registration.register(NewCase.of(
                            ClientKind.PERSON,
                            client,
                            "Maksātājs",
                            "KN-IZZINA",
                            CaseType.APPLICATION,
                            Channel.IN_PERSON,
                            Map.of("iban", "LV80BANK0000435195001")))));
        }
        long paid = cases.get(0).id();
        long exempted = cases.get(1).id();
        run("kn.clerk", CLERK, () -> {
            assertThat(fees.pay(paid, queries.get(paid).version(), PaymentMethod.CASH, new BigDecimal("5.70"), null))
                    .isEqualTo(1);
            fees.pay(exempted, queries.get(exempted).version(), PaymentMethod.CARD, new BigDecimal("2"), null);
            fees.exempt(exempted, queries.get(exempted).version(), "Politiski represētā persona (likuma 5. pants)");
            assertThatThrownBy(() -> fees.pay(
                            exempted, queries.get(exempted).version(), PaymentMethod.CASH, BigDecimal.ONE, null))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("case.fee.moreThanOwed"));
            fees.refund(paid, queries.get(paid).version(), PaymentMethod.CASH, BigDecimal.ONE, "Pārmaksa");
        });
        run(
                "kp.clerk",
                CLERK,
                () -> assertThatThrownBy(() -> fees.receipt(paid, 1))
                        .as("another centre's consultant: no such case")
                        .isInstanceOf(NotFound.class));

        CaseFees.Receipt receipt = as("kn.clerk", CLERK, () -> fees.receipt(paid, 1));
        String number = as("kn.clerk", CLERK, () -> queries.get(paid).number());
        assertThat(receipt.fileName()).isEqualTo("kvits-" + number + "-1.pdf");
        try (PDDocument pdf = Loader.loadPDF(receipt.pdf())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Maksājuma kvīts Nr. " + number + "/1", "Nodevu izziņa", "Maksātājs", "5,70 €")
                    .contains("Skaidrā naudā", "Nodevu VPVKAC");
        }
        run(
                "kn.clerk",
                CLERK,
                () -> assertThatThrownBy(() -> fees.receipt(paid, 6)).isInstanceOf(NotFound.class));
        assertThat(world.count(
                        "select count(e) from AuditEvent e where e.action = ?1 and e.entityId = ?2",
                        AuditAction.DOWNLOAD,
                        String.valueOf(paid)))
                .as("the receipt read is audited")
                .isEqualTo(1);

        run("kn.specialist", SPECIALIST, () -> {
            handling.take(paid, queries.get(paid).version());
            assertThatThrownBy(() -> complete(cases.get(0)))
                    .as("1,00 € refunded is owed again, and this service is paid before its result")
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("case.fee.unpaid"));
            handling.take(exempted, queries.get(exempted).version());
            complete(cases.get(1));
        });

        assertThat(runToTheEnd(as("kp.platform", PLATFORM, () -> kpi.build(first, last))))
                .isEqualTo(BatchStatus.COMPLETED);
        Dashboards.Totals totals = as(
                        "kp.ministry",
                        roles(Role.SUPERVISOR),
                        () -> dashboards.dashboard(new KpiFilter(first, last, agency.id(), null, null, null, null)))
                .totals();
        assertThat(totals.feesDue().formatted()).isEqualTo("11,40 €");
        assertThat(totals.feesPaid().formatted()).isEqualTo("7,70 €");
        assertThat(totals.feesExempt().formatted()).isEqualTo("3,70 €");
        assertThat(totals.feesRefunded().formatted()).isEqualTo("1,00 €");
    }

    @Test
    void theMinistrysYearlyReportIsStoredAsCsvAndXlsxAndSentToItsEAddress() throws Exception {
        assertThat(runToTheEnd(as("kp.platform", PLATFORM, () -> kpi.build(first, last))))
                .isEqualTo(BatchStatus.COMPLETED);
        String year = String.valueOf(first.getYear());
        run(
                "kp.platform",
                PLATFORM,
                () -> assertThatThrownBy(() -> kpi.report(MinistryReport.Kind.MONTH, year + "-13"))
                        .isInstanceOfSatisfying(
                                RuleViolation.class,
                                v -> assertThat(v.messageKey()).isEqualTo("kpi.report.period")));
        long execution = as("kp.platform", PLATFORM, () -> kpi.report(MinistryReport.Kind.YEAR, year));
        assertThat(runToTheEnd(execution)).isEqualTo(BatchStatus.COMPLETED);
        Set<String> ministry = roles(Role.SUPERVISOR);
        Reports.Report report = as("kp.ministry", ministry, () -> reports.list()).stream()
                .filter(r -> r.kind().equals("YEAR") && r.period().equals(year))
                .findFirst()
                .orElseThrow();
        assertThat(report.sent()).isTrue();
        String csv = new String(
                as(
                        "kp.ministry",
                        ministry,
                        () -> reports.open(report.id(), false).readAllBytes()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFLīmenis;Nosaukums;Saņemtas")
                .contains("Iestāde;Rādītāju aģentūra;6;")
                .contains("Centrs;Rādītāju VPVKAC;6;")
                .contains(
                        ";Maksājamās nodevas, EUR;Samaksātās nodevas, EUR;Atbrīvots no nodevām, EUR;Atmaksātās nodevas, EUR\r\n");
        assertThat(csv.lines().filter(l -> l.startsWith("Iestāde;Rādītāju aģentūra;")))
                .as("fees due in euro, decimal comma")
                .singleElement()
                .satisfies(l -> assertThat(l).endsWith(";34,20;0,00;0,00;0,00"));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                as("kp.ministry", ministry, () -> reports.open(report.id(), true)))) {
            assertThat(book.getSheet("Iestādes")).anySatisfy(row -> {
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Rādītāju aģentūra");
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(6.0);
            });
        }
        String message = world.inTransaction(
                () -> (String) em.createNativeQuery("select message_id from kpi_report where id = ?1")
                        .setParameter(1, report.id())
                        .getSingleResult());
        as("kp.platform", PLATFORM, () -> worker.deliverNow());
        assertThat(world.count(
                        "select count(e) from InboxEntry e where e.message.id = ?1 and e.account.institutionId = ?2",
                        message,
                        town.id()))
                .as("in the ministry's e-address mailbox")
                .isEqualTo(1);
        run(
                "kp.clerk",
                CLERK,
                () -> assertThatThrownBy(() -> reports.list()).isInstanceOf(jakarta.ejb.EJBAccessException.class));
    }

    @Test
    void theReportFirstBuildsTheDaysTheNightlyRunHasNotBuilt() {
        LocalDate yesterday = LocalDate.now(Clocks.RIGA).minusDays(1);
        world.inTransaction(() -> em.createNativeQuery("delete from kpi_day_built where kpi_day between ?1 and ?2")
                .setParameter(1, yesterday.minusDays(1))
                .setParameter(2, yesterday)
                .executeUpdate());
        long execution = as(
                "kp.platform",
                PLATFORM,
                () -> kpi.report(
                        MinistryReport.Kind.MONTH,
                        java.time.YearMonth.from(yesterday).toString()));
        assertThat(runToTheEnd(execution)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(world.count(
                        "select count(b) from BuiltDay b where b.kpiDay between ?1 and ?2",
                        yesterday.minusDays(1),
                        yesterday))
                .as("the two days the night left are built before the report")
                .isEqualTo(2);
    }

    @Test
    void theNightlyRunStartsOnceHoweverManyServersAskForIt() {
        LocalDate night = first.plusYears(5);
        java.util.OptionalLong one = as("kp.platform", PLATFORM, () -> nightly.runFor(night));
        java.util.OptionalLong two = as("kp.platform", PLATFORM, () -> nightly.runFor(night));
        assertThat(one).isPresent();
        assertThat(two).as("the night is claimed already").isEmpty();
        assertThat(runToTheEnd(one.getAsLong())).isEqualTo(BatchStatus.COMPLETED);
    }

    /** The figures the job wrote for the holder, by day and channel (one service, one centre, one type). */
    @SuppressWarnings("unchecked")
    private Map<String, Figures> built() {
        Map<String, Figures> figures = new TreeMap<>();
        List<Object[]> rows = world.inTransaction(() -> (List<Object[]>) em.createNativeQuery(
                        "select kpi_day, channel, received, completed,"
                                + " refused, closed_on_time, closed_within_norm, open_at_end, overdue_at_end, suspensions, extensions,"
                                + " forwards, handling_days_median, handling_days_p90, fees_due_cents from kpi_case_day"
                                + " where handling_institution_id = ?1 and kpi_day between ?2 and ?3",
                        Object[].class)
                .setParameter(1, holder.id())
                .setParameter(2, first)
                .setParameter(3, last)
                .getResultList());
        for (Object[] r : rows) {
            figures.put(
                    r[0] + " " + r[1],
                    new Figures(
                            n(r[2]),
                            n(r[3]),
                            n(r[4]),
                            n(r[5]),
                            n(r[6]),
                            n(r[7]),
                            n(r[8]),
                            n(r[9]),
                            n(r[10]),
                            n(r[11]),
                            decimal(r[12]),
                            decimal(r[13]),
                            n(r[14])));
        }
        return figures;
    }

    /** The same figures, computed here from the cases and their events one by one. */
    private Map<String, Figures> expected() {
        List<ServiceCase> cases = world.inTransaction(() -> {
            List<ServiceCase> found = em.createQuery(
                            "select c from ServiceCase c where c.handlingInstitution.id = :h", ServiceCase.class)
                    .setParameter("h", holder.id())
                    .getResultList();
            found.forEach(c -> c.events().size());
            return found;
        });
        Map<String, Figures> figures = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (Channel channel : List.of(Channel.IN_PERSON, Channel.E_SERVICE)) {
                LocalDate d = day;
                List<ServiceCase> mine = cases.stream()
                        .filter(c -> c.channel() == channel
                                && !c.registeredOn().isAfter(d)
                                && (c.closedOn() == null || !c.closedOn().isBefore(d)))
                        .toList();
                List<CaseEvent> events = cases.stream()
                        .filter(c -> c.channel() == channel)
                        .flatMap(c -> c.events().stream())
                        .filter(e -> e.occurredOn().equals(d))
                        .toList();
                if (mine.isEmpty() && events.stream().noneMatch(KpiIT::counted)) {
                    continue;
                }
                List<ServiceCase> closed =
                        mine.stream().filter(c -> d.equals(c.closedOn())).toList();
                List<ServiceCase> open = mine.stream()
                        .filter(c -> c.closedOn() == null || c.closedOn().isAfter(d))
                        .toList();
                List<Integer> days = closed.stream()
                        .map(ServiceCase::handlingWorkingDays)
                        .sorted()
                        .toList();
                figures.put(
                        day + " " + channel,
                        new Figures(
                                mine.stream()
                                        .filter(c -> c.registeredOn().equals(d))
                                        .count(),
                                closed.stream()
                                        .filter(c -> c.state() == CaseState.COMPLETED)
                                        .count(),
                                closed.stream()
                                        .filter(c -> c.state() == CaseState.REFUSED)
                                        .count(),
                                closed.stream()
                                        .filter(c -> !c.closedOn().isAfter(c.dueOn()))
                                        .count(),
                                closed.stream()
                                        .filter(c -> !c.closedOn().isAfter(c.normOn() == null ? c.dueOn() : c.normOn()))
                                        .count(),
                                open.size(),
                                open.stream().filter(c -> c.dueOn().isBefore(d)).count(),
                                events.stream()
                                        .filter(e -> e.type() == CaseEventType.SUSPENDED)
                                        .count(),
                                events.stream()
                                        .filter(e -> e.type() == CaseEventType.EXTENDED)
                                        .count(),
                                events.stream()
                                        .filter(e -> e.type() == CaseEventType.FORWARDED)
                                        .count(),
                                percentile(days, 0.5),
                                percentile(days, 0.9),
                                mine.stream()
                                                .filter(c -> c.registeredOn().equals(d))
                                                .count()
                                        * FEE_STATE
                                                .add(FEE_CERTIFICATE)
                                                .movePointRight(2)
                                                .longValueExact()));
            }
        }
        return figures;
    }

    private static boolean counted(CaseEvent e) {
        return e.type() == CaseEventType.SUSPENDED
                || e.type() == CaseEventType.EXTENDED
                || e.type() == CaseEventType.FORWARDED;
    }

    /** Continuous percentile, as SQL's percentile_cont: interpolated between the two nearest values. */
    private List<Integer> workingDaysOfTheClosedCases() {
        return world
                .inTransaction(() -> em.createQuery(
                                "select c.handlingWorkingDays from ServiceCase c"
                                        + " where c.handlingInstitution.id = :h and c.closedOn is not null",
                                Integer.class)
                        .setParameter("h", holder.id())
                        .getResultList())
                .stream()
                .sorted()
                .toList();
    }

    private static BigDecimal percentile(List<Integer> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        double rank = p * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        double value = sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    @SuppressWarnings("unchecked")
    private List<String> rows() {
        return world.inTransaction(() -> ((List<Object[]>) em.createNativeQuery(
                                "select kpi_day, centre_id, service_id, channel, case_type,"
                                        + " received, completed, refused, closed_on_time, closed_within_norm, open_at_end, overdue_at_end,"
                                        + " suspensions, extensions, forwards, rated, rating_sum, handling_days_median, handling_days_p90"
                                        + " from kpi_case_day where handling_institution_id = ?1 order by kpi_day, channel",
                                Object[].class)
                        .setParameter(1, holder.id())
                        .getResultList())
                .stream().map(java.util.Arrays::toString).toList());
    }

    private static BatchStatus runToTheEnd(long execution) {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            BatchStatus status =
                    BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
            if (status == BatchStatus.COMPLETED
                    || status == BatchStatus.FAILED
                    || status == BatchStatus.STOPPED
                    || status == BatchStatus.ABANDONED) {
                return status;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
        }
        throw new AssertionError("job execution " + execution + " did not end in 2 minutes");
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }
}
