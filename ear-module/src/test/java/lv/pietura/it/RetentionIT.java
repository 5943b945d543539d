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
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import lv.pietura.cases.CaseHandling;
import lv.pietura.cases.CaseQueries;
import lv.pietura.cases.CaseRef;
import lv.pietura.cases.CaseRegistration;
import lv.pietura.cases.CaseType;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.NewCase;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.ServiceManagement;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;
import lv.pietura.files.SamplePdf;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.PersonalCodes;
import lv.pietura.it.support.TestServices;
import lv.pietura.it.support.TestWorld;
import lv.pietura.organisation.InstitutionAdministration;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.Role;
import lv.pietura.privacy.RetentionJobs;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal data kept no longer than the law allows. A service's cases are kept two years after closing (its own
 * period; the law's minimum refused below, for the service and for the institution). Three cases closed three years
 * ago, one of them on legal hold, and one closed today: the retention job erases the personal data of the one past
 * its period and not held (the client, the intake, the documents, the content of its message to the client's
 * e-address) and removes its files from the store; the held one and today's stay whole; the erased case still counts
 * in the figures (state, result, handling days) and its audit trail stays, with the erasure recorded; the run says
 * what it did.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    private static final Set<String> CLERK = roles(Role.CLERK);
    private static final Set<String> SPECIALIST = roles(Role.SPECIALIST);
    private static final Set<String> MANAGER = roles(Role.SERVICE_MANAGER);
    private static final Set<String> PLATFORM = roles(Role.PLATFORM_ADMIN);
    private static final String ANNA = "010190-12349";
    private static final String SERVICE = "GL-IZZINA";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @Inject
    Clocks clocks;

    @Inject
    FileStore files;

    @EJB
    ServiceManagement management;

    @EJB
    InstitutionAdministration institutions;

    @EJB
    CaseRegistration registration;

    @EJB
    CaseHandling handling;

    @EJB
    CaseQueries queries;

    @EJB
    RetentionJobs jobs;

    @AfterEach
    void realTime() {
        clocks.reset();
    }

    @Test
    void theCasePastItsPeriodLosesItsPersonalDataAndKeepsItsFigures() throws Exception {
        TestWorld.Tenant municipality =
                world.institution("Glabāšanas novada pašvaldība", 940_300, InstitutionKind.MUNICIPALITY);
        TestWorld.Tenant holder = world.institution("Glabāšanas aģentūra", 940_400, InstitutionKind.STATE_BODY);
        long centre = world.centre(municipality, "Glabāšanas VPVKAC");
        world.staff("gl.clerk", municipality, centre, Role.CLERK);
        world.staff("gl.specialist", holder, null, Role.SPECIALIST);
        world.staff("gl.manager", holder, null, Role.SERVICE_MANAGER);

        clocks.travel(Duration.ofDays(-3 * 366));
        long service = as("gl.manager", MANAGER, () -> {
            long id = management.create(SERVICE, TestServices.withIntakeForm("Glabāšanas izziņa", 5));
            management.publish(id, LocalDate.now(Clocks.RIGA).minusDays(3 * 366));
            management.offerAt(id, Set.of(centre));
            return id;
        });
        assertThatThrownBy(() -> run("gl.manager", MANAGER, () -> management.keepCasesFor(service, 1)))
                .as("shorter than the law allows")
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("retention.tooShort");
                    assertThat(v.field()).isEqualTo("retentionYears");
                });
        assertThatThrownBy(() -> run("admin", PLATFORM, () -> institutions.keepCasesFor(holder.id(), 1)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("retention.tooShort"));
        assertThatThrownBy(() -> run("admin", PLATFORM, () -> institutions.keepCasesFor(holder.id(), 101)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("retention.tooLong"));
        run("gl.manager", MANAGER, () -> management.keepCasesFor(service, 2));
        assertThat(as("gl.manager", MANAGER, () -> management.retention(service).serviceYears()))
                .isEqualTo(2);

        String scanText = "Annas iesnieguma skenējums " + System.nanoTime();
        String decisionText = "Lēmums Annai " + System.nanoTime();
        CaseRef expired = closedCase(ANNA, "Anna Ozola", scanText, decisionText);
        CaseRef held = closedCase(PersonalCodes.born("020202", 943), "Aizturētā Klienta", null, null);
        run(
                "gl.specialist",
                SPECIALIST,
                () -> handling.holdForLaw(
                        held.id(), queries.get(held.id()).version(), "Tiesvedība administratīvajā tiesā"));
        clocks.reset();
        CaseRef recent = closedCase(PersonalCodes.born("030303", 944), "Nesenā Klienta", null, null);

        List<String> shas = world.list(
                "select d.sha256 from ServiceCase c join c.documents d where c.id = ?1", String.class, expired.id());
        assertThat(shas).hasSize(2);
        long auditBefore = auditOf(expired);
        long messages = world.count("select count(m) from Message m where m.caseId = ?1", expired.id());
        assertThat(messages).as("the result went to Anna's e-address").isEqualTo(1);

        long execution = BatchRuntime.getJobOperator().start("retention", new Properties());
        assertThat(runToTheEnd(execution)).isEqualTo(BatchStatus.COMPLETED);

        assertThat(world.count(
                        "select count(c) from ServiceCase c where c.id = ?1 and c.erasedOn is not null"
                                + " and c.client.code is null and c.client.name is null and c.note is null"
                                + " and c.resultNote is null and c.client.kind = ?2",
                        expired.id(),
                        ClientKind.PERSON))
                .as("the person is gone, the kind of client stays")
                .isEqualTo(1);
        assertThat(world.count("select count(d) from ServiceCase c join c.documents d where c.id = ?1", expired.id()))
                .isZero();
        assertThat(world.count("select count(v) from ServiceCase c join c.intake v where c.id = ?1", expired.id()))
                .isZero();
        assertThat(world.count(
                        "select count(m) from Message m where m.caseId = ?1 and m.body like ?2 and size(m.files) = 0",
                        expired.id(),
                        "Ziņas saturs un datnes dzēsti%"))
                .as("its message to the client: the content and files gone, the message there")
                .isEqualTo(1);
        for (String sha : shas) {
            assertThat(files.find(sha)).as("its files removed from the store").isEmpty();
        }
        assertThat(world.count(
                        "select count(c) from ServiceCase c where c.id = ?1 and c.state = lv.pietura.cases.CaseState.COMPLETED"
                                + " and c.resultType = 'granted' and c.handlingWorkingDays is not null",
                        expired.id()))
                .as("what the figures are made of stays")
                .isEqualTo(1);
        assertThat(auditOf(expired))
                .as("the audit trail stays, and records the erasure")
                .isEqualTo(auditBefore + 1);

        for (CaseRef kept : List.of(held, recent)) {
            assertThat(world.count(
                            "select count(c) from ServiceCase c where c.id = ?1 and c.erasedOn is null"
                                    + " and c.client.name is not null",
                            kept.id()))
                    .as("held, or within its period: whole")
                    .isEqualTo(1);
        }
        assertThat(as("gl.specialist", SPECIALIST, () -> queries.get(held.id()).legalHold()))
                .isEqualTo("Tiesvedība administratīvajā tiesā");

        RetentionJobs.RunView report = as("admin", PLATFORM, () -> jobs.runs(PageRequest.of(0, 10))).rows().stream()
                .filter(r -> r.executionId() == execution)
                .findFirst()
                .orElseThrow();
        assertThat(report.finishedAt()).isNotNull();
        assertThat(report.casesErased()).isGreaterThanOrEqualTo(1);
        assertThat(report.casesHeld()).isGreaterThanOrEqualTo(1);
        assertThat(report.documentsRemoved()).isGreaterThanOrEqualTo(2);
        assertThat(report.messagesErased()).isGreaterThanOrEqualTo(1);
        assertThat(report.filesRemoved()).isGreaterThanOrEqualTo(2);
        assertThat(report.bytesFreed()).isPositive();
        assertThatThrownBy(() -> as("gl.specialist", SPECIALIST, () -> jobs.runs(PageRequest.of(0, 10))))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    /** A case of {@link #SERVICE} registered and completed now (the clock's now), with a scan and a decision. */
    private CaseRef closedCase(String code, String name, String scanText, String decisionText) {
        List<NewCase.Attachment> attachments = scanText == null
                ? List.of()
                : List.of(new NewCase.Attachment(
                        as(
                                "gl.clerk",
                                CLERK,
                                () -> registration.upload(
                                        "skenejums.pdf", new ByteArrayInputStream(SamplePdf.onePage(scanText)))),
                        null));
        CaseRef c = as(
                "gl.clerk",
                CLERK,
                () -> registration.register(NewCase.of(
                                ClientKind.PERSON,
                                code,
                                name,
                                SERVICE,
                                CaseType.APPLICATION,
                                Channel.IN_PERSON,
                                Map.of("iban", "LV80BANK0000435195001"))
                        .withContact("klients@example.lv", "+371 20000002")
                        .withAttachments(attachments)
                        .withNote("Klients atnāca pats")));
        run("gl.specialist", SPECIALIST, () -> {
            handling.take(c.id(), queries.get(c.id()).version());
            List<FileRef> decision = decisionText == null
                    ? List.of()
                    : List.of(handling.uploadResult(
                            "lemums.pdf", new ByteArrayInputStream(SamplePdf.onePage(decisionText))));
            handling.complete(c.id(), queries.get(c.id()).version(), "granted", "Izsniegta " + name, decision);
        });
        return c;
    }

    private long auditOf(CaseRef c) {
        return world.count(
                "select count(e) from AuditEvent e where e.entityType = 'ServiceCase' and e.entityId = ?1",
                String.valueOf(c.id()));
    }

    private static BatchStatus runToTheEnd(long execution) throws InterruptedException {
        long until = System.currentTimeMillis() + 120_000;
        BatchStatus status = BatchStatus.STARTING;
        while (System.currentTimeMillis() < until) {
            status = BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                return status;
            }
            Thread.sleep(50);
        }
        return status;
    }
}
