package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditEventView;
import lv.pietura.audit.AuditFilter;
import lv.pietura.audit.AuditTrail;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.TestWorld;
import lv.pietura.it.support.TestWorld.Tenant;
import lv.pietura.organisation.ImportReport;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.NewStaff;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffAdministration;
import lv.pietura.organisation.StaffDetails;
import lv.pietura.organisation.StaffImport;
import lv.pietura.organisation.StaffView;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.ConcurrentChange;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff accounts: who may create and change what, and that every change is audited with it. */
@ExtendWith(ArquillianExtension.class)
class StaffAdministrationIT {

    private static final Set<String> ADMIN = roles(Role.INSTITUTION_ADMIN);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @EJB
    StaffAdministration staff;

    @EJB
    StaffImport staffImport;

    @EJB
    AuditTrail audit;

    private static Tenant municipality;
    private static long centre;
    private static long adminId;
    private static long supervisorId;

    @BeforeEach
    void aMunicipalityWithAnAdministrator() {
        if (municipality != null) {
            return;
        }
        municipality = world.institution("Personāla pašvaldība", 200_100, InstitutionKind.MUNICIPALITY);
        centre = world.centre(municipality, "Personāla centrs");
        adminId = world.staff("sa.admin", municipality, null, Role.INSTITUTION_ADMIN);
        supervisorId = world.staff("sa.ministry", municipality, null, Role.SUPERVISOR);
        world.staff("sa.existing", municipality, null, Role.SPECIALIST);
    }

    private NewStaff clerk(String username) {
        return new NewStaff(
                username,
                "Klientu Konsultants",
                username + "@pasvaldiba.lv",
                municipality.id(),
                centre,
                EnumSet.of(Role.CLERK),
                "Pagaidu-parole-2026".toCharArray());
    }

    private long events(AuditAction action, String entityId) {
        return world.count(
                "select count(e) from AuditEvent e where e.action = ?1 and e.entityId = ?2", action, entityId);
    }

    @Test
    void aCreatedAccountIsAuditedWithWhatWasEntered() {
        long id = as("sa.admin", ADMIN, () -> staff.create(clerk("sa.clerk1")));
        var created = as(
                        "sa.admin",
                        ADMIN,
                        () -> audit.find(
                                new AuditFilter(
                                        null,
                                        null,
                                        "sa.admin",
                                        AuditAction.CREATE,
                                        "StaffAccount",
                                        String.valueOf(id),
                                        null,
                                        null),
                                PageRequest.of(0, 10)))
                .rows();
        assertThat(created).singleElement().satisfies(e -> {
            assertThat(e.detail()).contains("username=sa.clerk1", "centre=Personāla centrs", "roles=[CLERK]");
            assertThat(e.institutionId()).isEqualTo(municipality.id());
            assertThat(e.actorInstitutionId()).isEqualTo(municipality.id());
        });
    }

    @Test
    void aRefusedCreationLeavesNeitherAnAccountNorAnAuditEvent() {
        long auditBefore = world.count("select count(e) from AuditEvent e where e.action = ?1", AuditAction.CREATE);
        assertThatThrownBy(() -> run("sa.admin", ADMIN, () -> staff.create(clerk("sa.existing"))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("username");
                    assertThat(v.messageKey()).isEqualTo("staff.username.taken");
                });
        assertThat(world.count("select count(e) from AuditEvent e where e.action = ?1", AuditAction.CREATE))
                .isEqualTo(auditBefore);
        assertThat(world.count("select count(s) from StaffAccount s where s.username = ?1", "sa.existing"))
                .isEqualTo(1);
    }

    @Test
    void everyProblemOfAFormIsReportedAtOnce() {
        NewStaff bad = new NewStaff(
                "X Y", "", "nav-epasts", municipality.id(), null, EnumSet.of(Role.CLERK), "īsa".toCharArray());
        assertThatThrownBy(() -> run("sa.admin", ADMIN, () -> staff.create(bad)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::field, RuleViolation.Problem::messageKey)
                                .contains(
                                        tuple("username", "staff.username.format"),
                                        tuple("fullName", "required"),
                                        tuple("email", "email.invalid"),
                                        tuple("centre", "staff.clerk.needsCentre"),
                                        tuple("newPassword", "password.tooShort")));
    }

