package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import lv.pietura.it.support.BadInputs;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.PersonalCodes;
import lv.pietura.it.support.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad-input corpus ({@link BadInputs}, over 500 inputs) through every field of every API operation: each
 * field gets every input once (a request puts a different input into each of its fields, in turn), and bodies of
 * the wrong shape, broken UTF-8 and no JSON at all. No answer is a server fault; every refusal is a problem
 * detail in Latvian that names no Java class; and a refused request leaves nothing behind (its idempotency key
 * is still free for a good request).
 */
@ExtendWith(ArquillianExtension.class)
class BadInputApiIT {

    private static final String PASSWORD = "Pietura-demo-2026";
    private static final List<String> CORPUS = BadInputs.corpus();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    void theCorpusThroughEveryFieldOfEveryOperationGetsAnswersNotFaults() throws Exception {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(500);
        String file = uploadedFile();

        List<String> refusedCases = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> caseFields = List.of(
                "service",
                "client.kind",
                "client.code",
                "client.name",
                "client.email",
                "client.phone",
                "representative.name",
                "representative.personalCode",
                "representative.basis",
                "representative.note",
                "intake.bankas_konta_numurs_iban",
                "intake.velamais_pensijas_sakuma_datums",
                "intake.izmaksas_veids",
                "attachments.fileName",
                "attachments.field",
                "attachments.content",
                "note");
        inParallel(round -> {
            Map<String, String> values = rotated(caseFields, round);
            String key = "bad-" + UUID.randomUUID();
            HttpResponse<String> answer = post("/api/cases", key, caseBody(values), "latvija.portals");
            check("POST /api/cases " + values, answer);
            if (answer.statusCode() >= 400 && round % 25 == 0) {
                refusedCases.add(key);
            }
        });

        List<String> refusedMessages = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> messageFields = List.of("to", "subject", "body", "files.id", "files.name");
        inParallel(round -> {
            Map<String, String> values = rotated(messageFields, round);
            String key = UUID.randomUUID().toString();
            HttpResponse<String> answer = post(
                    "/api/eaddress/messages",
                    key,
                    """
                    {"to": [%s], "subject": %s, "body": %s, "files": [{"id": %s, "name": %s}]}""".formatted(
                                    json(values.get("to")),
                                    json(values.get("subject")),
                                    json(values.get("body")),
                                    json(values.get("files.id")),
                                    json(values.get("files.name"))),
                    "adazi.clerk");
            check("POST /api/eaddress/messages " + values, answer);
            if (answer.statusCode() >= 400 && round % 25 == 0) {
                refusedMessages.add(key);
            }
        });

        List<String> bulkFields = List.of("addressees", "subject", "body");
        inParallel(round -> {
            Map<String, String> values = rotated(bulkFields, round);
            // a valid file keeps the refusals about the field at hand; nothing in the corpus reaches anyone
            check(
                    "POST /api/eaddress/bulk " + values,
                    post(
                            "/api/eaddress/bulk",
                            null,
                            """
                    {"addressees": %s, "subject": %s, "body": %s, "files": [{"id": "%s", "name": "x.pdf"}]}""".formatted(
                                            json(values.get("addressees")),
                                            json(values.get("subject")),
                                            json(values.get("body")),
                                            file),
                            "adazi.clerk"));
        });

        inParallel(round -> {
            Map<String, String> values =
                    rotated(List.of("q", "holder", "channel", "basket", "centre", "first", "size"), round);
            StringBuilder query = new StringBuilder("/api/catalogue/services?");
            values.forEach(
                    (k, v) -> query.append(k).append('=').append(encode(v)).append('&'));
            check("GET " + query, get(query.toString(), null));
            String input = CORPUS.get(round);
            check("GET addressees " + input, get("/api/eaddress/addressees?q=" + encode(input), "adazi.clerk"));
            check("GET service " + input, get("/api/catalogue/services/" + segment(input), null));
            check("GET case " + input, get("/api/cases/" + segment(input), "latvija.portals"));
            check("GET message " + input, get("/api/eaddress/messages/" + segment(input), "adazi.clerk"));
            check("GET inbox limit " + input, get("/api/eaddress/inbox?limit=" + encode(input), "adazi.clerk"));
            check(
                    "POST confirmation " + input,
                    post("/api/eaddress/inbox/" + segment(input) + "/confirmation", null, "", "adazi.clerk"));
            check("GET template " + input, get("/api/catalogue/files/" + segment(input), null));
            check("POST file named " + input, upload("/api/eaddress/files?name=" + encode(input), "adazi.clerk"));
        });

        for (String body : wrongShapes()) {
            for (String operation : List.of("/api/cases", "/api/eaddress/messages", "/api/eaddress/bulk")) {
                check(
                        "POST " + operation + " " + body.substring(0, Math.min(body.length(), 60)),
                        post(
                                operation,
                                operation.endsWith("cases")
                                        ? "bad-" + UUID.randomUUID()
                                        : UUID.randomUUID().toString(),
                                body,
                                operation.endsWith("cases") ? "latvija.portals" : "adazi.clerk"));
            }
        }
        for (byte[] broken : brokenUtf8()) {
            check(
                    "POST /api/cases broken UTF-8",
                    send(
                            HttpRequest.newBuilder(uri("/api/cases"))
                                    .header("Idempotency-Key", "bad-" + UUID.randomUUID())
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(broken)),
                            "latvija.portals"));
        }
        assertThat(wrong)
                .as("answers that are faults, or refusals that are not localised problem details")
                .isEmpty();

