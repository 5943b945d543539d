package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A company's e-address activated and written to: Anna Ozola, a board member of SIA Kalnu Darbnīca (demo, its
 * e-address not activated), asks to activate it; a number that names no company and a second request while the
 * first waits are refused with their reasons; a platform administrator confirms; a consultant in Ādaži then writes
 * to the company, and the message is delivered. In order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompanyActivationJourneyIT extends BrowserJourney {

    private static final String WORKSHOP = "40203000005";

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
}
