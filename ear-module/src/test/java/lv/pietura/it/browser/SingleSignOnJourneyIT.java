package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import lv.pietura.it.support.Keycloak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Single sign-on through a real Keycloak (OpenID Connect, code flow): the test server is configured for the
 * realm of {@code keycloak/pietura-realm.json}, whose users carry an institution's registration number, a
 * personal code and provider roles that the server maps to Pietura's ({@code pietura.oidc.role-map} in
 * arquillian.xml). The sign-in form stays where it was, beside the button.
 */
class SingleSignOnJourneyIT extends BrowserJourney {

    @RegisterExtension
    static Keycloak keycloak = new Keycloak();

    Pages pages;

    @BeforeEach
    void aNewVisitor() {
        pages = pages();
        pages.open("login");
        browser.forgetAllSessions();
    }

    @AfterEach
    void noStackTraceEverShows() {
        pages.assertNoStackTrace();
    }

    @Test
    void staffSignInWithTheProviderAndGetTheirInstitutionAndRolesFromItsToken() {
        pages.open("cases/list");
        assertThat(pages.path()).startsWith("login");
        assertThat(pages.present("signInForm:username"))
                .as("the form stays the default")
                .isTrue();

        signInWithTheProvider("ieva.sso");
        assertThat(pages.path()).as("back on the page asked for").startsWith("cases/list");

        pages.open("");
        assertThat(pages.heading()).isEqualTo("Sākums");
        assertThat(pages.text("myInstitution")).isEqualTo("Ādažu novada pašvaldība");
        assertThat(pages.text("myRoles"))
                .contains("Speciālists", "Pakalpojumu pārvaldnieks")
                .doesNotContain("unrelated");
        assertThat(pages.present("menuForm:password"))
                .as("no password of Pietura's to change")
                .isFalse();
        pages.signOut();

        pages.signIn("ieva.sso", Keycloak.PASSWORD);
        assertThat(pages.messages())
                .as("a federated account has no password of Pietura's")
                .contains("Pieteikties neizdevās: nepareizs lietotājvārds vai parole");

        // The provider still knows her (signing out of Pietura does not sign out of it): no form this time.
        pages.click("signInForm:sso");
        browser.waiting().until(d -> pages.present("myInstitution"));
        assertThat(pages.text("myInstitution"))
                .as("the second sign-in finds the same account")
                .isEqualTo("Ādažu novada pašvaldība");
    }

    @Test
    void aPersonSignsInToTheirMailboxWithTheirPersonalCode() {
        signInWithTheProvider("anna.ozola");
        browser.waiting().until(d -> pages.path().startsWith("my/mailbox"));
        assertThat(pages.body()).contains("010190-12349");
    }

    /**
     * The provider's claim names a company Anna may represent (and something that is no registration number): she
     * works its e-address as the company, activates it there, and goes back to her own.
     */
    @Test
    void aPersonTheProviderNamesAsARepresentativeActivatesTheCompanysEAddressAndWorksItForTheCompany() {
        signInWithTheProvider("anna.ozola");
        browser.waiting().until(d -> pages.path().startsWith("my/mailbox"));
        pages.click("mySettings");
        assertThat(pages.rows("representedForm:companies"))
                .as("only the company of the claim, not what is no number")
                .anySatisfy(row -> assertThat(row)
                        .contains("SIA Upes Maiznīca", "_DEFAULT@40203000077", "Identitātes pakalpojuma sniedzējs"))
                .noneSatisfy(row -> assertThat(row).contains("not a number"));
        int row = pages.rows("representedForm:companies").stream()
                .map(r -> r.contains("SIA Upes Maiznīca"))
                .toList()
                .indexOf(true);
        pages.submit("representedForm:companies:" + row + ":workFor");
        assertThat(pages.path()).startsWith("my/eaddress");
        assertThat(pages.text("address")).isEqualTo("_DEFAULT@40203000077");
        assertThat(pages.text("workingForForm:workingFor"))
                .isEqualTo("Jūs strādājat uzņēmuma „SIA Upes Maiznīca” e-adresē kā tā pārstāvis (Anna Ozola).");
        assertThat(pages.present("representedForm"))
                .as("a company represents nobody")
                .isFalse();
        assertThat(pages.text("state")).isEqualTo("Nav aktivizēta");
        pages.submit("activateForm:activate");
        assertThat(pages.text("state")).startsWith("Aktivizēta kopš");
        pages.click("toMailbox");
        assertThat(pages.text("who")).contains("SIA Upes Maiznīca");

        pages.submit("workingForForm:workOwn");
        assertThat(pages.text("address")).isEqualTo("010190-12349");
        assertThat(pages.present("workingForForm")).isFalse();
        assertThat(pages.rows("representedForm:companies"))
                .anySatisfy(r -> assertThat(r).contains("SIA Upes Maiznīca", "Aktivizēta"));
    }

    @Test
    void aPersonNewToPieturaSignsInWithTheProviderAndIsOfferedToActivateHerEAddress() {
        signInWithTheProvider("liga.sso");
        browser.waiting().until(d -> pages.path().startsWith("my/eaddress"));
        assertThat(pages.text("address")).isEqualTo("150585-13426");
        assertThat(pages.text("holderName"))
                .as("named as the provider names her")
                .isEqualTo("Līga Jaunā");
        assertThat(pages.text("state")).isEqualTo("Nav aktivizēta");
        pages.submit("activateForm:activate");
        assertThat(pages.text("state")).startsWith("Aktivizēta kopš");
        pages.open("my/mailbox");
        assertThat(pages.path()).startsWith("my/mailbox");
    }

    @Test
    void aTokenNamingAnUnknownInstitutionLetsNobodyInAndSaysWhy() {
        signInWithTheProvider("karlis.sso");
        assertThat(pages.path()).startsWith("login");
        assertThat(pages.messages()).contains("nesader ar nevienu Pietura kontu");
        pages.open("home");
        assertThat(pages.path()).as("not signed in").startsWith("login");
    }

    @Test
    void theProviderCannotTakeOverAnAccountThatSignsInWithAPassword() {
        signInWithTheProvider("adazi.clerk");
        assertThat(pages.path()).startsWith("login");
        assertThat(pages.messages()).contains("nesader ar nevienu Pietura kontu");

        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        assertThat(pages.text("myRoles")).isEqualTo("Klientu konsultants");
    }

    /** The button on the sign-in page, then Keycloak's own form. */
    private void signInWithTheProvider(String username) {
        if (!pages.path().startsWith("login")) {
            pages.open("login");
        }
        pages.click("signInForm:sso");
        browser.waiting().until(d -> d.getCurrentUrl().startsWith(Keycloak.REALM));
        pages.type("username", username);
        pages.type("password", Keycloak.PASSWORD);
        pages.click("kc-login");
        browser.waiting().until(d -> !d.getCurrentUrl().startsWith(Keycloak.REALM));
        browser.ajaxDone();
    }
}
