package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditFilter;
import lv.pietura.audit.AuditTrail;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.RegistrationNumbers;
import lv.pietura.it.support.TestWorld;
import lv.pietura.it.support.TestWorld.Tenant;
import lv.pietura.organisation.Agreement;
import lv.pietura.organisation.AgreementDetails;
import lv.pietura.organisation.AgreementFilter;
import lv.pietura.organisation.AgreementStatus;
import lv.pietura.organisation.AgreementView;
import lv.pietura.organisation.CentreAdministration;
import lv.pietura.organisation.CentreDetails;
import lv.pietura.organisation.CentreType;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.InstitutionAdministration;
import lv.pietura.organisation.InstitutionDetails;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.InstitutionView;
import lv.pietura.organisation.NewStaff;
import lv.pietura.organisation.OpeningHours;
import lv.pietura.organisation.PublicDirectory;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.SignIn;
import lv.pietura.organisation.SignInOutcome;
import lv.pietura.organisation.StaffAdministration;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Onboarding: institutions, their agreements and the centres municipalities run. */
@ExtendWith(ArquillianExtension.class)
class OrganisationAdministrationIT {

    private static final Set<String> PLATFORM = roles(Role.PLATFORM_ADMIN);
    private static final LocalDate TODAY = LocalDate.now(Clocks.RIGA);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @PersistenceUnit(unitName = "pietura")
    EntityManagerFactory persistence;

    @EJB
    InstitutionAdministration institutions;

    @EJB
    CentreAdministration centres;

    @EJB
    StaffAdministration staff;

    @EJB
    SignIn signIn;

    @EJB
    PublicDirectory directory;

    @EJB
    AuditTrail audit;

    private static Tenant operator;

    @BeforeEach
    void aPlatformOperator() {
        if (operator == null) {
            operator = world.institution("Platformas uzturētājs", 400_100, InstitutionKind.STATE_BODY);
            world.staff("oa.platform", operator, null, Role.PLATFORM_ADMIN);
        }
    }

    private long register(String name, long seed, InstitutionKind kind) {
        return as(
                "oa.platform",
                PLATFORM,
                () -> institutions.register(
                        new InstitutionDetails(name, null, RegistrationNumbers.stateBody(seed), kind, "")));
    }

    @Test
    void aNewInstitutionGetsTheDefaultEAddressAndCannotSignInUntilItHasAnAgreement() {
        long id = register("Jaunā aģentūra", 400_200, InstitutionKind.STATE_BODY);
        InstitutionView view = as("oa.platform", PLATFORM, () -> institutions.get(id));
        assertThat(view.eAddress()).isEqualTo("_DEFAULT@" + view.registrationNumber());
        assertThat(view.mayUseSystemToday()).isFalse();
        run(
                "oa.platform",
                PLATFORM,
                () -> staff.create(new NewStaff(
                        "oa.newcomer",
                        "Jaunpienācējs",
                        "j@x.lv",
                        id,
                        null,
                        EnumSet.of(Role.SPECIALIST),
                        TestWorld.PASSWORD.toCharArray())));
        assertThat(signIn.signIn("oa.newcomer", TestWorld.PASSWORD.toCharArray())
                        .outcome())
                .isEqualTo(SignInOutcome.NO_AGREEMENT);

        run(
                "oa.platform",
                PLATFORM,
                () -> institutions.concludeAgreement(
                        id, new AgreementDetails("VARAM-2026/77", TODAY.minusDays(3), TODAY, null)));
        assertThat(signIn.signIn("oa.newcomer", TestWorld.PASSWORD.toCharArray())
                        .outcome())
                .isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(directory.institutionsInService())
                .extracting(InstitutionView::id)
                .contains(id);
    }

