package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import lv.pietura.it.support.RegistrationNumbers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Onboarding a new municipality end to end, from its agreement to its first real case, as the people who do it would:
 * the platform administrator registers it, records its agreement, opens its centre and creates its administrator;
 * that administrator signs in with the temporary password, chooses their own, imports their staff, reads the audit
 * trail and gives a service manager an account; the service manager publishes the municipality's first service and
 * offers it at its centre; its client consultant signs in and registers the first case; the platform administrator
 * ticks what Pietura cannot see for itself (training, the e-address working rules, the go-live day) and the checklist
 * is complete, for both administrators to see. The steps build on each other, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformAdministrationJourneyIT extends BrowserJourney {

    private static final String MUNICIPALITY = "Siguldas novada pašvaldība";
    private static final String CENTRE = "Siguldas VPVKAC";
    private static final String NUMBER = RegistrationNumbers.stateBody(500_100);
    private static final String OWN_PASSWORD = "Siguldas bobsleja trase 2026";
    private static final DateTimeFormatter LATVIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final String SERVICE = "Izziņa par deklarēto dzīvesvietu";
    private static final String TABS = "editorForm:tabs:";

    private static String temporaryPassword;
    private static String managerPassword;
    private static String clerkPassword;

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
    void theAdministratorImportsStaffAndEveryRowIsAccountedFor() {
        Path csv = browser.fileToUpload(
                "darbinieki.csv",
                ("username;full_name;email;roles;centre\n"
                                + "sigulda.clerk;Jānis Bērziņš;janis@sigulda.lv;CLERK;" + CENTRE + "\n"
                                + "sigulda.boss;Pēteris Priekšnieks;peteris@sigulda.lv;BOSS;\n")
                        .getBytes(StandardCharsets.UTF_8));
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
    void theAdministratorGivesAServiceManagerAnAccountAndTheConsultantANewPassword() {
        Pages pages = pages();
        pages.click("menuForm:staff");
        pages.click("searchForm:new");
        pages.dialogShown("staffDialog");
        pages.type("staffForm:username", "sigulda.manager");
        pages.type("staffForm:fullName", "Marta Pārvalde");
        pages.type("staffForm:email", "marta@sigulda.lv");
        pages.tick("staffForm:roles", "Pakalpojumu pārvaldnieks");
        managerPassword = pages.element("staffForm:newPassword").getAttribute("value");
        pages.click("staffForm:save");
        pages.dialogClosed("staffDialog");
        assertThat(pages.messages()).contains("Konts sigulda.manager izveidots.");

        pages.type("searchForm:text", "sigulda.clerk");
        pages.click("searchForm:search");
        pages.click("listForm:table:0:reset");
        pages.dialogShown("resetDialog");
        clerkPassword = pages.element("resetForm:newPassword").getAttribute("value");
        pages.click("resetForm:confirmReset");
        pages.dialogClosed("resetDialog");
        pages.signOut();
    }

    @Test
    @Order(9)
    void itsServiceManagerPublishesTheFirstServiceAndOffersItAtTheCentre() {
        Pages pages = pages();
        signInWithOwnPassword(pages, "sigulda.manager", managerPassword, "Siguldas pakalpojumi 2026");
        pages.click("menuForm:myServices");
        pages.click("searchForm:new");
        pages.dialogShown("newDialog");
        pages.type("newForm:code", "SIG-DZIVESVIETAS-IZZINA");
        pages.type("newForm:nameLv", SERVICE);
        pages.click("newForm:create");
        browser.waiting().until(d -> pages.path().startsWith("services/edit"));
        pages.type(TABS + "descriptionLv", "Izziņu par deklarēto dzīvesvietu izsniedz pašvaldība.");
        pages.type(TABS + "functionLv", "Dzīvesvietas deklarēšana");
        pages.type(TABS + "territoryLv", "Siguldas novads");
        pages.tab(TABS + "legalTab");
        pages.click(TABS + "addLegalAct");
        pages.type(TABS + "legalRows:0:title", "Dzīvesvietas deklarēšanas likums");
        pages.type(TABS + "legalRows:0:url", "https://likumi.lv/ta/id/317447");
        pages.tab(TABS + "channelsTab");
        pages.tick(TABS + "requestChannels", "Klātienē centrā");
        pages.tick(TABS + "resultChannels", "E-adrese");
        pages.number(TABS + "deadlineDays", "5");
        pages.number(TABS + "normDays", "2");
        pages.tab(TABS + "resultsTab");
        pages.click(TABS + "addResultType");
        pages.type(TABS + "resultRows:0:nameLv", "Izziņa izsniegta");
        pages.click("editorForm:save");
        assertThat(pages.messages()).contains("Izmaiņas saglabātas.");
        pages.click("editorForm:publish");
        pages.dialogShown("editorForm:publishDialog");
        pages.click("editorForm:confirmPublish");
        assertThat(pages.messages()).contains("Versija 1 publicēta");
        assertThat(pages.text("editorForm:status")).isEqualTo("Publicēts");

        // the list of centres opens below its field at the top of the window; the centre is chosen by keyboard (a
        // click into the open list landed on the side menu when the window moved)
        ((JavascriptExecutor) pages.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'start'})", pages.element("centresCard"));
        pages.tickInList("centresForm:centres", "Siguld", CENTRE);
        pages.click("centresForm:saveCentres");
        assertThat(pages.element("centresForm:centres").getText()).contains(CENTRE);
        pages.signOut();
    }

    @Test
    @Order(10)
    void itsConsultantSignsInAndRegistersTheFirstCase() {
        Pages pages = pages();
        signInWithOwnPassword(pages, "sigulda.clerk", clerkPassword, "Siguldas klientu centrs 2026");
        pages.click("menuForm:registerCase");
        pages.type("registerForm:clientCode", "010190-12349");
        pages.type("registerForm:clientName", "Anna Ozola");
        pages.type("registerForm:serviceText", "deklarēto dzīvesvietu");
        pages.click("registerForm:searchServices");
        pages.click("registerForm:services:0:choose");
        assertThat(pages.text("chosenServiceName")).isEqualTo(SERVICE);
        pages.tick("registerForm:type", "Pieteikums");
        browser.ajaxDone();
        pages.click("registerForm:register");
        browser.waiting().until(d -> pages.path().startsWith("cases/case"));
        assertThat(pages.heading()).startsWith("Lieta ");
        pages.signOut();
    }

    @Test
    @Order(11)
    void thePlatformAdministratorTicksWhatPieturaCannotSeeAndTheChecklistIsComplete() {
        Pages pages = pages();
        pages.signIn("admin", DEMO_PASSWORD);
        pages.click("menuForm:onboarding");
        assertThat(pages.rows("overviewForm:institutions"))
                .anySatisfy(row -> assertThat(row).contains(MUNICIPALITY, "Izpildīti 7 no 10 soļiem"));
        pages.driver().findElement(By.linkText(MUNICIPALITY)).click();
        browser.ajaxDone();
        assertThat(pages.text("onboardingProgress")).isEqualTo("Izpildīti 7 no 10 soļiem");
        String today = LocalDate.now().format(LATVIAN_DATE);
        tick(pages, "STAFF_TRAINED", today, "Divas nodarbības Siguldas VPVKAC");
        tick(pages, "EADDRESS_RULES", today, "Ienākošās ziņas skata dokumentu pārvaldnieks katru darbdienu");
        tick(pages, "GO_LIVE", LocalDate.now().plusDays(7).format(LATVIAN_DATE), "");
        assertThat(pages.text("onboardingProgress")).isEqualTo("Izpildīti 10 no 10 soļiem");
        assertThat(pages.element("onboardingSteps").findElements(By.cssSelector("li.open")))
                .isEmpty();
        pages.signOut();

        pages.signIn("sigulda.admin", OWN_PASSWORD);
        pages.click("menuForm:myOnboarding");
        assertThat(pages.text("onboardingProgress")).isEqualTo("Izpildīti 10 no 10 soļiem");
        assertThat(pages.text("step-STAFF_TRAINED")).contains("Divas nodarbības Siguldas VPVKAC");
    }

    /** Ticks a step of the checklist on the institution's page through its dialog. */
    private static void tick(Pages pages, String step, String day, String note) {
        pages.driver()
                .findElement(By.xpath("//li[@id='step-" + step + "']//button[contains(@id, ':tick')]"))
                .click();
        browser.ajaxDone();
        pages.dialogShown("onboardingTickDialog");
        pages.date("onboardingTickForm:doneOn", day);
        pages.type("onboardingTickForm:note", note);
        pages.click("onboardingTickForm:save");
        pages.dialogClosed("onboardingTickDialog");
        browser.waiting().until(d -> pages.text("step-" + step).contains(day));
    }

    /** Signs in with a temporary password and chooses one's own, as the first sign-in asks. */
    private static void signInWithOwnPassword(Pages pages, String username, String temporary, String own) {
        pages.signIn(username, temporary);
        assertThat(pages.path()).startsWith("account/password");
        pages.type("passwordForm:currentPassword", temporary);
        pages.type("passwordForm:newPassword", own);
        pages.type("passwordForm:repeatedPassword", own);
        pages.submit("passwordForm:change");
        assertThat(pages.messages()).contains("Parole nomainīta.");
    }

    @Test
    @Order(12)
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