        // nothing half-saved: the keys of refused requests are free for a good one
        assertThat(refusedCases).isNotEmpty();
        for (String key : refusedCases) {
            HttpResponse<String> good = post("/api/cases", key, caseBody(Map.of()), "latvija.portals");
            assertThat(good.statusCode())
                    .as("key " + key + " was used by nothing: " + good.body())
                    .isEqualTo(201);
        }
        assertThat(refusedMessages).isNotEmpty();
        for (String key : refusedMessages) {
            HttpResponse<String> good = post("/api/eaddress/messages", key, """
                    {"to": ["010190-12349"], "subject": "Pēc korpusa", "body": "Labs ziņojums."}""", "adazi.clerk");
            assertThat(good.statusCode())
                    .as("message " + key + " was not stored: " + good.body())
                    .isEqualTo(201);
        }
    }

    /** One round of the corpus (its index), as a request or a few. */
    private interface Round {
        void run(int round) throws Exception;
    }

    /** Every round of the corpus, four at a time (the server answers several callers at once, as it would). */
    private static void inParallel(Round body) throws Exception {
        java.util.concurrent.ExecutorService lanes = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> rounds = new ArrayList<>();
            for (int round = 0; round < CORPUS.size(); round++) {
                int index = round;
                rounds.add(lanes.submit(() -> {
                    body.run(index);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> round : rounds) {
                round.get();
            }
        } finally {
            lanes.shutdownNow();
        }
    }

    /** The inputs of this round for each field: field {@code f} gets input {@code round + f × step}, so over all rounds every field gets every input once. */
    private static Map<String, String> rotated(List<String> fields, int round) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        int step = CORPUS.size() / fields.size() + 1;
        for (int f = 0; f < fields.size(); f++) {
            values.put(fields.get(f), CORPUS.get((round + f * step) % CORPUS.size()));
        }
        return values;
    }

    /** A portal's application with the given fields replaced (the others valid). */
    private static String caseBody(Map<String, String> values) {
        Function<String, String> v = field -> json(values.get(field));
        String pdf =
                Base64.getEncoder().encodeToString("%PDF-1.4\n% korpuss\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Map<String, String> valid = Map.ofEntries(
                Map.entry("service", json("VSAA-VECUMA-PENSIJA")),
                Map.entry("client.kind", json("PERSON")),
                Map.entry("client.code", json(PersonalCodes.born("121212", (int) (Math.random() * 900) + 100))),
                Map.entry("client.name", json("Korpusa Klients")),
                Map.entry("client.email", json("klients@example.lv")),
                Map.entry("client.phone", json("+371 20000000")),
                Map.entry("representative.name", "null"),
                Map.entry("representative.personalCode", "null"),
                Map.entry("representative.basis", "null"),
                Map.entry("representative.note", "null"),
                Map.entry("intake.bankas_konta_numurs_iban", json("LV80BANK0000435195001")),
                Map.entry("intake.velamais_pensijas_sakuma_datums", json("2027-03-01")),
                Map.entry("intake.izmaksas_veids", json("Uz bankas kontu")),
                Map.entry("attachments.fileName", json("stazs.pdf")),
                Map.entry("attachments.field", json("stazu_apliecinosi_dokumenti")),
                Map.entry("attachments.content", json(pdf)),
                Map.entry("note", "null"));
        Function<String, String> f = field -> values.containsKey(field) ? v.apply(field) : valid.get(field);
        return """
                {"service": %s, "client": {"kind": %s, "code": %s, "name": %s, "email": %s, "phone": %s},
                 "representative": {"name": %s, "personalCode": %s, "basis": %s, "note": %s},
                 "intake": {"bankas_konta_numurs_iban": %s, "velamais_pensijas_sakuma_datums": %s, "izmaksas_veids": %s},
                 "attachments": [{"fileName": %s, "field": %s, "content": %s}], "note": %s}""".formatted(
                        f.apply("service"),
                        f.apply("client.kind"),
                        f.apply("client.code"),
                        f.apply("client.name"),
                        f.apply("client.email"),
                        f.apply("client.phone"),
                        f.apply("representative.name"),
                        f.apply("representative.personalCode"),
                        f.apply("representative.basis"),
                        f.apply("representative.note"),
                        f.apply("intake.bankas_konta_numurs_iban"),
                        f.apply("intake.velamais_pensijas_sakuma_datums"),
                        f.apply("intake.izmaksas_veids"),
                        f.apply("attachments.fileName"),
                        f.apply("attachments.field"),
                        f.apply("attachments.content"),
                        f.apply("note"));
    }

    private static List<String> wrongShapes() {
        List<String> shapes = new ArrayList<>(List.of(
                "",
                " ",
                "null",
                "[]",
                "{}",
                "\"teksts\"",
                "1",
                "true",
                "[{}]",
                "{\"service\": 1}",
                "{\"service\": []}",
                "{\"client\": \"x\"}",
                "{\"client\": []}",
                "{\"intake\": []}",
                "{\"intake\": {\"a\": {\"b\": 1}}}",
                "{\"attachments\": {}}",
                "{\"attachments\": [1, 2]}",
                "{\"attachments\": [null]}",
                "{\"to\": \"010190-12349\"}",
                "{\"to\": [1, {}]}",
                "{\"to\": [null]}",
                "{\"files\": \"x\"}",
                "{\"files\": [null]}",
                "{\"files\": [{\"id\": 7}]}",
                "{\"subject\": {}}",
                "{\"addressees\": []}",
                "{\"addressees\": 12345678901}",
                "{\"service\": \"a\", \"service\": \"b\"}",
                "{\"service\": \"VSAA-VECUMA-PENSIJA\"",
                "{'service': 'x'}",
                "{service: 1}",
                "<xml/>",
                "{\"note\": \"\\ud800\"}",
                "{\"note\": \"\\u0000\"}",
                "{\"a\":" + "1".repeat(400) + "}",
                "{\"a\": 1e99999}",
                "{\"a\": -}",
                "{\"a\": .5}",
                "{\"a\": 01}",
                "{,}",
                "{\"a\":1,}",
                "[,]",
                "\uFEFF{}"));
        shapes.add("[".repeat(20_000) + "]".repeat(20_000));
        shapes.add("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
        return shapes;
    }

    private static List<byte[]> brokenUtf8() {
        List<byte[]> broken = new ArrayList<>();
        for (int[] bytes : new int[][] {
            {0xc3},
            {0xc3, 0x28},
            {0xa0, 0xa1},
            {0xe2, 0x28, 0xa1},
            {0xf0, 0x28, 0x8c, 0x28},
            {0xf8, 0xa1, 0xa1, 0xa1, 0xa1},
            {0xed, 0xa0, 0x80},
            {0xc0, 0xaf},
            {0xff},
            {0xfe, 0xff}
        }) {
            byte[] body = new byte[bytes.length + 14];
            byte[] start = "{\"service\": \"".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(start, 0, body, 0, start.length);
            for (int i = 0; i < bytes.length; i++) {
                body[start.length + i] = (byte) bytes[i];
            }
            body[body.length - 1] = '}';
            body[body.length - 2] = '"';
            broken.add(body);
        }
        return broken;
    }

    private void check(String what, HttpResponse<String> answer) {
        int status = answer.statusCode();
        String body = answer.body() == null ? "" : answer.body();
        if (status >= 500) {
            wrong.add(status + " for " + shorten(what) + " answered " + shorten(body) + "; the server logged: "
                    + ServerLog.lastError());
            return;
        }
        if (status >= 400 && status != 404 && status != 405) {
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json") || !body.contains("\"detail\":\"")) {
                wrong.add(status + " not a problem detail for " + shorten(what) + ": " + shorten(body));
            } else if (body.contains("???") || leaksTheApplication(body, what)) {
                wrong.add(status + " not a user's message for " + shorten(what) + ": " + shorten(body));
            }
        }
    }

    /**
     * Whether a refusal names the application's classes or shows a trace; text the request itself sent (a
     * refusal may quote an address it could not find) does not count.
     */
    private static boolean leaksTheApplication(String body, String request) {
        java.util.regex.Matcher names = java.util.regex.Pattern.compile(
                        "\\b(?:java|jakarta|org\\.hibernate|org\\.jboss|lv\\.pietura)\\.[A-Za-z.]{1,80}|\\b[A-Z]\\w{0,60}Exception\\b|\\.java:\\d+")
                .matcher(body);
        while (names.find()) {
            if (!request.contains(names.group())) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String text) {
        return BadInputs.shown(text, 300);
    }

    private String uploadedFile() throws IOException, InterruptedException {
        HttpResponse<String> answer = upload("/api/eaddress/files?name=korpuss.pdf", "adazi.clerk");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return answer.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    private HttpResponse<String> upload(String path, String user) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4\n% korpuss\n%%EOF\n")),
                user);
    }

    private HttpResponse<String> post(String path, String key, String body, String user)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request, user);
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user)
            throws IOException, InterruptedException {
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(base.toExternalForm().replaceAll("/$", "") + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A path segment: percent-encoded, spaces too; an empty input stays a segment of its own. */
    private static String segment(String value) {
        return value.isEmpty() ? "%20" : encode(value).replace("+", "%20");
    }

    /** A JSON string of the text (the JSON encoder's escaping, control characters included). */
    private static String json(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c >= 0xd800 && c <= 0xdfff) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