    @Test
    void aRegistrationNumberIsCheckedAndRegisteredOnce() {
        register("Vienreizējā", 400_300, InstitutionKind.OTHER);
        run("oa.platform", PLATFORM, () -> {
            assertThatThrownBy(() -> institutions.register(new InstitutionDetails(
                            "Dublikāts", null, RegistrationNumbers.stateBody(400_300), InstitutionKind.OTHER, null)))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.field()).isEqualTo("registrationNumber");
                        assertThat(v.messageKey()).isEqualTo("institution.duplicateRegistrationNumber");
                    });
            assertThatThrownBy(() -> institutions.register(
                            new InstitutionDetails("Kļūdainā", null, "90000048153", InstitutionKind.OTHER, null)))
                    .isInstanceOfSatisfying(
                            RuleViolation.class,
                            v -> assertThat(v.messageKey()).isEqualTo("registrationNumber.checksum"));
        });
    }

    @Test
    void aChangeIsAuditedFieldByField() {
        long id = register("Vecais nosaukums", 400_400, InstitutionKind.STATE_BODY);
        InstitutionView before = as("oa.platform", PLATFORM, () -> institutions.get(id));
        run(
                "oa.platform",
                PLATFORM,
                () -> institutions.change(
                        id,
                        before.version(),
                        new InstitutionDetails(
                                "Jaunais nosaukums",
                                "New name",
                                before.registrationNumber(),
                                InstitutionKind.STATE_BODY,
                                before.eAddress())));
        var updates = as(
                        "oa.platform",
                        PLATFORM,
                        () -> audit.find(
                                new AuditFilter(
                                        null,
                                        null,
                                        null,
                                        AuditAction.UPDATE,
                                        "Institution",
                                        String.valueOf(id),
                                        null,
                                        null),
                                PageRequest.of(0, 5)))
                .rows();
        assertThat(updates)
                .singleElement()
                .satisfies(e -> assertThat(e.detail())
                        .isEqualTo("nameLv: Vecais nosaukums -> Jaunais nosaukums; nameEn: null -> New name"));
    }

    @Test
    void agreementPeriodsDoNotOverlapAndEndingOneEndsSignIn() {
        long id = register("Līgumu aģentūra", 400_500, InstitutionKind.STATE_BODY);
        long agreement = as(
                "oa.platform",
                PLATFORM,
                () -> institutions.concludeAgreement(
                        id, new AgreementDetails("L-1", TODAY.minusYears(1), TODAY.minusYears(1), null)));
        assertThatThrownBy(() -> run(
                        "oa.platform",
                        PLATFORM,
                        () -> institutions.concludeAgreement(
                                id, new AgreementDetails("L-2", TODAY, TODAY.plusDays(10), null))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("agreement.overlaps"));

        run(
                "oa.platform",
                PLATFORM,
                () -> staff.create(new NewStaff(
                        "oa.contracted",
                        "Līgumnieks",
                        "l@x.lv",
                        id,
                        null,
                        EnumSet.of(Role.SPECIALIST),
                        TestWorld.PASSWORD.toCharArray())));
        assertThat(signIn.signIn("oa.contracted", TestWorld.PASSWORD.toCharArray())
                        .outcome())
                .isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(persistence.getCache().contains(Institution.class, id)
                        && persistence.getCache().contains(Agreement.class, agreement))
                .as("institutions and agreements are read through the second-level cache")
                .isTrue();
        run("oa.platform", PLATFORM, () -> institutions.endAgreement(id, agreement, TODAY.minusDays(1)));
        assertThat(signIn.signIn("oa.contracted", TestWorld.PASSWORD.toCharArray())
                        .outcome())
                .isEqualTo(SignInOutcome.NO_AGREEMENT);
        List<AgreementView> ended = as(
                        "oa.platform",
                        PLATFORM,
                        () -> institutions.agreements(
                                new AgreementFilter(id, AgreementStatus.ENDED), PageRequest.of(0, 5)))
                .rows();
        assertThat(ended).extracting(AgreementView::number).containsExactly("L-1");
    }

    @Test
    void onlyAMunicipalityRunsACentreAndAClosedCentreTakesNoNewStaff() {
        long agencyId = register("Centra aģentūra", 400_600, InstitutionKind.STATE_BODY);
        long municipalityId = register("Centra pašvaldība", 400_700, InstitutionKind.MUNICIPALITY);
        List<OpeningHours> hours = List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        run("oa.platform", PLATFORM, () -> {
            assertThatThrownBy(() -> centres.open(
                            new CentreDetails("Nepareizs centrs", agencyId, "Iela 1", CentreType.COUNTY, hours)))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("centre.notMunicipality"));
            long centre = centres.open(
                    new CentreDetails("Pareizs centrs", municipalityId, "Iela 2", CentreType.COUNTY, hours));
            assertThat(centres.get(centre).openingHours()).containsExactlyElementsOf(hours);
            centres.close(centre);
            assertThat(centres.activeCentresOf(municipalityId)).isEmpty();
            assertThatThrownBy(() -> staff.create(new NewStaff(
                            "oa.clerk",
                            "Konsultants",
                            "k@x.lv",
                            municipalityId,
                            centre,
                            EnumSet.of(Role.CLERK),
                            TestWorld.PASSWORD.toCharArray())))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("staff.centre.closed"));
            assertThat(directory.openCentres()).noneMatch(c -> c.id() == centre);
        });
    }
}
