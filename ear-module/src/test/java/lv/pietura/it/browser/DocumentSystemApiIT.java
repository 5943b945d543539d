package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.pietura.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

/**
 * An institution's document management system receives its e-address mail through the API, with a real HTTP
 * client, the way e-delivery systems do it: it fetches the next messages it has not confirmed (with their files),
 * downloads the files and confirms each; an unconfirmed message comes again, a confirmation is idempotent, and
 * another institution's system cannot confirm it.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentSystemApiIT {

    private static final String PASSWORD = "Pietura-demo-2026";
    /** The agency's document system signs in as a staff account that may read the mailbox. */
    private static final String AGENCY_SYSTEM = "vsaa.specialist2";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDocumentSystemFetchesTheMailDownloadsItsFilesAndConfirmsEachOnce() throws Exception {
        byte[] pdf = "%PDF-1.4\n% iesniegums dokumentu sistēmai\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = send(
                request("eaddress/files?name=iesniegums.pdf")
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)),
                "adazi.clerk");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String file = (String) json(uploaded.body()).get("id");
        String id = UUID.randomUUID().toString();
        HttpResponse<String> sent = send(
                request("eaddress/messages")
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", id)
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"to": ["_DEFAULT@90001634668"], "subject": "Iesniegums dokumentu sistēmai",
                                 "body": "Pārsūtām klienta iesniegumu.", "files": [{"id": "%s", "name": "iesniegums.pdf"}]}""".formatted(file))),
                "adazi.clerk");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);

        // delivered by the worker (every 10 s): the system drains its mailbox until the message is there
        Map<String, Object> incoming = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> drainUntil(id), found -> found != null);
        assertThat(incoming)
                .containsEntry("from", "_DEFAULT@90000048491")
                .containsEntry("subject", "Iesniegums dokumentu sistēmai")
                .containsEntry("body", "Pārsūtām klienta iesniegumu.");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) incoming.get("files");
        assertThat(files).singleElement().satisfies(f -> assertThat(f).containsEntry("name", "iesniegums.pdf"));

        assertThat(fetch(100))
                .as("not confirmed: it comes again")
                .extracting(m -> m.get("id"))
                .contains(id);
        HttpResponse<byte[]> download = http.send(
                authorised(
                                HttpRequest.newBuilder(
                                        URI.create(host() + files.get(0).get("href"))),
                                AGENCY_SYSTEM)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);

        assertThat(send(request("eaddress/inbox/" + id + "/confirmation").POST(noBody()), "adazi.specialist")
                        .statusCode())
                .as("another institution's system: no such message in its mailbox")
                .isEqualTo(404);
        assertThat(confirm(id)).isEqualTo(204);
        assertThat(confirm(id)).as("confirming again answers the same").isEqualTo(204);
        assertThat(fetch(100)).extracting(m -> m.get("id")).doesNotContain(id);

        HttpResponse<String> status = send(request("eaddress/messages/" + id).GET(), "adazi.clerk");
        assertThat(status.body()).contains("\"status\":\"DELIVERED\"");
    }

    @Test
    void aLimitOutsideOneToAHundredIsRefusedWithItsReason() throws Exception {
        for (String limit : List.of("0", "101", "-1", "abc", "1e3", "%00")) {
            HttpResponse<String> answer =
                    send(request("eaddress/inbox?limit=" + limit).GET(), AGENCY_SYSTEM);
            assertThat(answer.statusCode()).as(limit + ": " + answer.body()).isIn(400, 422);
            assertThat(answer.body()).doesNotContain("Exception");
        }
        assertThat(send(request("eaddress/inbox").GET(), null).statusCode())
                .as("no credentials")
                .isEqualTo(401);
    }

    /** Fetches and confirms what comes before the message {@code id}; the message once it comes, else null. */
    private Map<String, Object> drainUntil(String id) throws Exception {
        for (int round = 0; round < 20; round++) {
            List<Map<String, Object>> batch = fetch(50);
            for (Map<String, Object> message : batch) {
                if (id.equals(message.get("id"))) {
                    return message;
                }
            }
            if (batch.isEmpty()) {
                return null;
            }
            for (Map<String, Object> message : batch) {
                assertThat(confirm((String) message.get("id"))).isEqualTo(204);
            }
        }
        return null;
    }

    private List<Map<String, Object>> fetch(int limit) throws Exception {
        HttpResponse<String> answer =
                send(request("eaddress/inbox?limit=" + limit).GET(), AGENCY_SYSTEM);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return new Json().toType(answer.body(), Json.LIST_OF_MAPS_TYPE);
    }

    private int confirm(String id) throws Exception {
        return send(request("eaddress/inbox/" + id + "/confirmation").POST(noBody()), AGENCY_SYSTEM)
                .statusCode();
    }

    private static Map<String, Object> json(String body) {
        return new Json().toType(body, Json.MAP_TYPE);
    }

    private static HttpRequest.BodyPublisher noBody() {
        return HttpRequest.BodyPublishers.noBody();
    }

    private String host() {
        return base.getProtocol() + "://" + base.getAuthority();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + "/api/" + path))
                .header("Accept-Language", "lv");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
        return http.send(
                (user == null ? request : authorised(request, user)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String user) {
        return request.header(
                "Authorization",
                "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
}
