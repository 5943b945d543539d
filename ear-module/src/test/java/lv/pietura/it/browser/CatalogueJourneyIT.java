package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import lv.pietura.shared.Clocks;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The catalogue as its users meet it: a service manager of the State Social Insurance Agency describes a
 * new service with an intake form and a fee, publishes it, and later makes a new version; a client
 * consultant in Ādaži finds it; anyone can read it in the public catalogue and the API. In order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogueJourneyIT extends BrowserJourney {

    private static final String CODE = "VSAA-SEL-DUBLIKATS";
    private static final String NAME = "Izziņas dublikāta izsniegšana";
    private static final String TABS = "editorForm:tabs:";
    private static final LocalDate TODAY = LocalDate.now(Clocks.RIGA);
    private static final DateTimeFormatter LATVIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static String editorPath;

    @Test
    @Order(1)
    void aServiceManagerDescribesANewServiceAndIsStoppedByAServiceNormLongerThanTheDeadline() {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("vsaa.manager", DEMO_PASSWORD);
        pages.click("menuForm:myServices");
        pages.click("searchForm:new");
        pages.dialogShown("newDialog");
        pages.type("newForm:code", CODE.toLowerCase());
        pages.type("newForm:nameLv", NAME);
        pages.click("newForm:create");
        browser.waiting().until(d -> pages.path().startsWith("services/edit"));
        editorPath = pages.path();
        assertThat(pages.messages()).contains("Pakalpojums " + CODE.toLowerCase() + " izveidots kā melnraksts.");
        assertThat(pages.text("editorForm:versionLabel")).isEqualTo("Melnraksts, versija 1");

        pages.type(TABS + "descriptionLv", "Izziņas dublikātu izsniedz, ja oriģināls ir nozaudēts.");
        pages.type(TABS + "functionLv", "Izziņu izsniegšana");
        pages.type(TABS + "territoryLv", "Visa Latvija");
        pages.type(TABS + "noticeLv", "Pārbaudiet klienta personu apliecinošu dokumentu.");

        pages.tab(TABS + "legalTab");
        pages.click(TABS + "addLegalAct");
        pages.type(TABS + "legalRows:0:title", "Iesniegumu likums");
        pages.type(TABS + "legalRows:0:article", "3. pants");
        pages.type(TABS + "legalRows:0:url", "https://likumi.lv/ta/id/164501");

        pages.tab(TABS + "feesTab");
        pages.click(TABS + "addFee");
        pages.type(TABS + "feeRows:0:descriptionLv", "Dublikāta sagatavošana");
        pages.number(TABS + "feeRows:0:amount", "3,50");

        pages.tab(TABS + "channelsTab");
        pages.tick(TABS + "requestChannels", "Klātienē centrā");
        pages.tick(TABS + "resultChannels", "E-adrese");
        pages.number(TABS + "deadlineDays", "10");
        pages.number(TABS + "normDays", "15");

        pages.tab(TABS + "resultsTab");
        pages.click(TABS + "addResultType");
        pages.type(TABS + "resultRows:0:nameLv", "Dublikāts izsniegts");

        pages.tab(TABS + "formTab");
        pages.click(TABS + "addField");
        pages.type(TABS + "fieldRows:0:labelLv", "Izziņas numurs");
        pages.click(TABS + "addField");
        pages.type(TABS + "fieldRows:1:labelLv", "Personas kods");
        pages.choose(TABS + "fieldRows:1:type", "personas kods");
        pages.check(TABS + "fieldRows:1:required");

        pages.click("editorForm:save");
        assertThat(pages.messages()).contains("Pakalpojuma norma (15 d.) nevar būt garāka par termiņu (10 d.).");

        pages.tab(TABS + "channelsTab");
        pages.number(TABS + "normDays", "5");
        pages.click("editorForm:save");
        assertThat(pages.messages()).contains("Izmaiņas saglabātas.");
    }

    @Test
    @Order(2)
    void itIsPublishedFromToday() {
        Pages pages = pages();
        pages.click("editorForm:publish");
        pages.dialogShown("editorForm:publishDialog");
        assertThat(pages.element("editorForm:validFrom_input").getAttribute("value"))
                .isEqualTo(TODAY.format(LATVIAN_DATE));
        pages.click("editorForm:confirmPublish");
        assertThat(pages.messages()).contains("Versija 1 publicēta, spēkā no " + TODAY.format(LATVIAN_DATE) + ".");
        assertThat(pages.text("editorForm:status")).isEqualTo("Publicēts");
        assertThat(pages.present("editorForm:save"))
                .as("a published version is not edited")
                .isFalse();
    }

    @Test
    @Order(3)
    void aChangeIsANewVersionFromTomorrowWhileTheFirstStaysInForce() {
        Pages pages = pages();
        pages.click("editorForm:newVersion");
        assertThat(pages.text("editorForm:versionLabel")).isEqualTo("Melnraksts, versija 2");
        pages.tab(TABS + "feesTab");
        pages.number(TABS + "feeRows:0:amount", "4,00");
        pages.click("editorForm:publish");
        pages.dialogShown("editorForm:publishDialog");
        assertThat(pages.element("editorForm:validFrom_input").getAttribute("value"))
                .as("the first day the new version may start")
                .isEqualTo(TODAY.plusDays(1).format(LATVIAN_DATE));
        pages.date("editorForm:validFrom", TODAY.format(LATVIAN_DATE));
        pages.click("editorForm:confirmPublish");
        assertThat(pages.messages())
                .contains("Jaunajai versijai jāstājas spēkā vēlāk nekā versijai Nr. 1 (" + TODAY.format(LATVIAN_DATE)
                        + ").");
        pages.click("editorForm:publish");
        pages.dialogShown("editorForm:publishDialog");
        pages.date("editorForm:validFrom", TODAY.plusDays(1).format(LATVIAN_DATE));
        pages.click("editorForm:confirmPublish");
        assertThat(pages.messages())
                .contains("Versija 2 publicēta, spēkā no " + TODAY.plusDays(1).format(LATVIAN_DATE) + ".");
        assertThat(pages.rows("historyForm:versions")).hasSize(2);
        assertThat(pages.rows("historyForm:versions").get(0))
                .startsWith("2")
                .contains(TODAY.plusDays(1).format(LATVIAN_DATE));
        assertThat(pages.rows("historyForm:versions").get(1)).startsWith("1").contains("Spēkā");
        assertThat(String.join("\n", pages.rows("historyForm:changes"))).contains("vsaa.manager", "Publicēšana");
        pages.signOut();
    }

    @Test
    @Order(4)
    void aClientConsultantFindsItWithItsIntakeFormAndTheStaffNotice() {
        Pages pages = pages();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:catalogue");
        pages.type("searchForm:text", "izzinas dublikata");
        pages.click("searchForm:search");
        assertThat(pages.rows("listForm:table")).singleElement().asString().contains(NAME, "3,50 €");
        pages.driver().findElement(By.linkText(NAME)).click();
        assertThat(pages.heading()).isEqualTo(NAME);
        assertThat(pages.text("fees")).contains("Dublikāta sagatavošana: 3,50 €");
        assertThat(pages.text("intake")).contains("Izziņas numurs", "Personas kods (personas kods, obligāts)");
        assertThat(pages.text("notice")).contains("Pārbaudiet klienta personu apliecinošu dokumentu.");
        assertThat(pages.text("deadline")).isEqualTo("10 darba dienas");
        pages.signOut();
    }

    @Test
    @Order(5)
    void anyoneReadsItInThePublicCatalogueAndTheApiButNotTheStaffNotice() throws Exception {
        Pages pages = pages();
        browser.forgetSession();
        pages.open("catalogue/service?code=" + CODE);
        assertThat(pages.heading()).isEqualTo(NAME);
        assertThat(pages.present("signInLink")).isTrue();
        assertThat(pages.present("notice")).isFalse();

        HttpClient http = HttpClient.newHttpClient();
        String root = base.toExternalForm().replaceAll("/$", "");
        HttpResponse<String> card = http.send(
                HttpRequest.newBuilder(URI.create(root + "/api/catalogue/services/" + CODE))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(card.body()).contains("\"version\":1", "\"amount\":3.5", "\"label\":{\"lv\":\"Personas kods\"}");
        HttpResponse<String> cpsv = http.send(
                HttpRequest.newBuilder(URI.create(root + "/api/catalogue/cpsv-ap.jsonld"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cpsv.body())
                .contains("\"dct:identifier\":\"" + CODE + "\"", "cpsv:PublicService", "\"cv:currency\":\"EUR\"");
    }
}
