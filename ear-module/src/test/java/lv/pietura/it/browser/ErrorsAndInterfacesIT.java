package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What scripts, portals and monitoring rely on (the REST API, its OpenAPI document, health), and what
 * a user sees when something cannot be shown: localised error pages, never a stack trace.
 */
class ErrorsAndInterfacesIT extends BrowserJourney {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String api(String path) {
        return base.toExternalForm().replaceAll("/$", "") + "/api/" + path;
    }

    @Test
    void thePublicDirectoryListsInstitutionsInServiceAndTheirCentres() throws Exception {
        HttpResponse<String> institutions = get(api("directory/institutions"), null);
        assertThat(institutions.statusCode()).isEqualTo(200);
        assertThat(institutions.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(institutions.body())
                .contains("\"name\":\"Ādažu novada pašvaldība\"", "\"eAddress\":\"_DEFAULT@90000048491\"")
                .as("an institution without a valid agreement is not in service")
                .doesNotContain("Līvānu");

        HttpResponse<String> centres = get(api("directory/centres"), null);
        assertThat(centres.body())
                .contains("\"name\":\"Ādažu novada VPVKAC\"", "\"dayOfWeek\":\"MONDAY\"", "\"opens\":\"08:00:00\"");
    }

    @Test
    void theApiRefusesAnonymousCallersInTheirLanguage() throws Exception {
        HttpResponse<String> latvian = get(api("me"), null);
        assertThat(latvian.statusCode()).isEqualTo(401);
        assertThat(latvian.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(latvian.body()).contains("\"status\":401", "Nepieciešama pieteikšanās.");
        assertThat(get(api("me"), "en-GB,en;q=0.8").body()).contains("Sign-in required.");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> openapi = get("http://" + base.getHost() + ":" + base.getPort() + "/openapi", null);
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body())
                .contains(
                        "/pietura/api/directory/institutions",
                        "/pietura/api/me",
                        "Pietura API",
                        "/pietura/api/catalogue/services",
                        "/pietura/api/catalogue/cpsv-ap.jsonld",
                        "/pietura/api/cases",
                        "/pietura/api/cases/{number}",
                        "Idempotency-Key");
    }

    @Test
    void theServerReportsReadinessAndLivenessOnTheManagementPort() throws Exception {
        // MicroProfile Health: WildFly's own checks and the application's (database; the delivery worker)
        for (String[] probe : new String[][] {{"ready", "database"}, {"live", "e-address delivery worker"}}) {
            HttpResponse<String> health = get("http://" + base.getHost() + ":9990/health/" + probe[0], null);
            assertThat(health.statusCode()).as(probe[0]).isEqualTo(200);
            assertThat(health.body())
                    .as(probe[0])
                    .startsWith("{\"status\":\"UP\"")
                    .contains("{\"name\":\"" + probe[1] + "\",\"status\":\"UP\"")
                    .doesNotContain("\"DOWN\"");
        }
    }

    @Test
    void aPageOutsideTheRoleIsForbiddenNotBroken() {
        Pages pages = pages();
        browser.forgetSession();
        pages.open("login");
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.open("admin/institutions");
        assertThat(pages.heading()).isEqualTo("Piekļuve liegta");
        pages.assertNoStackTrace();
        pages.open("staff/accounts");
        assertThat(pages.heading()).isEqualTo("Piekļuve liegta");
    }

    @Test
    void missingPagesAndRecordsAreNotFound() {
        Pages pages = pages();
        browser.forgetSession();
        pages.open("login");
        pages.signIn("admin", DEMO_PASSWORD);
        for (String path : new String[] {
            "nav-tadas-lapas", "admin/institution?id=999999999", "admin/institution?id=abc", "admin/institution"
        }) {
            pages.open(path);
            assertThat(pages.heading()).as(path).isEqualTo("Lapa nav atrasta");
            pages.assertNoStackTrace();
        }
    }
}
