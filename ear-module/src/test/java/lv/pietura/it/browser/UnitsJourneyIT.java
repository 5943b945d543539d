package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Units at the institution's mailbox: Ādaži's administrator creates the unit "Sociālais dienests" (no name and a name
 * it has are refused) and makes the service manager, who may not read the mailbox, its member; a consultant gives
 * the unit a message that arrived; the manager then finds the mailbox in the menu (what was sent not), reads that
 * message and only that one, and marks it handled. In order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnitsJourneyIT extends BrowserJourney {

    private static final String UNIT = "Sociālais dienests";
    private static final String SUBJECT = "Par iesniegumu pieņemšanu VPVKAC decembrī";

    @Test
    @Order(1)
    void theAdministratorCreatesAUnitAndMakesAStaffMemberItsMember() {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("adazi.admin", DEMO_PASSWORD);
        pages.click("menuForm:mailboxRights");
        assertThat(pages.rows("unitsForm:units")).singleElement().asString().contains("Struktūrvienību vēl nav");

        pages.click("unitForm:createUnit");
        assertThat(pages.text("unitForm")).contains("obligāt");
        pages.type("unitForm:unitName", UNIT);
        pages.click("unitForm:createUnit");
        assertThat(pages.messages()).contains("Struktūrvienība „" + UNIT + "” izveidota.");
        pages.type("unitForm:unitName", "sociālais  dienests ");
        pages.click("unitForm:createUnit");
        assertThat(pages.text("unitForm")).contains("Iestādei jau ir struktūrvienība");

        pages.choose("memberForm:memberStaff", fullNameOf(pages, "adazi.manager"));
        pages.click("memberForm:addMember");
        assertThat(pages.messages()).contains("Darbinieks pievienots struktūrvienībai.");
        assertThat(pages.rows("unitsForm:units"))
                .singleElement()
                .asString()
                .contains(UNIT, fullNameOf(pages, "adazi.manager"));
        pages.assertNoStackTrace();
    }

    @Test
    @Order(2)
    void aConsultantGivesAMessageToTheUnit() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:inbox");
        pages.driver().findElement(By.linkText(SUBJECT)).click();
        browser.waiting().until(d -> pages.path().startsWith("eaddress/message"));
        pages.choose("workForm:unit", UNIT);
        pages.click("workForm:give");
        assertThat(pages.messages()).contains("Ziņa nodota struktūrvienībai „" + UNIT + "”.");
        assertThat(pages.text("workForm:givenToUnit")).isEqualTo("Nodota struktūrvienībai „" + UNIT + "”.");
    }

    @Test
    @Order(3)
    void theUnitsMemberReadsWhatIsGivenToItAndNothingElse() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("adazi.manager", DEMO_PASSWORD);
        assertThat(pages.present("menuForm:inbox")).isTrue();
        assertThat(pages.present("menuForm:outbox"))
                .as("what the institution sent is not the unit's")
                .isFalse();
        pages.click("menuForm:inbox");
        assertThat(pages.rows("listForm:table")).singleElement().asString().contains(SUBJECT, UNIT);
        pages.driver().findElement(By.linkText(SUBJECT)).click();
        browser.waiting().until(d -> pages.path().startsWith("eaddress/message"));
        assertThat(pages.body()).contains("Lūdzam decembrī pieņemtos vecuma pensijas iesniegumus skenēt krāsās.");
        assertThat(pages.present("caseForm"))
                .as("filing under a case needs the whole mailbox")
                .isFalse();
        pages.click("workForm:markHandled");
        assertThat(pages.text("workForm:handled")).isEqualTo("Izskatīta");
        pages.assertNoStackTrace();
    }

    private static String fullNameOf(Pages pages, String username) {
        return pages.rows("rightsForm:holders").stream()
                .filter(r -> r.contains(username))
                .findFirst()
                .map(r -> r.substring(0, r.indexOf(username)).strip())
                .orElseThrow();
    }
}
