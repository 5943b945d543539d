package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditEventView;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.DeadlineKind;
import lv.pietura.catalogue.FieldType;
import lv.pietura.catalogue.Recipients;
import lv.pietura.catalogue.Service;
import lv.pietura.catalogue.ServiceCard;
import lv.pietura.catalogue.ServiceContent;
import lv.pietura.catalogue.ServiceDirectory;
import lv.pietura.catalogue.ServiceFilter;
import lv.pietura.catalogue.ServiceImport;
import lv.pietura.catalogue.ServiceManagement;
import lv.pietura.catalogue.ServiceStatus;
import lv.pietura.catalogue.ServiceSummary;
import lv.pietura.catalogue.VersionInfo;
import lv.pietura.files.FileRef;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.TestWorld;
import lv.pietura.it.support.TestWorld.Tenant;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.Role;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.RowReport;
import lv.pietura.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalogue across institutions: who may change what, what the public sees, and how versions work. */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

    private static final Set<String> MANAGER = roles(Role.SERVICE_MANAGER);
    private static final Set<String> PLATFORM = roles(Role.PLATFORM_ADMIN);
    private static final LocalDate TODAY = LocalDate.now(Clocks.RIGA);
    private static final PageRequest ALL = PageRequest.of(0, 500);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @PersistenceUnit(unitName = "pietura")
    EntityManagerFactory persistence;

    @EJB
    ServiceManagement management;

    @EJB
    ServiceDirectory directory;

    @EJB
    ServiceImport serviceImport;

    private static Tenant agencyA;
    private static Tenant agencyB;

    @BeforeEach
    void twoHoldersWithTheirManagers() {
        if (agencyA == null) {
            agencyA = world.institution("Kataloga aģentūra A", 600_100, InstitutionKind.STATE_BODY);
            agencyB = world.institution("Kataloga aģentūra B", 600_200, InstitutionKind.STATE_BODY);
            world.staff("ca.manager", agencyA, null, Role.SERVICE_MANAGER);
            world.staff("cb.manager", agencyB, null, Role.SERVICE_MANAGER);
            world.staff("ca.platform", agencyA, null, Role.PLATFORM_ADMIN);
        }
    }

    static ServiceContent complete(String name, int deadline, int norm, BigDecimal fee) {
        return new ServiceContent(
                name,
                null,
                "Apraksts: " + name,
                null,
                "Funkcija",
                null,
                Recipients.PERSONS,
                "Visa Latvija",
                null,
                List.of(new ServiceContent.LegalActData("Likums", "1. pants", "https://likumi.lv/ta/id/1")),
                List.of(new ServiceContent.TextData("Iesniedz iesniegumu", null)),
                List.of(),
                fee == null ? List.of() : List.of(new ServiceContent.FeeData("Maksa", null, fee, null)),
                Set.of(Channel.IN_PERSON),
                Set.of(Channel.E_ADDRESS),
                null,
                deadline,
                DeadlineKind.WORKING_DAYS,
                norm,
                false,
                false,
                null,
                List.of(new ServiceContent.ResultTypeData(null, "Izsniegts", null, true)),
                List.of(new ServiceContent.FieldData(
                        null, "Personas kods", null, FieldType.PERSONAL_CODE, true, null, null, null)),
                List.of(),
                "Piezīme konsultantiem",
                null,
                false);
    }

    private long created(String code, ServiceContent content) {
        return as("ca.manager", MANAGER, () -> management.create(code, content));
    }

    @Test
    void aServiceOfAnotherInstitutionDoesNotExistForAManager() {
        long id = created("CA-ISOLATED", complete("Izolētais pakalpojums", 10, 5, null));
        ServiceCard draft = as("ca.manager", MANAGER, () -> management.get(id));
        assertThat(draft.holderId()).isEqualTo(agencyA.id());

        assertThat(as("cb.manager", MANAGER, () -> management.find(ServiceFilter.none(), ALL))
                        .rows())
                .extracting(ServiceSummary::code)
                .doesNotContain("CA-ISOLATED");
        run("cb.manager", MANAGER, () -> {
            assertThatThrownBy(() -> management.get(id)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> management.saveDraft(id, draft.draftVersion(), complete("Pārņemts", 1, 1, null)))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> management.publish(id, TODAY)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> management.discardDraft(id)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> management.changes(id)).isInstanceOf(NotFound.class);
        });
        assertThat(as("ca.manager", MANAGER, () -> management.get(id)).name().lv())
                .isEqualTo("Izolētais pakalpojums");
    }

    @Test
    void aDraftIsNeverInThePublishedCatalogue() {
        created("CA-DRAFT", complete("Slepenais melnraksts", 10, 5, null));
        assertThat(directory.search(ServiceFilter.text("slepenais"), ALL).rows())
                .isEmpty();
        assertThatThrownBy(() -> directory.inForce("CA-DRAFT")).isInstanceOf(NotFound.class);
    }

    @Test
    void aPublishedVersionIsNeverEditedAndANewOneTakesOverOnItsDay() {
        long id = created("CA-VERSIONS", complete("Versiju pakalpojums", 20, 10, new BigDecimal("3.50")));
        run("ca.manager", MANAGER, () -> management.publish(id, TODAY));
        assertThat(directory.inForce("ca-versions").totalFee().formatted()).isEqualTo("3,50 €");
        assertThat(persistence.getCache().contains(Service.class, id))
                .as("the catalogue is read through the second-level cache, so what follows checks it is kept current")
                .isTrue();
        assertThat(directory
                        .search(ServiceFilter.text("versiju pakalpojums"), ALL)
                        .rows())
                .extracting(ServiceSummary::code)
                .containsExactly("CA-VERSIONS");

        run("ca.manager", MANAGER, () -> {
            assertThatThrownBy(() -> management.saveDraft(id, 0, complete("Labots", 20, 10, null)))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("service.noDraft"));
            management.startNewVersion(id);
            ServiceCard draft = management.get(id);
            assertThat(draft.number()).isEqualTo(2);
            management.saveDraft(
                    id, draft.draftVersion(), complete("Versiju pakalpojums", 15, 10, new BigDecimal("4.00")));
            management.publish(id, TODAY.plusDays(1));
        });

        ServiceCard inForce = directory.inForce("CA-VERSIONS");
        assertThat(inForce.number())
                .as("until tomorrow, version 1 serves clients")
                .isEqualTo(1);
        assertThat(inForce.deadlineDays()).isEqualTo(20);
        assertThat(as("ca.manager", MANAGER, () -> management.version(id, 1))
                        .totalFee()
                        .formatted())
                .isEqualTo("3,50 €");
        List<VersionInfo> versions = as("ca.manager", MANAGER, () -> management.versions(id));
        assertThat(versions)
                .extracting(VersionInfo::number, VersionInfo::validFrom, VersionInfo::inForce)
                .containsExactly(tuple(2, TODAY.plusDays(1), false), tuple(1, TODAY, true));
    }

    @Test
    void badInputIsExplainedAndLeavesTheDraftAsItWas() {
        long id = created("CA-BAD", complete("Kļūdu pakalpojums", 10, 5, null));
        ServiceCard before = as("ca.manager", MANAGER, () -> management.get(id));
        ServiceContent unlabelled = new ServiceContent(
                "Kļūdu pakalpojums",
                null,
                null,
                null,
                null,
                null,
                Recipients.PERSONS,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(new ServiceContent.FeeData("Negatīva", null, new BigDecimal("-1"), null)),
                Set.of(),
                Set.of(),
                null,
                5,
                DeadlineKind.WORKING_DAYS,
                9,
                false,
                false,
                null,
                List.of(),
                List.of(new ServiceContent.FieldData(null, "", null, FieldType.TEXT, true, null, null, null)),
                List.of(),
                null,
                null,
                false);
        run("ca.manager", MANAGER, () -> {
            assertThatThrownBy(() -> management.create("ca-bad", complete("Dublikāts", 1, 1, null)))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("service.code.taken"));
            assertThatThrownBy(() -> management.saveDraft(id, before.draftVersion(), unlabelled))
                    .isInstanceOfSatisfying(
                            RuleViolation.class,
                            v -> assertThat(v.problems())
                                    .extracting(RuleViolation.Problem::messageKey)
                                    .containsExactly(
                                            "service.norm.longerThanDeadline",
                                            "service.fee.negative",
                                            "service.field.labelRequired"));
            management.saveDraft(id, before.draftVersion(), ServiceContent.named("Kļūdu pakalpojums", null));
            assertThatThrownBy(() -> management.publish(id, TODAY))
                    .isInstanceOfSatisfying(
                            RuleViolation.class,
                            v -> assertThat(v.problems())
                                    .extracting(RuleViolation.Problem::messageKey)
                                    .contains("service.publish.legalActRequired", "service.publish.deadlineRequired"));
        });
        assertThat(as("ca.manager", MANAGER, () -> management.get(id)).status()).isEqualTo(ServiceStatus.DRAFT);
        assertThat(world.count("select count(s) from Service s where s.code = ?1", "CA-BAD"))
                .isEqualTo(1);
    }

    @Test
    void whoChangedWhatIsKeptWithTheService() {
        long id = created("CA-AUDIT", complete("Vecais nosaukums", 10, 5, null));
        run("ca.manager", MANAGER, () -> {
            ServiceCard draft = management.get(id);
            management.saveDraft(id, draft.draftVersion(), complete("Jaunais nosaukums", 10, 5, null));
            management.publish(id, TODAY);
        });
        List<AuditEventView> changes = as("ca.manager", MANAGER, () -> management.changes(id));
        assertThat(changes)
                .extracting(AuditEventView::action)
                .containsExactly(AuditAction.PUBLISH, AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(changes.get(1).detail()).contains("nameLv: Vecais nosaukums -> Jaunais nosaukums");
        assertThat(changes.get(1).actor()).isEqualTo("ca.manager");
    }

    @Test
    void onlyPlatformAdministratorsDecideTheMinimumBasket() {
        long id = created("CA-BASKET", complete("Groza pakalpojums", 10, 5, null));
        run("ca.manager", MANAGER, () -> management.publish(id, TODAY));
        assertThatThrownBy(() -> run("ca.manager", MANAGER, () -> directory.placeInBasket("CA-BASKET", true)))
                .isInstanceOf(EJBAccessException.class);
        run("ca.platform", PLATFORM, () -> directory.placeInBasket("CA-BASKET", true));
        assertThat(directory
                        .search(new ServiceFilter("groza", null, null, true, null, null), ALL)
                        .rows())
                .extracting(ServiceSummary::code)
                .containsExactly("CA-BASKET");
    }

    @Test
    void anImportCreatesEachGoodServiceAsADraftAndExplainsTheOthers() {
        String json = """
                [{"code": "CA-JSON-1", "nameLv": "Importētais viens", "deadlineDays": 10, "normDays": 5,
                  "intakeForm": [{"labelLv": "Iesniedzēja vārds", "type": "TEXT", "required": true}]},
                 {"code": "CA-JSON-2", "nameLv": "Importētais divi", "deadlineDays": 5, "normDays": 9},
                 {"code": "CA-JSON-3", "nameLv": "Importētais trīs", "requestChannels": ["IN_PERSON"]},
                 {"code": "CA-JSON-4", "nameLv": "Importētais četri", "deadlineDays": "daudz"}]
                """;
        RowReport report = as(
                "ca.manager",
                MANAGER,
                () -> serviceImport.importServices("pakalpojumi.json", json.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.rows())
                .extracting(RowReport.Row::key, RowReport.Row::created)
                .containsExactly(
                        tuple("CA-JSON-1", true),
                        tuple("CA-JSON-2", false),
                        tuple("CA-JSON-3", true),
                        tuple("CA-JSON-4", false));
        assertThat(report.rows().get(1).problems())
                .extracting(RuleViolation.Problem::messageKey)
                .containsExactly("service.norm.longerThanDeadline");

        String csv = "code;name_lv;deadline_days;fee_description;fee_amount;request_channels\n"
                + "CA-CSV-1;CSV pakalpojums;10;Nodeva;2,50;IN_PERSON E_ADDRESS\n"
                + "CA-JSON-1;Dublikāts;10;;;\n"
                + "CA-CSV-2;Slikts kanāls;10;;;PASTS\n";
        RowReport fromCsv = as(
                "ca.manager",
                MANAGER,
                () -> serviceImport.importServices("pakalpojumi.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromCsv.rows())
                .extracting(RowReport.Row::line, RowReport.Row::key, RowReport.Row::created)
                .containsExactly(
                        tuple(2L, "CA-CSV-1", true), tuple(3L, "CA-JSON-1", false), tuple(4L, "CA-CSV-2", false));
        assertThat(world.count("select count(s) from Service s where s.code like ?1", "CA-CSV-%"))
                .isEqualTo(1);
        ServiceCard imported = as(
                "ca.manager",
                MANAGER,
                () -> management.find(ServiceFilter.text("csv pakalpojums"), ALL).rows().stream()
                        .findFirst()
                        .map(s -> management.get(s.id()))
                        .orElseThrow());
        assertThat(imported.fees())
                .singleElement()
                .satisfies(f -> assertThat(f.amount().formatted()).isEqualTo("2,50 €"));
        assertThat(imported.status()).isEqualTo(ServiceStatus.DRAFT);
    }

    @Test
    void aFormTemplateIsJudgedByItsContentAndStoredOnce() {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        FileRef first = as(
                "ca.manager", MANAGER, () -> management.uploadTemplate("veidlapa.pdf", new ByteArrayInputStream(pdf)));
        FileRef again = as(
                "ca.manager",
                MANAGER,
                () -> management.uploadTemplate("cits-nosaukums.pdf", new ByteArrayInputStream(pdf)));
        assertThat(first.mediaType()).isEqualTo("application/pdf");
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(world.count("select count(f) from StoredFile f where f.sha256 = ?1", first.sha256()))
                .isEqualTo(1);

        byte[] text = "Šis nav PDF, tikai teksts ar .pdf nosaukumu".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> run(
                        "ca.manager",
                        MANAGER,
                        () -> management.uploadTemplate("viltots.pdf", new ByteArrayInputStream(text))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("file.type"));
    }

    @Test
    void aTemplateOfADraftIsNotPublic() {
        byte[] pdf = "%PDF-1.4\n% melnraksta veidlapa\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        FileRef template = as(
                "ca.manager",
                MANAGER,
                () -> management.uploadTemplate("melnraksts.pdf", new ByteArrayInputStream(pdf)));
        ServiceContent withTemplate = complete("Veidlapas pakalpojums", 10, 5, null);
        withTemplate = new ServiceContent(
                withTemplate.nameLv(),
                null,
                withTemplate.descriptionLv(),
                null,
                withTemplate.functionLv(),
                null,
                withTemplate.recipients(),
                withTemplate.territoryLv(),
                null,
                withTemplate.legalActs(),
                withTemplate.steps(),
                List.of(new ServiceContent.DocumentData("Iesniegums", null, template.id(), template.name())),
                withTemplate.fees(),
                withTemplate.requestChannels(),
                withTemplate.resultChannels(),
                null,
                10,
                DeadlineKind.WORKING_DAYS,
                5,
                false,
                false,
                null,
                withTemplate.resultTypes(),
                withTemplate.intakeForm(),
                List.of(),
                null,
                null,
                false);
        long id = created("CA-TEMPLATE", withTemplate);
        assertThatThrownBy(() -> directory.templateInfo(template.id()))
                .as("anonymous")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> run("cb.manager", MANAGER, () -> directory.templateInfo(template.id())))
                .as("another institution's manager")
                .isInstanceOf(NotFound.class);
        assertThat(as(
                        "ca.manager",
                        MANAGER,
                        () -> directory.templateInfo(template.id()).size()))
                .isEqualTo(pdf.length);
        run("ca.manager", MANAGER, () -> management.publish(id, TODAY));
        assertThat(directory.templateInfo(template.id()).mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void aCatalogueCardNamesOnlyTemplatesOfItsOwnInstitutionWhetherWrittenOrImported() {
        byte[] pdf = "%PDF-1.4\n% citas iestādes veidlapa\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        FileRef theirs =
                as("cb.manager", MANAGER, () -> management.uploadTemplate("cita.pdf", new ByteArrayInputStream(pdf)));
        for (String named : List.of(theirs.id(), java.util.UUID.randomUUID().toString(), theirs.sha256())) {
            ServiceContent card = complete("Svešas veidlapas pakalpojums", 10, 5, null);
            ServiceContent naming = new ServiceContent(
                    card.nameLv(),
                    null,
                    card.descriptionLv(),
                    null,
                    card.functionLv(),
                    null,
                    card.recipients(),
                    card.territoryLv(),
                    null,
                    card.legalActs(),
                    card.steps(),
                    List.of(new ServiceContent.DocumentData("Iesniegums", null, named, "cita.pdf")),
                    card.fees(),
                    card.requestChannels(),
                    card.resultChannels(),
                    null,
                    10,
                    DeadlineKind.WORKING_DAYS,
                    5,
                    false,
                    false,
                    null,
                    card.resultTypes(),
                    card.intakeForm(),
                    List.of(),
                    null,
                    null,
                    false);
            assertThatThrownBy(() -> created("CA-FOREIGN", naming))
                    .as(named)
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.messageKey()).isEqualTo("file.unknown");
                        assertThat(v.field()).isEqualTo("documents");
                    });
        }
        String json = """
                [{"code": "CA-JSON-FOREIGN", "nameLv": "Importēta sveša veidlapa", "deadlineDays": 10, "normDays": 5,
                  "documents": [{"nameLv": "Iesniegums", "templateFile": "%s"}]}]
                """.formatted(theirs.id());
        RowReport report = as(
                "ca.manager",
                MANAGER,
                () -> serviceImport.importServices("pakalpojumi.json", json.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.created()).isFalse();
            assertThat(row.problems())
                    .extracting(RuleViolation.Problem::messageKey)
                    .containsExactly("file.unknown");
        });
        assertThatThrownBy(() -> directory.templateInfo(theirs.id()))
                .as("nothing made it public")
                .isInstanceOf(NotFound.class);
    }
}
