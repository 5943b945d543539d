package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * A company's e-address activated and written to: Anna Ozola, a board member of SIA Kalnu Darbnīca (demo, its
 * e-address not activated), asks to activate it; a number that names no company and a second request while the
 * first waits are refused with their reasons; a platform administrator confirms; a consultant in Ādaži then writes
 * to the company, and the message is delivered. In order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompanyActivationJourneyIT extends BrowserJourney {

    private static final String WORKSHOP = "40203000005";

    /** The consultant's message to the company, as the consultant's browser shows it. */
    private static String sent;

    @Test
    @Order(1)
    void aPersonAsksToActivateTheEAddressOfACompanySheRepresents() {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("010190-12349", DEMO_PASSWORD);
        pages.click("mySettings");
        assertThat(pages.text("companyForm:requestCompany")).isEqualTo("Pieprasīt aktivizēšanu");

        pages.type("companyForm:registrationNumber", "40203000024");
        pages.type("companyForm:basis", "Valdes locekle");
        pages.submit("companyForm:requestCompany");
        assertThat(pages.messages()).contains("Adresātu katalogā nav uzņēmuma ar šādu reģistrācijas numuru.");

        pages.type("companyForm:registrationNumber", WORKSHOP);
        pages.type("companyForm:basis", "Valdes locekle");
        pages.submit("companyForm:requestCompany");
        assertThat(pages.messages()).contains("Pieprasījums nosūtīts platformas administratoram.");
        assertThat(pages.rows("companyRequests"))
                .singleElement()
                .asString()
                .contains("SIA Kalnu Darbnīca", "_DEFAULT@" + WORKSHOP, "Gaida lēmumu");

        pages.type("companyForm:registrationNumber", WORKSHOP);
        pages.type("companyForm:basis", "Valdes locekle");
        pages.submit("companyForm:requestCompany");
        assertThat(pages.messages()).contains("jau gaida lēmumu");
        assertThat(pages.rows("companyRequests")).hasSize(1);
        pages.assertNoStackTrace();
    }

    @Test
    @Order(2)
    void aPlatformAdministratorConfirmsAndTheCompanyIsWrittenTo() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("admin", DEMO_PASSWORD);
        pages.click("menuForm:companyActivations");
        assertThat(pages.heading()).isEqualTo("Uzņēmumu e-adreses");
        assertThat(pages.rows("requestsForm:table"))
                .singleElement()
                .asString()
                .contains("SIA Kalnu Darbnīca", "Anna Ozola", "Valdes locekle");
        pages.click("requestsForm:table:0:confirm");
        pages.dialogShown("confirm");
        pages.click("confirmYes");
        assertThat(pages.messages()).contains("Uzņēmuma „SIA Kalnu Darbnīca” e-adrese aktivizēta.");
        assertThat(pages.rows("requestsForm:table")).singleElement().asString().contains("Nav pieprasījumu");

        pages.signOut();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:composeMessage");
        pages.type("composeForm:query", WORKSHOP);
        pages.click("composeForm:search");
        pages.click("composeForm:found:0:add");
        assertThat(pages.rows("composeForm:chosen")).singleElement().asString().contains("SIA Kalnu Darbnīca");
        pages.type("composeForm:subject", "Par līgumu");
        pages.type("composeForm:body", "Lūdzam parakstīt pielikumā esošo līgumu.");
        pages.click("composeForm:send");
        browser.waiting().until(d -> pages.path().startsWith("eaddress/message"));
        sent = pages.path();
        browser.waiting().until(d -> {
            d.navigate().refresh();
            browser.ajaxDone();
            return pages.rows("recipientsForm:recipients").stream().anyMatch(r -> r.contains("Piegādāta"));
        });
        pages.assertNoStackTrace();

        pages.signOut();
        pages.signIn("010190-12349", DEMO_PASSWORD);
        pages.click("mySettings");
        assertThat(pages.rows("companyRequests")).singleElement().asString().contains("Apstiprināts");
    }

    /**
     * Anna represents the company since the administrator confirmed: she works its mailbox as the company, reads
     * what the consultant wrote (the consultant sees it read), and goes back to her own, where it is not.
     */
    @Test
    @Order(3)
    void theRepresentativeReadsTheCompanysMailAsTheCompany() {
        Pages pages = pages();
        assertThat(pages.rows("representedForm:companies"))
                .anySatisfy(r -> assertThat(r).contains("SIA Kalnu Darbnīca", "Apstiprināts pieprasījums"));
        int row = pages.rows("representedForm:companies").stream()
                .map(r -> r.contains("SIA Kalnu Darbnīca"))
                .toList()
                .indexOf(true);
        pages.submit("representedForm:companies:" + row + ":workFor");
        assertThat(pages.path()).as("activated: straight to its mailbox").startsWith("my/mailbox");
        assertThat(pages.text("workingForForm:workingFor")).contains("SIA Kalnu Darbnīca", "Anna Ozola");
        pages.driver().findElement(By.linkText("Par līgumu")).click();
        browser.waiting().until(d -> pages.path().startsWith("my/message"));
        assertThat(pages.body()).contains("Lūdzam parakstīt pielikumā esošo līgumu.");

        pages.submit("workingForForm:workOwn");
        pages.open("my/mailbox");
        assertThat(pages.body()).as("her own mailbox").doesNotContain("Par līgumu");

        pages.signOut();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.open(sent);
        assertThat(pages.rows("recipientsForm:recipients"))
                .singleElement()
                .asString()
                .as("delivered, and read when the representative opened it: two times")
                .containsPattern("Piegādāta \\d\\d\\.\\d\\d\\.2\\d{3} [\\d:]+ \\d\\d\\.\\d\\d\\.2\\d{3} [\\d:]+");
        pages.assertNoStackTrace();
    }

    /** A platform administrator ends Anna's representation: she no longer finds the company among hers. */
    @Test
    @Order(4)
    void anAdministratorEndsTheRepresentation() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("admin", DEMO_PASSWORD);
        pages.click("menuForm:companyActivations");
        int row = pages.rows("representationsForm:table").stream()
                .map(r -> r.contains("SIA Kalnu Darbnīca") && r.contains("Anna Ozola"))
                .toList()
                .indexOf(true);
        assertThat(row).as("Anna represents the workshop").isNotNegative();
        pages.click("representationsForm:table:" + row + ":end");
        pages.dialogShown("confirm");
        pages.click("confirmYes");
        assertThat(pages.messages()).contains("Anna Ozola vairs nepārstāv uzņēmumu „SIA Kalnu Darbnīca”.");
        assertThat(pages.rows("representationsForm:table"))
                .noneSatisfy(r -> assertThat(r).contains("SIA Kalnu Darbnīca", "Anna Ozola"));

        pages.signOut();
        pages.signIn("010190-12349", DEMO_PASSWORD);
        pages.click("mySettings");
        assertThat(pages.rows("representedForm:companies"))
                .noneSatisfy(r -> assertThat(r).contains("SIA Kalnu Darbnīca"));
        pages.assertNoStackTrace();
    }
}
