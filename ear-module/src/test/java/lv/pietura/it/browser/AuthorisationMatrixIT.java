package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.FormSignIn;
import lv.pietura.it.support.PortalCases;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may open what: one table of every page and every API operation against every kind of caller (nobody, each
 * staff role, an e-service portal, a person, a company), for records of the caller's own institution and of
 * another, with the answer expected. The test walks all of it against the running server with the demo data; a
 * page of the application or an operation of its OpenAPI document without a row fails it.
 * <p>
 * Answers: {@code S} sign-in (the page leads to the sign-in form; the API answers 401), {@code O} allowed (the
 * page opens; the operation gets past authorisation: any answer but 401, 403, 404 or a server fault), {@code F}
 * forbidden (403), {@code N} not found (404, as for a record that does not exist), {@code B} 400 (the error page
 * of an out-of-date form).
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationMatrixIT {

    private static final String PASSWORD = "Pietura-demo-2026";

    /** The callers, in the order of the table's columns. */
    private enum Caller {
        ANONYMOUS(null),
        PLATFORM("admin"),
        MINISTRY("ministrija"),
        INSTITUTION_ADMIN("vsaa.admin"),
        MANAGER("vsaa.manager"),
        SPECIALIST("vsaa.specialist"),
        CLERK("adazi.clerk"),
        PORTAL("latvija.portals"),
        PERSON("010190-12349"),
        COMPANY("_DEFAULT@40003521600");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    private record Row(String target, String own, String other) {}

    private static Row row(String target, String answers) {
        return new Row(target, answers, answers);
    }

    private static Row row(String target, String own, String other) {
        return new Row(target, own, other);
    }

    //                               ANON PLAT MIN  IADM MANG SPEC CLRK PORT PERS COMP
    private static final List<Row> PAGES = List.of(
            row("/login", "O O O O O O O O O O"),
            row("/", "O O O O O O O O O O"),
            row("/index", "O O O O O O O O O O"),
            row("/home", "S O O O O O O S O O"),
            row("/whats-new", "S O O O O O O S F F"),
            row("/support/new", "S O O O O O O S O O"),
            row("/support/requests", "S O O O O O O S O O"),
            row("/support/faq", "S O O O O O O S F F"),
            row("/help/guide", "S O O O O O O S F F"),
            row("/help/guide?role=SPECIALIST", "S O O O O O O S F F"),
            row("/support/request?id={supportRequest}", "S O N N N N O S N N"),
            row("/account/profile", "S O O O O O O S F F"),
            row("/account/password", "S O O O O O O S F F"),
            row("/admin/institutions", "S O F F F F F S F F"),
            row("/admin/institution?id={institution}", "S O F F F F F S F F"),
            row("/admin/agreements", "S O F F F F F S F F"),
            row("/admin/centres", "S O F F F F F S F F"),
            row("/admin/calendar", "S O F F F F F S F F"),
            row("/admin/kpi-jobs", "S O F F F F F S F F"),
            row("/admin/retention", "S O F F F F F S F F"),
            row("/admin/onboarding", "S O F F F F F S F F"),
            row("/admin/company-activations", "S O F F F F F S F F"),
            row("/admin/register-import", "S O F F F F F S F F"),
            row("/audit/events", "S O F O F F F S F F"),
            row("/staff/accounts", "S O F O F F F S F F"),
            row("/staff/import", "S O F O F F F S F F"),
            row("/staff/onboarding", "S O F O F F F S F F"),
            row("/staff/training", "S O F O F F F S F F"),
            row("/cases/list", "S F F F F O O S F F"),
            row("/cases/client", "S F F F F O O S F F"),
            row("/cases/register", "S F F F F F O S F F"),
            row("/cases/bookings", "S F F F F F O S F F"),
            row("/privacy/export", "S F F F F F F S F F"),
            row("/cases/case?id={case}", "S F F F F O O S F F", "S F F F F N N S F F"),
            row("/catalogue/index", "O O O O O O O O O O"),
            row("/catalogue/service?code={code}", "O O O O O O O O O O"),
            row("/accessibility", "O O O O O O O O O O"),
            row("/services/list", "S F F F O F F S F F"),
            row("/services/import", "S F F F O F F S F F"),
            row("/services/edit?id={service}", "S F F F O F F S F F", "S F F F N F F S F F"),
            row("/eaddress/mailbox", "S F F F F O O S F F"),
            row("/eaddress/compose", "S F F F F O O S F F"),
            row("/eaddress/bulk", "S F F F F O O S F F"),
            row("/eaddress/message?id={message}", "S F F F F O O S F F", "S F F F F N N S F F"),
            row("/eaddress/rights", "S F F O F F F S F F"),
            row("/eaddress/webhook", "S F F O F F F S F F"),
            row("/eaddress/problems", "S O F O F F F S F F"),
            row("/kpi/dashboard", "S O O O O O O S F F"),
            row("/kpi/reports", "S O O F F F F S F F"),
            row("/my/mailbox", "S F F F F F F S O O"),
            row("/my/compose", "S F F F F F F S O O"),
            row("/my/usage", "S F F F F F F S O O"),
            row("/my/eaddress", "S F F F F F F S O O"),
            row("/my/confirm?token=unknown", "S F F F F F F S O O"),
            row("/my/message?id={myMessage}", "S F F F F F F S O O", "S F F F F F F S N N"),
            row("/rate", "N N N N N N N N N N"),
            row("/visit", "N N N N N N N N N N"),
            row("/book", "O O O O O O O O O O"),
            row("/booking?t=unknown", "N N N N N N N N N N"),
            row("/errors/403", "F F F F F F F F F F"),
            row("/errors/404", "N N N N N N N N N N"),
            row("/errors/500", "O O O O O O O O O O"),
            row("/errors/expired", "B B B B B B B B B B"));

    //                               ANON PLAT MIN  IADM MANG SPEC CLRK PORT PERS COMP
    private static final List<Row> OPERATIONS = List.of(
            row("GET /api/directory/institutions", "O O O O O O O O O O"),
            row("GET /api/directory/centres", "O O O O O O O O O O"),
            row("GET /api/catalogue/services", "O O O O O O O O O O"),
            row("GET /api/catalogue/services/{code}", "O O O O O O O O O O"),
            row("GET /api/catalogue/cpsv-ap.jsonld", "O O O O O O O O O O"),
            row("GET /api/catalogue/files/{template}", "O O O O O O O O O O", "N N N N N N N N N N"),
            row("GET /api/me", "S O O O O O O F F F"),
            row("POST /api/cases", "S F F F F F F O F F"),
            row("POST /api/cases/files", "S F F F F F F O F F"),
            row("GET /api/cases/{portalCase}", "S F F F F F F O F F", "S F F F F F F N F F"),
            row("POST /api/eaddress/messages", "S F F F F O O F F F"),
            row("POST /api/eaddress/files", "S F F F F O O F F F"),
            row("POST /api/eaddress/bulk", "S F F F F O O F F F"),
            row("GET /api/eaddress/addressees", "S F O O O O O F F F"),
            row("GET /api/eaddress/messages/{message}", "S F F F F O O F F F", "S F F F F N N F F F"),
            row("GET /api/eaddress/messages/{message}/files/{file}", "S F F F F O O F F F", "S F F F F N N F F F"),
            row("GET /api/eaddress/inbox", "S F F F F O O F F F"),
            // the messages the table names are sent to persons and companies, in no institution's inbox
            row("POST /api/eaddress/inbox/{message}/confirmation", "S F F F F N N F F F"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final Map<Caller, HttpClient> browsers = new ConcurrentHashMap<>();
    private final HttpClient api =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyPageAndEveryOperationAnswersEachCallerAsTheTableSays() throws Exception {
        String root = base.toExternalForm().replaceAll("/$", "");
        Set<String> pagesInTheTable = PAGES.stream().map(r -> path(r.target())).collect(Collectors.toSet());
        assertThat(pagesInTheTable)
                .as("a row for every page of the application")
                .containsAll(pagesOfTheApplication());
        assertThat(OPERATIONS.stream()
                        .map(r -> r.target().replaceAll("\\{[^}]+}", "{}"))
                        .collect(Collectors.toSet()))
                .as("a row for every operation of the API")
                .containsAll(operationsOfTheApi(root));

        Records records = new Records(root);
        // the callers four at a time, each with a session of its own (the server answers many at once)
        ExecutorService lanes = Executors.newFixedThreadPool(4);
        List<String> wrong = new ArrayList<>();
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                answers.add(lanes.submit(() -> differences(caller, root, records)));
            }
            for (Future<List<String>> answer : answers) {
                wrong.addAll(answer.get());
            }
        } finally {
            lanes.shutdownNow();
        }
        assertThat(wrong).as("answers that differ from the table").isEmpty();
    }

    /** Where the pages and operations answer {@code caller} otherwise than the table says. */
    private List<String> differences(Caller caller, String root, Records records) throws Exception {
        List<String> wrong = new ArrayList<>();
        HttpClient browser = browser(root, caller);
        for (Row row : PAGES) {
            for (boolean own : row.own().equals(row.other()) ? List.of(true) : List.of(true, false)) {
                String target = records.resolve(row.target(), caller, own);
                char expected = expected(own ? row.own() : row.other(), caller);
                char got = pageAnswer(browser, root + target);
                if (got != expected) {
                    wrong.add(caller + " " + target + (own ? "" : " (another's)") + ": expected " + expected + ", got "
                            + got);
                }
            }
        }
        for (Row row : OPERATIONS) {
            for (boolean own : row.own().equals(row.other()) ? List.of(true) : List.of(true, false)) {
                String[] operation = records.resolve(row.target(), caller, own).split(" ", 2);
                char expected = expected(own ? row.own() : row.other(), caller);
                int status = call(operation[0], root + operation[1], caller);
                char got = apiAnswer(status);
                if (got != expected) {
                    wrong.add(caller + " " + String.join(" ", operation) + (own ? "" : " (another's)") + ": expected "
                            + expected + ", got " + got + " (" + status + ")");
                }
            }
        }
        return wrong;
    }

    private static char expected(String answers, Caller caller) {
        return answers.replace(" ", "").charAt(caller.ordinal());
    }

    private static String path(String target) {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** Every page the WAR has: its .xhtml files outside WEB-INF, as addresses without the extension. */
    private static Set<String> pagesOfTheApplication() {
        WebArchive war = Deployments.application().getAsType(WebArchive.class, "pietura-web.war");
        return war.getContent().keySet().stream()
                .map(ArchivePath::get)
                .filter(p -> p.endsWith(".xhtml") && !p.startsWith("/WEB-INF/"))
                .map(p -> p.substring(0, p.length() - ".xhtml".length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every operation of the OpenAPI document, as "METHOD /api/path/{}". */
    private Set<String> operationsOfTheApi(String root) throws IOException, InterruptedException {
        URI openapi = URI.create(root.replaceAll("/pietura$", "") + "/openapi");
        String yaml = api.send(HttpRequest.newBuilder(openapi).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Set<String> operations = new TreeSet<>();
        String path = null;
        for (String line : yaml.split("\n")) {
            Matcher pathLine = Pattern.compile("^  (/\\S+):\\s*$").matcher(line);
            Matcher methodLine =
                    Pattern.compile("^    (get|post|put|delete|patch):\\s*$").matcher(line);
            if (pathLine.matches()) {
                path = pathLine.group(1).replaceFirst("^/pietura", "").replaceAll("\\{[^}]+}", "{}");
            } else if (methodLine.matches() && path != null) {
                operations.add(methodLine.group(1).toUpperCase() + " " + path);
            } else if (!line.startsWith("  ")) {
                path = null;
            }
        }
        assertThat(operations).as("the OpenAPI document lists the API").hasSizeGreaterThan(10);
        return operations;
    }

    /** A session of the caller on the pages (nobody's for the anonymous caller). */
    private HttpClient browser(String root, Caller caller) throws IOException, InterruptedException {
        HttpClient browser = browsers.computeIfAbsent(
                caller,
                c -> HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .connectTimeout(Duration.ofSeconds(10))
                        .build());
        if (caller.username != null) {
            FormSignIn.signIn(browser, root, caller.username, PASSWORD);
        }
        return browser;
    }

    /** What a page answers a browser, redirects followed: S (it ends at the sign-in form), O, F, N, B or E. */
    private static char pageAnswer(HttpClient browser, String address) throws IOException, InterruptedException {
        URI uri = URI.create(address);
        for (int hops = 0; hops < 5; hops++) {
            HttpResponse<String> answer =
                    browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            int status = answer.statusCode();
            if (status / 100 == 3) {
                uri = uri.resolve(answer.headers().firstValue("Location").orElseThrow());
                continue;
            }
            if (status == 200 && uri.getPath().endsWith("/login") && !address.endsWith("/login")) {
                return 'S';
            }
            return switch (status) {
                case 200 -> 'O';
                case 400 -> 'B';
                case 403 -> 'F';
                case 404 -> 'N';
                default -> 'E';
            };
        }
        return 'E';
    }

    private static char apiAnswer(int status) {
        return switch (status) {
            case 401 -> 'S';
            case 403 -> 'F';
            case 404 -> 'N';
            default -> status >= 500 || status == 405 ? 'E' : 'O';
        };
    }

    /** An API call as the caller (HTTP Basic), with a body that passes no rule: it tests who may, not what. */
    private int call(String method, String address, Caller caller) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30));
        if (caller.username != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (caller.username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if ("POST".equals(method)) {
            boolean upload = address.contains("/files");
            request.header("Content-Type", upload ? "application/octet-stream" : "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(upload ? "" : "{}"));
            if (upload) {
                request.uri(URI.create(address + "?name=tukss.pdf"));
            }
        }
        return api.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * The records the table's addresses name, found through the demo data and made where there are none: for each
     * kind, one of the caller's own institution (or centre, or mailbox) and one of another.
     */
    private final class Records {

        private final String root;
        private final Map<String, String> values = new LinkedHashMap<>();

        Records(String root) throws IOException, InterruptedException {
            this.root = root;
            values.put("code", "VSAA-VECUMA-PENSIJA");
            values.put("institution", first(page("admin", "/admin/institutions"), "institution\\?id=(\\d+)"));
            values.put("case:vsaa", first(page("vsaa.specialist", "/cases/list?list=ALL"), "case\\?id=(\\d+)"));
            values.put("case:vid", first(page("vid.specialist", "/cases/list?list=ALL"), "case\\?id=(\\d+)"));
            values.put("case:adazi", first(page("adazi.clerk", "/cases/list?list=ALL"), "case\\?id=(\\d+)"));
            values.put("case:cesis", first(page("cesis.clerk", "/cases/list?list=ALL"), "case\\?id=(\\d+)"));
            values.put("supportRequest", first(page("adazi.clerk", "/support/requests"), "request\\?id=(\\d+)"));
            values.put("service:vsaa", first(page("vsaa.manager", "/services/list"), "edit\\?id=(\\d+)"));
            values.put("service:adazi", first(page("adazi.manager", "/services/list"), "edit\\?id=(\\d+)"));
            values.put(
                    "template",
                    first(
                            page(null, "/catalogue/service?code=VSAA-VECUMA-PENSIJA"),
                            "api/catalogue/files/([0-9a-f-]{36})"));
            String[] vsaa = message("vsaa.specialist", "010190-12349");
            String[] adazi = message("adazi.clerk", "_DEFAULT@40003521600");
            values.put("message:vsaa", vsaa[0]);
            values.put("file:vsaa", vsaa[1]);
            values.put("message:adazi", adazi[0]);
            values.put("file:adazi", adazi[1]);
            values.put("portalCase:own", PortalCases.submitted(root, "010170", PASSWORD));
            values.put(
                    "portalCase:other",
                    first(page("adazi.clerk", "/cases/list?list=ALL"), "case\\?id=\\d+[^>]*>([^<]+)<"));
        }

        /** The target with its placeholders filled in for the caller: their own record, or another's. */
        String resolve(String target, Caller caller, boolean own) {
            boolean clerk = caller == Caller.CLERK;
            boolean company = caller == Caller.COMPANY;
            return target.replace("{code}", values.get("code"))
                    .replace("{institution}", values.get("institution"))
                    .replace(
                            "{case}",
                            values.get(clerk ? (own ? "case:adazi" : "case:cesis") : (own ? "case:vsaa" : "case:vid")))
                    .replace("{service}", values.get(own ? "service:vsaa" : "service:adazi"))
                    .replace(
                            "{template}",
                            own ? values.get("template") : UUID.randomUUID().toString())
                    .replace("{supportRequest}", values.get("supportRequest"))
                    .replace("{portalCase}", values.get(own ? "portalCase:own" : "portalCase:other"))
                    .replace("{myMessage}", values.get(company == own ? "message:adazi" : "message:vsaa"))
                    .replace("{message}", values.get(clerk == own ? "message:adazi" : "message:vsaa"))
                    .replace("{file}", values.get(clerk == own ? "file:adazi" : "file:vsaa"));
        }

        private String page(String username, String path) throws IOException, InterruptedException {
            HttpClient browser =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            if (username != null) {
                FormSignIn.signIn(browser, root, username, PASSWORD);
            }
            return browser.send(
                            HttpRequest.newBuilder(URI.create(root + path)).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }

        /** A message with a file, from the sender's institution to one addressee, once it is in their mailbox. */
        private String[] message(String sender, String to) throws IOException, InterruptedException {
            String auth = "Basic "
                    + Base64.getEncoder().encodeToString((sender + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> upload = api.send(
                    HttpRequest.newBuilder(URI.create(root + "/api/eaddress/files?name="
                                    + URLEncoder.encode("matrica.pdf", StandardCharsets.UTF_8)))
                            .header("Authorization", auth)
                            .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4\n% " + sender + "\n%%EOF\n"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
            String file = upload.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
            String id = UUID.randomUUID().toString();
            HttpResponse<String> sent = api.send(
                    HttpRequest.newBuilder(URI.create(root + "/api/eaddress/messages"))
                            .header("Authorization", auth)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", id)
                            .POST(HttpRequest.BodyPublishers.ofString("""
                            {"to": ["%s"], "subject": "Matricas ziņojums", "body": "Teksts.",
                             "files": [{"id": "%s", "name": "matrica.pdf"}]}""".formatted(to, file)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            Instant giveUp = Instant.now().plusSeconds(60);
            while (!page(to, "/my/mailbox").contains(id)) {
                assertThat(Instant.now()).as("delivered to " + to).isBefore(giveUp);
                Thread.sleep(1000);
            }
            return new String[] {id, file};
        }

        private String first(String html, String pattern) {
            Matcher matcher = Pattern.compile(pattern).matcher(html);
            assertThat(matcher.find()).as("found " + pattern).isTrue();
            return matcher.group(1).strip();
        }
    }
}
