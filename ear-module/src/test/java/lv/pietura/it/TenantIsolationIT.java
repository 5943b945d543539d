package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import lv.pietura.audit.AuditEventView;
import lv.pietura.audit.AuditFilter;
import lv.pietura.audit.AuditTrail;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.TestWorld;
import lv.pietura.it.support.TestWorld.Tenant;
import lv.pietura.organisation.CentreAdministration;
import lv.pietura.organisation.InstitutionAdministration;
import lv.pietura.organisation.InstitutionDetails;
import lv.pietura.organisation.InstitutionFilter;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.NewStaff;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffAdministration;
import lv.pietura.organisation.StaffDetails;
import lv.pietura.organisation.StaffFilter;
import lv.pietura.organisation.StaffImport;
import lv.pietura.organisation.StaffView;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A staff member of one institution can never read or change another institution's data, whatever
 * facade method they call and whatever ids they pass. Every test here really tries.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    private static final Set<String> INSTITUTION_ADMIN = roles(Role.INSTITUTION_ADMIN);
    private static final Set<String> PLATFORM_ADMIN = roles(Role.PLATFORM_ADMIN);
    private static final Set<String> SUPERVISOR = roles(Role.SUPERVISOR);
    private static final PageRequest ALL = PageRequest.of(0, 500);

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
    CentreAdministration centres;

    @EJB
    InstitutionAdministration institutions;

    @EJB
    AuditTrail audit;

    private static Tenant agencyA;
    private static Tenant municipalityB;
    private static long centreOfB;
    private static long specialistOfA;
    private static long clerkOfB;

    @BeforeEach
    void twoInstitutionsWithTheirOwnStaff() {
        if (agencyA != null) {
            return;
        }
        agencyA = world.institution("Izolācijas aģentūra A", 100_100, InstitutionKind.STATE_BODY);
        municipalityB = world.institution("Izolācijas pašvaldība B", 100_200, InstitutionKind.MUNICIPALITY);
        centreOfB = world.centre(municipalityB, "Izolācijas centrs B");
        world.staff("iso.admin.a", agencyA, null, Role.INSTITUTION_ADMIN);
        specialistOfA = world.staff("iso.specialist.a", agencyA, null, Role.SPECIALIST);
        world.staff("iso.admin.b", municipalityB, null, Role.INSTITUTION_ADMIN);
        clerkOfB = world.staff("iso.clerk.b", municipalityB, centreOfB, Role.CLERK);
        world.staff("iso.platform", agencyA, null, Role.PLATFORM_ADMIN);
        world.staff("iso.ministry", agencyA, null, Role.SUPERVISOR);
        // Something in B's audit trail that A must never see.
        run("iso.admin.b", INSTITUTION_ADMIN, () -> staff.get(clerkOfB));
    }

    @Test
    void anInstitutionAdministratorListsOnlyTheirOwnStaff() {
        var rows = as("iso.admin.a", INSTITUTION_ADMIN, () -> staff.find(StaffFilter.none(), ALL))
                .rows();
        assertThat(rows)
                .extracting(StaffView::username)
                .contains("iso.admin.a", "iso.specialist.a")
                .doesNotContain("iso.admin.b", "iso.clerk.b");
        assertThat(rows).extracting(StaffView::institutionId).containsOnly(agencyA.id());
    }

    @Test
    void askingForAnotherInstitutionByFilterStillShowsOnlyTheirOwn() {
        var rows = as(
                        "iso.admin.a",
                        INSTITUTION_ADMIN,
                        () -> staff.find(new StaffFilter(null, municipalityB.id(), null, null), ALL))
                .rows();
        assertThat(rows).isEmpty();
    }

    @Test
    void anotherInstitutionsStaffAccountDoesNotExistForThem() {
        run("iso.admin.a", INSTITUTION_ADMIN, () -> {
            assertThatThrownBy(() -> staff.get(clerkOfB)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> staff.change(
                            clerkOfB, 0, new StaffDetails("Pārņemts", "x@x.lv", null, EnumSet.of(Role.SPECIALIST))))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> staff.deactivate(clerkOfB)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> staff.activate(clerkOfB)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> staff.unlock(clerkOfB)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> staff.resetPassword(clerkOfB, "Pārņemta-parole-123".toCharArray()))
                    .isInstanceOf(NotFound.class);
        });
        StaffView untouched = as("iso.admin.b", INSTITUTION_ADMIN, () -> staff.get(clerkOfB));
        assertThat(untouched.fullName()).isEqualTo("Tests iso.clerk.b");
        assertThat(untouched.active()).isTrue();
    }

    @Test
    void staffCannotBeCreatedOrImportedIntoAnotherInstitution() {
        run("iso.admin.a", INSTITUTION_ADMIN, () -> {
            assertThatThrownBy(() -> staff.create(new NewStaff(
                            "iso.intruder",
                            "Iebrucējs",
                            "i@x.lv",
                            municipalityB.id(),
                            null,
                            EnumSet.of(Role.SPECIALIST),
                            "Iebrucēja-parole-1".toCharArray())))
                    .isInstanceOf(AccessDenied.class);
            byte[] csv = "username;full_name;email;roles\niso.intruder2;Iebrucējs;i2@x.lv;SPECIALIST\n"
                    .getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> staffImport.importCsv(municipalityB.id(), "b.csv", csv))
                    .isInstanceOf(AccessDenied.class);
        });
        assertThat(world.count("select count(s) from StaffAccount s where s.username like ?1", "iso.intruder%"))
                .isZero();
    }

    @Test
    void anotherMunicipalitysCentreCannotBeUsed() {
        run("iso.admin.a", INSTITUTION_ADMIN, () -> {
            assertThatThrownBy(() -> centres.activeCentresOf(municipalityB.id()))
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> staff.create(new NewStaff(
                            "iso.clerk.a",
                            "Konsultants",
                            "k@x.lv",
                            agencyA.id(),
                            centreOfB,
                            EnumSet.of(Role.SPECIALIST),
                            "Konsultanta-parole-1".toCharArray())))
                    .isInstanceOfSatisfying(
                            RuleViolation.class,
                            v -> assertThat(v.messageKey()).isEqualTo("staff.centre.otherInstitution"));
        });
    }

    @Test
    void theAuditTrailShowsOnlyEventsOfTheirOwnInstitution() {
        run("iso.admin.a", INSTITUTION_ADMIN, () -> staff.get(specialistOfA));
        var events = as("iso.admin.a", INSTITUTION_ADMIN, () -> audit.find(AuditFilter.none(), ALL))
                .rows();
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(e -> assertThat(agencyA.id()).isIn(e.institutionId(), e.actorInstitutionId()));
        assertThat(events).extracting(AuditEventView::actor).doesNotContain("iso.admin.b");
        var filteredToB = as(
                        "iso.admin.a",
                        INSTITUTION_ADMIN,
                        () -> audit.find(
                                new AuditFilter(null, null, null, null, null, null, municipalityB.id(), null), ALL))
                .rows();
        assertThat(filteredToB).isEmpty();
    }

    @Test
    void institutionAdministratorsCannotReachPlatformAdministration() {
        run("iso.admin.a", INSTITUTION_ADMIN, () -> {
            assertThatThrownBy(() -> institutions.get(municipalityB.id())).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> institutions.find(InstitutionFilter.none(), ALL))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> institutions.change(
                            municipalityB.id(),
                            0,
                            new InstitutionDetails(
                                    "Pārņemta", null, municipalityB.registrationNumber(), InstitutionKind.OTHER, null)))
                    .isInstanceOf(EJBAccessException.class);
            assertThat(institutions.mine().id()).isEqualTo(agencyA.id());
        });
    }

    @Test
    void aPlatformAdministratorSeesAndManagesEveryInstitution() {
        var rows = as("iso.platform", PLATFORM_ADMIN, () -> staff.find(StaffFilter.none(), ALL))
                .rows();
        assertThat(rows).extracting(StaffView::username).contains("iso.admin.a", "iso.clerk.b");
        assertThat(as("iso.platform", PLATFORM_ADMIN, () -> staff.get(clerkOfB)).username())
                .isEqualTo("iso.clerk.b");
    }

    @Test
    void theSupervisingMinistryReadsInstitutionsButChangesNothing() {
        run("iso.ministry", SUPERVISOR, () -> {
            assertThat(institutions.find(InstitutionFilter.none(), ALL).rows()).isNotEmpty();
            assertThatThrownBy(() -> institutions.register(
                            new InstitutionDetails("Jauna", null, "40003521600", InstitutionKind.OTHER, null)))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> staff.find(StaffFilter.none(), ALL)).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> audit.find(AuditFilter.none(), ALL)).isInstanceOf(EJBAccessException.class);
        });
    }

    @Test
    void whoTheCallerIsComesFromTheirAccountNotFromTheRolesTheyCarry() {
        // A specialist of A who somehow carried the platform role is still scoped by the account's roles.
        var rows = as("iso.specialist.a", PLATFORM_ADMIN, () -> staff.find(StaffFilter.none(), ALL))
                .rows();
        assertThat(rows).extracting(StaffView::institutionId).containsOnly(agencyA.id());
    }
}
