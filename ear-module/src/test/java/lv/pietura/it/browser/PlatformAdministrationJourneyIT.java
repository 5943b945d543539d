package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import lv.pietura.it.support.RegistrationNumbers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Onboarding a new municipality end to end, as the people who do it would: the platform administrator
 * registers it, records its agreement, opens its centre and creates its administrator; that
 * administrator signs in with the temporary password, chooses their own, imports their staff and reads
 * the audit trail. The steps build on each other, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformAdministrationJourneyIT extends BrowserJourney {

    private static final String MUNICIPALITY = "Siguldas novada pašvaldība";
    private static final String CENTRE = "Siguldas VPVKAC";
    private static final String NUMBER = RegistrationNumbers.stateBody(500_100);
    private static final String OWN_PASSWORD = "Siguldas bobsleja trase 2026";
    private static final DateTimeFormatter LATVIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static String temporaryPassword;

    @Test
    @Order(1)
    void thePlatformAdministratorRegistersAMunicipality() {
        Pages pages = pages();
        pages.signIn("admin", DEMO_PASSWORD);
        pages.click("menuForm:institutions");
        assertThat(pages.heading()).isEqualTo("Iestādes");

        pages.click("searchForm:new");
        pages.dialogShown("institutionDialog");
        pages.type("institutionForm:nameLv", MUNICIPALITY);
        pages.type("institutionForm:registrationNumber", "90000000000");
        pages.choose("institutionForm:kind", "Pašvaldība");
        pages.click("institutionForm:save");
        assertThat(pages.messages()).contains("Reģistrācijas numurs 90000000000 nav derīgs: kontrolcipars nesakrīt.");

        pages.type("institutionForm:registrationNumber", NUMBER);
        pages.click("institutionForm:save");
        pages.dialogClosed("institutionDialog");
        assertThat(pages.messages()).contains("Iestāde „" + MUNICIPALITY + "” reģistrēta.");

        pages.type("searchForm:text", "Siguld");
        pages.click("searchForm:search");
        assertThat(pages.rows("listForm:table"))
                .singleElement()
                .asString()
                .contains(MUNICIPALITY, NUMBER, "Pašvaldība", "_DEFAULT@" + NUMBER, "Nav līguma");
    }

    @Test
    @Order(2)
    void itsAgreementLetsItsStaffSignIn() {
        Pages pages = pages();
        pages.driver().findElement(By.linkText(MUNICIPALITY)).click();
        assertThat(pages.heading()).isEqualTo(MUNICIPALITY);
        assertThat(pages.text("agreementState")).contains("Nav spēkā esoša līguma");

        pages.click("agreementsForm:newAgreement");
        pages.dialogShown("agreementDialog");
        pages.type("agreementForm:number", "VARAM-2026/100");
        pages.date("agreementForm:signedOn", LocalDate.now().minusDays(2).format(LATVIAN_DATE));
        pages.date("agreementForm:validFrom", LocalDate.now().format(LATVIAN_DATE));
        pages.click("agreementForm:save");
        pages.dialogClosed("agreementDialog");

        assertThat(pages.messages()).contains("Līgums VARAM-2026/100 reģistrēts.");
        assertThat(pages.rows("agreementsForm:agreements"))
                .singleElement()
                .asString()
                .contains("VARAM-2026/100", LocalDate.now().format(LATVIAN_DATE), "beztermiņa", "Spēkā");
        assertThat(pages.text("agreementState")).isEqualTo("Līgums spēkā");
    }

    @Test
    @Order(3)
    void itsCustomerServiceCentreOpens() {
        Pages pages = pages();
        pages.click("menuForm:centres");
        pages.click("searchForm:new");
        pages.dialogShown("centreDialog");
        pages.type("centreForm:name", CENTRE);
        pages.choose("centreForm:municipality", MUNICIPALITY);
        pages.type("centreForm:address", "Pils iela 16, Sigulda, LV-2150");
        pages.choose("centreForm:type", "Novada nozīmes centrs");
        pages.click("centreForm:save");
        pages.dialogClosed("centreDialog");

        assertThat(pages.messages()).contains("Centrs „" + CENTRE + "” reģistrēts.");
        pages.type("searchForm:text", "Sigulda");
        pages.click("searchForm:search");
        assertThat(pages.rows("listForm:table"))
                .singleElement()
                .asString()
                .contains(CENTRE, MUNICIPALITY, "Pils iela 16", "P 09:00–17:00", "Pk 09:00–17:00", "Atvērts");
    }

    @Test
    @Order(4)
    void itsAdministratorGetsAnAccountWithATemporaryPassword() {
        Pages pages = pages();
        pages.click("menuForm:staff");
        pages.click("searchForm:new");
        pages.dialogShown("staffDialog");
        pages.type("staffForm:username", "sigulda.admin");
        pages.type("staffForm:fullName", "Līga Siguldiete");
        pages.type("staffForm:email", "liga@sigulda.lv");
        pages.choose("staffForm:institution", MUNICIPALITY);
        pages.tick("staffForm:roles", "Iestādes administrators");
        temporaryPassword = pages.element("staffForm:newPassword").getAttribute("value");
        assertThat(temporaryPassword).hasSizeGreaterThanOrEqualTo(12);
        pages.click("staffForm:save");
        pages.dialogClosed("staffDialog");
        assertThat(pages.messages()).contains("Konts sigulda.admin izveidots. Pagaidu parole: " + temporaryPassword);
        pages.signOut();
    }

    @Test
    @Order(5)
    void theNewAdministratorMustChooseTheirOwnPasswordFirst() {
        Pages pages = pages();
        pages.signIn("sigulda.admin", temporaryPassword);
        assertThat(pages.path()).startsWith("account/password");
        assertThat(pages.text("mustChange")).contains("pagaidu paroli");
        pages.open("staff/accounts");
        assertThat(pages.path()).as("nothing else opens meanwhile").startsWith("account/password");

        pages.type("passwordForm:currentPassword", temporaryPassword);
        pages.type("passwordForm:newPassword", "sigulda");
        pages.type("passwordForm:repeatedPassword", "sigulda");
        pages.submit("passwordForm:change");
        assertThat(pages.messages()).contains("Parolei jābūt vismaz 12 rakstzīmes garai.");

        pages.type("passwordForm:currentPassword", temporaryPassword);
        pages.type("passwordForm:newPassword", OWN_PASSWORD);
        pages.type("passwordForm:repeatedPassword", OWN_PASSWORD);
        pages.submit("passwordForm:change");
        assertThat(pages.heading()).isEqualTo("Sākums");
        assertThat(pages.messages()).contains("Parole nomainīta.");
        assertThat(pages.text("myInstitution")).isEqualTo(MUNICIPALITY);
    }

    @Test
    @Order(6)
    void theAdministratorImportsStaffAndEveryRowIsAccountedFor() throws IOException {
        Path csv = Files.createTempFile("darbinieki", ".csv");
        Files.writeString(
                csv,
                "username;full_name;email;roles;centre\n"
                        + "sigulda.clerk;Jānis Bērziņš;janis@sigulda.lv;CLERK;" + CENTRE + "\n"
                        + "sigulda.boss;Pēteris Priekšnieks;peteris@sigulda.lv;BOSS;\n",
                StandardCharsets.UTF_8);
        Pages pages = pages();
        pages.click("menuForm:staffImport");
        pages.driver()
                .findElement(By.id("uploadForm:file"))
                .sendKeys(csv.toAbsolutePath().toString());
        pages.submit("uploadForm:upload");

        assertThat(pages.text("summary")).isEqualTo("Izveidoti konti: 1; noraidītas rindas: 1.");
        assertThat(pages.rows("reportForm:rows"))
                .containsExactly("2 sigulda.clerk Izveidots", "3 sigulda.boss Noraidīts Lomas: Nezināmas lomas: BOSS.");
        assertThat(pages.present("reportForm:credentials")).isTrue();
    }

    @Test
    @Order(7)
    void theAuditTrailShowsTheirInstitutionsEventsOnly() {
        Pages pages = pages();
        pages.click("menuForm:audit");
        String trail = String.join("\n", pages.rows("listForm:table"));
        assertThat(trail).contains("sigulda.admin", "Imports", "file=darbinieki", "Parole mainīta", "Izveide");
        assertThat(trail).doesNotContain("vsaa.admin", "adazi.admin");
    }

    @Test
    @Order(8)
    void deactivatingAnAccountAsksFirst() {
        Pages pages = pages();
        pages.click("menuForm:staff");
        pages.type("searchForm:text", "sigulda.clerk");
        pages.click("searchForm:search");
        assertThat(pages.rows("listForm:table")).singleElement().asString().contains("Jānis Bērziņš", CENTRE, "Aktīvs");

        pages.click("listForm:table:0:deactivate");
        pages.dialogShown("confirm");
        assertThat(pages.text("confirm")).contains("Deaktivizēt šo kontu?");
        pages.click("confirmNo");
        assertThat(pages.rows("listForm:table")).singleElement().asString().contains("Aktīvs");

        pages.click("listForm:table:0:deactivate");
        pages.dialogShown("confirm");
        pages.click("confirmYes");
        assertThat(pages.messages()).contains("Konts sigulda.clerk deaktivizēts.");
        assertThat(pages.rows("listForm:table")).singleElement().asString().contains("Deaktivizēts");
    }
}
