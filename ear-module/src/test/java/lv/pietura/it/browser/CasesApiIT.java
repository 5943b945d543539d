package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import lv.pietura.it.support.PersonalCodes;
import lv.pietura.it.support.ServerMetrics;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The API e-service portals submit applications through, over real HTTP with HTTP Basic: a retried
 * request makes one case, bad input is answered with its reasons and never with a server fault; what
 * it registers is counted on the server's metrics.
 */
class CasesApiIT extends BrowserJourney {

    private static final String PORTAL = "latvija.portals";
    private final HttpClient http = HttpClient.newHttpClient();

    private String api(String path) {
        return base.toExternalForm().replaceAll("/$", "") + "/api/" + path;
    }

    private HttpResponse<String> submit(String key, String body, String user) throws Exception {
        return post("cases", key, body, user);
    }

    private HttpResponse<String> post(String path, String key, String body, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api(path)))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "lv")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> status(String number) throws Exception {
        return get("cases/" + number, PORTAL);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(api(path)))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String pension(String clientCode, String iban) {
        String pdf = Base64.getEncoder()
                .encodeToString(("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n" + "%%EOF\n")
                        .getBytes(StandardCharsets.US_ASCII));
        return """
                {"service": "VSAA-VECUMA-PENSIJA",
                 "client": {"kind": "PERSON", "code": "%s", "name": "Mārtiņš Liepa", "email": "martins@example.lv"},
                 "intake": {"velamais_pensijas_sakuma_datums": "2027-03-01", "bankas_konta_numurs_iban": %s,
                            "izmaksas_veids": "Uz bankas kontu"},
                 "attachments": [{"fileName": "staza-izzina.pdf", "field": "stazu_apliecinosi_dokumenti", "content": "%s"}]}
                """.formatted(clientCode, iban == null ? "null" : "\"" + iban + "\"", pdf);
    }

    @Test
    void theSameApplicationSentTwiceMakesOneCaseAndItsStatusCanBeRead() throws Exception {
        String key = "latvija-" + UUID.randomUUID();
        String body = pension(PersonalCodes.born("050561", 321), "LV80BANK0000435195001");
        HttpResponse<String> first = submit(key, body, PORTAL);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String number = first.body().replaceAll("(?s).*\"number\":\"([^\"]+)\".*", "$1");
        assertThat(first.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/cases/" + number));
        assertThat(first.body())
                .contains(
                        "\"state\":\"NEW\"",
                        "\"lv\":\"Valsts sociālās apdrošināšanas aģentūra\"",
                        "\"event\":\"REGISTERED\"");
        assertThat(first.headers().allValues("Set-Cookie"))
                .as("a portal signing in with each call keeps no session")
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));

        HttpResponse<String> retry = submit(key, body, PORTAL);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).contains("\"number\":\"" + number + "\"");

        HttpResponse<String> reused =
                submit(key, pension(PersonalCodes.born("050561", 322), "LV80BANK0000435195001"), PORTAL);
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.body()).contains("idempotencyKey");

        HttpResponse<String> read = status(number);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"event\":\"REGISTERED\"");
        assertThat(status("2026-999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aMessageSentTwiceUnderOneKeyIsStoredOnceAndDeliveredByTheWorker() throws Exception {
        String key = UUID.randomUUID().toString();
        String message = """
                {"to": ["010190-12349"], "subject": "Jūsu iesniegums saņemts", "body": "Izskatīsim 10 darba dienās."}""";
        HttpResponse<String> first = post("eaddress/messages", key, message, "adazi.clerk");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/eaddress/messages/" + key));
        assertThat(first.body()).contains("\"id\":\"" + key + "\"", "\"recipients\":1");

        HttpResponse<String> retry = post("eaddress/messages", key, message, "adazi.clerk");
        assertThat(retry.statusCode()).as("the same key again").isEqualTo(200);
        assertThat(retry.body()).contains("\"id\":\"" + key + "\"", "\"recipients\":1");
        assertThat(post("eaddress/messages", key, message.replace("10 darba", "5 darba"), "adazi.clerk"))
                .satisfies(r -> assertThat(r.statusCode())
                        .as("the key with another message")
                        .isEqualTo(422))
                .satisfies(r -> assertThat(r.body()).contains("idempotencyKey"));
        assertThat(post("eaddress/messages", "nav-uuid", message, "adazi.clerk").body())
                .contains("idempotencyKey", "UUID");
        assertThat(post("eaddress/messages", UUID.randomUUID().toString(), message, PORTAL)
                        .statusCode())
                .as("a portal may not send from an e-address")
                .isEqualTo(403);
        assertThat(post("eaddress/messages", UUID.randomUUID().toString(), message, null)
                        .statusCode())
                .isEqualTo(401);

        assertThat(get(
                                "eaddress/addressees?q="
                                        + java.net.URLEncoder.encode("ĀDAŽU pašv", StandardCharsets.UTF_8),
                                "adazi.clerk")
                        .body())
                .as("the addressee search")
                .contains("\"name\":\"Ādažu novada pašvaldība\"", "\"kind\":\"INSTITUTION\"");

        Awaitility.await()
                .atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(
                                get("eaddress/messages/" + key, "adazi.clerk").body())
                        .as("delivered by the worker")
                        .contains("\"address\":\"010190-12349\"", "\"status\":\"DELIVERED\""));
    }

    @Test
    void filesGoUpAndDownThroughTheApiAndABulkMessageReachesEveryoneListed() throws Exception {
        byte[] pdf = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(pdf, (byte) ' ');
        byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
        byte[] tail =
                "\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        System.arraycopy(tail, 0, pdf, pdf.length - tail.length, tail.length);
        HttpResponse<String> stored = upload("grafiks 2027.pdf", pdf, "adazi.clerk");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        String sha = stored.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(stored.body()).contains("\"size\":" + pdf.length, "\"mediaType\":\"application/pdf\"");
        assertThat(upload("grafiks.pdf", "tikai teksts".getBytes(StandardCharsets.UTF_8), "adazi.clerk"))
                .satisfies(r -> assertThat(r.statusCode())
                        .as("told by content, not by name")
                        .isEqualTo(422));
        assertThat(upload("", pdf, "adazi.clerk").statusCode()).as("no name").isEqualTo(400);
        assertThat(upload("grafiks.pdf", pdf, PORTAL).statusCode())
                .as("a portal has no mailbox")
                .isEqualTo(403);

        String key = UUID.randomUUID().toString();
        String message = """
                {"to": ["010190-12349"], "subject": "Pieņemšanas grafiks", "body": "Pielikumā.",
                 "files": [{"id": "%s", "name": "grafiks 2027.pdf"}]}""".formatted(sha);
        assertThat(post("eaddress/messages", key, message, "adazi.clerk").statusCode())
                .isEqualTo(201);
        HttpResponse<byte[]> file = http.send(
                HttpRequest.newBuilder(URI.create(api("eaddress/messages/" + key + "/files/" + sha)))
                        .header("Authorization", basic("adazi.clerk"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename*=UTF-8''grafiks%202027.pdf");
        assertThat(get("eaddress/messages/" + key + "/files/" + UUID.randomUUID(), "adazi.clerk")
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("eaddress/messages/" + key + "/files/" + sha, "cesis.clerk")
                        .statusCode())
                .as("another institution's message")
                .isEqualTo(404);

        String nobody = PersonalCodes.born("121280", 731);
        String bulk = """
                {"addressees": "010190-12349\\n%s\\nnav kods", "subject": "Pieņemšanas laiki", "body": "Pielikumā.",
                 "files": [{"id": "%s", "name": "grafiks.pdf"}]}""".formatted(nobody, sha);
        HttpResponse<String> sent = post("eaddress/bulk", null, bulk, "adazi.clerk");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(sent.body()).contains("\"addressees\":1", "\"withoutEAddress\":1", "\"invalidLines\":1");
        String bulkId = sent.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(get("eaddress/messages/" + bulkId, "adazi.clerk").body()).contains("\"address\":\"010190-12349\"");
        assertThat(post("eaddress/bulk", null, bulk.replace("010190-12349", nobody), "adazi.clerk")
                        .statusCode())
                .as("nobody on the list can receive it")
                .isEqualTo(422);
    }

    @Test
    void aMessageNamesOnlyFilesItsSenderUploadedAndAnyOtherGetsTheAnswerOfAFileThatDoesNotExist() throws Exception {
        byte[] pdf = "%PDF-1.4\n% Ādažu dokuments\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> stored = upload("dokuments.pdf", pdf, "adazi.clerk");
        assertThat(stored.statusCode()).isEqualTo(201);
        String id = stored.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String sha = stored.body().replaceAll(".*\"sha256\":\"([0-9a-f]{64})\".*", "$1");
        String message = """
                {"to": ["010190-12349"], "subject": "Svešs fails", "body": "Pielikumā.", "files": [%s]}""";
        HttpResponse<String> foreign = post(
                "eaddress/messages",
                UUID.randomUUID().toString(),
                message.formatted("{\"id\": \"" + id + "\", \"name\": \"a.pdf\"}"),
                "vid.specialist");
        HttpResponse<String> missing = post(
                "eaddress/messages",
                UUID.randomUUID().toString(),
                message.formatted("{\"id\": \"" + UUID.randomUUID() + "\", \"name\": \"a.pdf\"}"),
                "vid.specialist");
        HttpResponse<String> byHash = post(
                "eaddress/messages",
                UUID.randomUUID().toString(),
                message.formatted("{\"sha256\": \"" + sha + "\", \"name\": \"a.pdf\"}"),
                "vid.specialist");
        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(foreign.body()).contains("\"field\":\"files\"", "\"code\":\"file.unknown\"");
        assertThat(missing.body()).as("another's file and no file answer alike").isEqualTo(foreign.body());
        assertThat(byHash.body()).as("a content hash names nothing").isEqualTo(foreign.body());
        assertThat(get("catalogue/files/" + id, "adazi.clerk").statusCode())
                .as("not a published template")
                .isEqualTo(404);
    }

    private HttpResponse<String> upload(String name, byte[] content, String user) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(
                                api("eaddress/files?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))))
                        .header("Content-Type", "application/octet-stream")
                        .header("Authorization", basic(user))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parallelRequestsOfOneAccountAreAllAnswered() throws Exception {
        // sixteen first sign-ins of one account at once: none may fail another (they all update the account)
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            java.util.concurrent.Callable<HttpResponse<String>> me = () -> get("me", "cesis.clerk");
            for (var answer : pool.invokeAll(java.util.Collections.nCopies(16, me))) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(response.body()).contains("\"username\":\"cesis.clerk\"");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRegistrationIsCountedOnceOnTheMetrics() throws Exception {
        String applications = "type=\"application\"";
        double before = ServerMetrics.value("pietura_cases_registered_total", applications);
        String key = "metrics-" + UUID.randomUUID();
        String body = pension(PersonalCodes.born("050561", 331), "LV80BANK0000435195001");
        assertThat(submit(key, body, PORTAL).statusCode()).isEqualTo(201);
        assertThat(submit(key, body, PORTAL).statusCode()).as("the retry").isEqualTo(200);
        assertThat(submit(null, pension(PersonalCodes.born("050561", 332), "LV80BANK0000435195001"), PORTAL)
                        .statusCode())
                .as("refused: no idempotency key")
                .isEqualTo(422);
        assertThat(ServerMetrics.value("pietura_cases_registered_total", applications))
                .isEqualTo(before + 1);

        // the queue's gauge is published from the delivery worker's first run, within 10 s of deployment
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(ServerMetrics.all())
                        .as("the delivery queue and WildFly's own meters of the application's pool")
                        .contains("pietura_delivery_queue{", "datasources_pool_in_use_count{"));
        assertThat(ServerMetrics.value("datasources_pool_created_count", "name=\"PieturaDS\""))
                .as("pool statistics on")
                .isPositive();
    }

    @Test
    void badInputIsAnsweredWithItsReasonsNeverWithAServerFault() throws Exception {
        String good = PersonalCodes.born("050561", 327);
        String wrongCheckDigit = good.substring(0, 11) + (char) ('0' + (good.charAt(11) - '0' + 1) % 10);
        HttpResponse<String> missing = submit("bad-1-" + UUID.randomUUID(), pension(wrongCheckDigit, null), PORTAL);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(missing.body()).contains("clientCode", "intake.bankas_konta_numurs_iban");

        assertThat(submit("bad-2-" + UUID.randomUUID(), "{not json", PORTAL).statusCode())
                .isEqualTo(400);
        assertThat(submit(null, pension(PersonalCodes.born("050561", 323), "LV80"), PORTAL)
                        .statusCode())
                .isEqualTo(422);
        assertThat(submit("bad-3-" + UUID.randomUUID(), pension(PersonalCodes.born("050561", 324), "LV80"), null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(submit(
                                "bad-4-" + UUID.randomUUID(),
                                pension(PersonalCodes.born("050561", 325), "LV80"),
                                "adazi.clerk")
                        .statusCode())
                .as("a clerk is no portal")
                .isEqualTo(403);
        String renamed = pension(PersonalCodes.born("050561", 326), "LV80")
                .replaceAll(
                        "\"content\": \"[^\"]+\"",
                        "\"content\": \""
                                + Base64.getEncoder()
                                        .encodeToString("MZ\u0090 executable".getBytes(StandardCharsets.ISO_8859_1))
                                + "\"");
        HttpResponse<String> executable = submit("bad-5-" + UUID.randomUUID(), renamed, PORTAL);
        assertThat(executable.statusCode()).isEqualTo(422);
        assertThat(executable.body()).contains("staza-izzina.pdf");
    }
}