    @Test
    void anInstitutionAdministratorGivesOnlyTheRolesOfTheirInstitution() {
        NewStaff platformAdmin = new NewStaff(
                "sa.wannabe",
                "Gribētājs",
                "g@x.lv",
                municipality.id(),
                null,
                EnumSet.of(Role.PLATFORM_ADMIN),
                "Pagaidu-parole-2026".toCharArray());
        assertThatThrownBy(() -> run("sa.admin", ADMIN, () -> staff.create(platformAdmin)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("staff.roles.notGrantable"));
        assertThatThrownBy(() -> run("sa.admin", ADMIN, () -> staff.deactivate(supervisorId)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void administratorsCannotLockThemselvesOut() {
        run("sa.admin", ADMIN, () -> {
            assertThatThrownBy(() -> staff.deactivate(adminId))
                    .isInstanceOfSatisfying(
                            RuleViolation.class,
                            v -> assertThat(v.messageKey()).isEqualTo("staff.cannotDeactivateSelf"));
            StaffView me = staff.get(adminId);
            assertThatThrownBy(() -> staff.change(
                            adminId,
                            me.version(),
                            new StaffDetails(me.fullName(), me.email(), null, EnumSet.of(Role.SPECIALIST))))
                    .isInstanceOfSatisfying(
                            RuleViolation.class,
                            v -> assertThat(v.messageKey()).isEqualTo("staff.cannotDropOwnAdminRole"));
        });
    }

    @Test
    void lookingAtAPersonsDetailsIsAuditedAsARead() {
        long id = as("sa.admin", ADMIN, () -> staff.create(clerk("sa.clerk2")));
        long before = events(AuditAction.READ_PERSONAL_DATA, String.valueOf(id));
        run("sa.admin", ADMIN, () -> staff.get(id));
        assertThat(events(AuditAction.READ_PERSONAL_DATA, String.valueOf(id))).isEqualTo(before + 1);
    }

    @Test
    void aChangeToAnOutdatedVersionIsRefused() {
        long id = as("sa.admin", ADMIN, () -> staff.create(clerk("sa.clerk3")));
        StaffView read = as("sa.admin", ADMIN, () -> staff.get(id));
        StaffDetails first = new StaffDetails("Pirmais Labojums", read.email(), centre, EnumSet.of(Role.CLERK));
        StaffDetails second = new StaffDetails("Otrais Labojums", read.email(), centre, EnumSet.of(Role.CLERK));
        run("sa.admin", ADMIN, () -> staff.change(id, read.version(), first));
        assertThatThrownBy(() -> run("sa.admin", ADMIN, () -> staff.change(id, read.version(), second)))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(as("sa.admin", ADMIN, () -> staff.get(id)).fullName()).isEqualTo("Pirmais Labojums");
        var updates = as(
                        "sa.admin",
                        ADMIN,
                        () -> audit.find(
                                new AuditFilter(
                                        null,
                                        null,
                                        null,
                                        AuditAction.UPDATE,
                                        "StaffAccount",
                                        String.valueOf(id),
                                        null,
                                        null),
                                PageRequest.of(0, 10)))
                .rows();
        assertThat(updates)
                .extracting(AuditEventView::detail)
                .containsExactly("fullName: Klientu Konsultants -> Pirmais Labojums");
    }

    @Test
    void anImportKeepsTheGoodRowsAndExplainsEveryBadOne() {
        String csv = """
                lietotājvārds;vārds_uzvārds;e_pasts;lomas;centrs
                sa.import.good;Laba Rinda;laba@pasvaldiba.lv;CLERK;Personāla centrs
                sa.existing;Jau Esošs;esoss@pasvaldiba.lv;SPECIALIST;
                sa.import.role;Nezināma Loma;loma@pasvaldiba.lv;BOSS;
                sa.import.centre;Bez Centra;centrs@pasvaldiba.lv;CLERK;Neesošs centrs
                sa.import.mail;Slikts Pasts;nav-pasts;SPECIALIST;
                sa.import.good2;Otra Laba;laba2@pasvaldiba.lv;SPECIALIST SERVICE_MANAGER;
                """;
        ImportReport report = as(
                "sa.admin",
                ADMIN,
                () -> staffImport.importCsv(municipality.id(), "personals.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(report.createdCount()).isEqualTo(2);
        assertThat(report.rows())
                .extracting(ImportReport.RowResult::line, ImportReport.RowResult::created)
                .containsExactly(
                        tuple(2L, true),
                        tuple(3L, false),
                        tuple(4L, false),
                        tuple(5L, false),
                        tuple(6L, false),
                        tuple(7L, true));
        assertThat(report.rows().get(1).problems())
                .extracting(RuleViolation.Problem::messageKey)
                .containsExactly("staff.username.taken");
        assertThat(report.rows().get(2).problems())
                .extracting(RuleViolation.Problem::messageKey)
                .containsExactly("import.row.unknownRoles");
        assertThat(report.rows().get(3).problems())
                .extracting(RuleViolation.Problem::messageKey)
                .containsExactly("import.row.unknownCentre");
        assertThat(report.rows().get(4).problems())
                .extracting(RuleViolation.Problem::messageKey)
                .containsExactly("email.invalid");
        assertThat(report.rows().get(0).temporaryPassword()).hasSizeGreaterThanOrEqualTo(12);

        assertThat(world.count("select count(s) from StaffAccount s where s.username like ?1", "sa.import.%"))
                .isEqualTo(2);
        assertThat(world.count(
                        "select count(e) from AuditEvent e where e.action = ?1 and e.detail like ?2",
                        AuditAction.CREATE,
                        "%username=sa.import.good%"))
                .isEqualTo(2);
        assertThat(world.count(
                        "select count(e) from AuditEvent e where e.action = ?1 and e.detail like ?2",
                        AuditAction.IMPORT,
                        "file=personals.csv; rows=6; created=2; rejected=4"))
                .isEqualTo(1);
    }

    @Test
    void aFileThatIsNotACsvIsRefusedWhole() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13};
        assertThatThrownBy(() ->
                        run("sa.admin", ADMIN, () -> staffImport.importCsv(municipality.id(), "saraksts.csv", png)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("import.file.notUtf8"));
    }
}
