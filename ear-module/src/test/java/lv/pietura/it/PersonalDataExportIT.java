package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.util.Set;
import lv.pietura.cases.CaseRef;
import lv.pietura.cases.CaseRegistration;
import lv.pietura.cases.CaseType;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.NewCase;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.ServiceDirectory;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.PersonalCodes;
import lv.pietura.it.support.TestServices;
import lv.pietura.it.support.TestWorld;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.Role;
import lv.pietura.privacy.PersonalDataExport;
import lv.pietura.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's request for their data (GDPR art. 15): the State Social Insurance Agency's data protection officer
 * exports what the agency holds about a personal code — the pension case registered for her in Ādaži with its intake
 * and client details — audited as an export of her data; another institution's officer finds nothing of it; a code
 * that is none is refused; a consultant may not export at all.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataExportIT {

    private static final String SERVICE = "VSAA-VECUMA-PENSIJA";
    private static final Set<String> DPO = roles(Role.DATA_PROTECTION_OFFICER);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @EJB
    PersonalDataExport exports;

    @EJB
    CaseRegistration registration;

    @EJB
    ServiceDirectory directory;

    @Test
    void theAgencysOfficerExportsWhatTheAgencyHoldsAndNobodyElseDoes() {
        String code = PersonalCodes.born("050505", 940);
        CaseRef registered = as(
                "adazi.clerk",
                roles(Role.CLERK),
                () -> registration.register(NewCase.of(
                                ClientKind.PERSON,
                                code,
                                "Datu Pieprasītāja",
                                SERVICE,
                                CaseType.APPLICATION,
                                Channel.IN_PERSON,
                                TestServices.filledIntake(directory.inForce(SERVICE)))
                        .withContact("dati@example.lv", "+371 20000001")));

        PersonalDataExport.Summary summary = as("vsaa.dpo", DPO, () -> exports.find(code));
        assertThat(summary.cases()).isEqualTo(1);
        JsonObject export = Json.createReader(new ByteArrayInputStream(as("vsaa.dpo", DPO, () -> exports.export(code))))
                .readObject();
        assertThat(export.getString("personalCode")).isEqualTo(code.replace("-", ""));
        assertThat(export.getJsonArray("serviceCases")).singleElement().satisfies(c -> {
            JsonObject json = c.asJsonObject();
            assertThat(json.getString("number")).isEqualTo(registered.number());
            assertThat(json.getJsonObject("client").getString("name")).isEqualTo("Datu Pieprasītāja");
            assertThat(json.getJsonObject("client").getString("email")).isEqualTo("dati@example.lv");
            assertThat(json.getJsonObject("intake").values())
                    .anySatisfy(v -> assertThat(v.toString()).contains("LV80BANK0000435195001"));
            assertThat(json.getJsonArray("events")).isNotEmpty();
        });
        assertThat(world.count(
                        "select count(e) from AuditEvent e where e.entityType = 'PersonalDataExport'"
                                + " and e.actor = 'vsaa.dpo' and e.subject = ?1",
                        code.replace("-", "")))
                .as("the look and the export, each audited with the person as subject")
                .isEqualTo(2);

        TestWorld.Tenant other = world.institution("Datu citas iestāde", 940_100, InstitutionKind.STATE_BODY);
        world.staff("cita.dpo", other, null, Role.DATA_PROTECTION_OFFICER);
        assertThat(as("cita.dpo", DPO, () -> exports.find(code)).cases())
                .as("another institution's officer: none of the agency's cases")
                .isZero();

        assertThatThrownBy(() -> as("vsaa.dpo", DPO, () -> exports.find("123")))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems().get(0).field()).isEqualTo("personalCode"));
        assertThatThrownBy(() -> as("adazi.clerk", roles(Role.CLERK), () -> exports.find(code)))
                .isInstanceOf(EJBAccessException.class);
    }
}
