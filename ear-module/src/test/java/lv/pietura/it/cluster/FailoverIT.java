package lv.pietura.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import lv.pietura.it.support.FormSignIn;
import lv.pietura.it.support.PersonalCodes;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The cluster loses nothing when a node dies: under a bounded load of case registrations and e-address
 * sends through the load balancer (each with an idempotency key, repeated by the client until answered),
 * the node holding a signed-in user's session is killed with SIGKILL, the load goes on on the other node,
 * the killed node is started again and takes load. Then every acknowledged case and message exists
 * exactly once, every message ends delivered exactly once, and the user is still signed in.
 * <p>
 * Besides, a persistent timer fires once across the cluster, not on each node.
 * <p>
 * Runs against a cluster started by {@code wildfly-config/cluster/cluster.sh} with the demo data and the
 * deadline watch every 5 seconds ({@code .ci/test-failover} does it all): {@code mvn verify -Pfailover}.
 */
class FailoverIT {

    private static final String BALANCER = System.getProperty("pietura.cluster.url", "http://localhost:8380/pietura");
    private static final String SCRIPT = System.getProperty("pietura.cluster.script");
    private static final String JDBC = System.getProperty("pietura.cluster.jdbc");
    private static final String PASSWORD = "Pietura-demo-2026";
    private static final String PORTAL = "latvija.portals";
    private static final String SENDER = "adazi.clerk";
    private static final String ADDRESSEE = "010190-12349";
    private static final int CLIENTS = 8;
    private static final int BEFORE_RESTART = 240;
    private static final int AFTER_RESTART = 60;
    private static final Duration GIVE_UP = Duration.ofMinutes(3);
    /** The nodes' management interfaces, where their meters are served. */
    private static final List<String> NODES =
            List.of(System.getProperty("pietura.cluster.nodes", "http://127.0.0.1:10090,http://127.0.0.1:10190")
                    .split(","));

    private static final java.util.regex.Pattern WATCH_RUNS = java.util.regex.Pattern.compile(
            "(?m)^pietura_scheduled_runs_total\\{[^}]*timer=\"deadline-watch\"[^}]*} ([0-9.Ee+]+)$");
    private static final java.nio.file.Path SCRIPT_LOG = java.nio.file.Path.of("target", "failover-cluster.log");

    private final HttpClient api =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> acknowledgedCases = new ConcurrentHashMap<>();
    private final Map<String, String> acknowledgedMessages = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger serial = new AtomicInteger();

    @Test
    void killingANodeUnderLoadLosesNothingAndDuplicatesNothing() throws Exception {
        assertThat(SCRIPT).as("system property pietura.cluster.script").isNotNull();
        assertThat(JDBC).as("system property pietura.cluster.jdbc").isNotNull();
        String sessionNode = signIn();
        assertThat(me()).as("signed in through the balancer").contains("\"username\":\"" + SENDER + "\"");

        Instant started = Instant.now();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> load = new ArrayList<>();
        for (int i = 0; i < BEFORE_RESTART; i++) {
            load.add(clients.submit(operation(i)));
        }
        Awaitility.await().atMost(GIVE_UP).until(() -> acknowledged() >= BEFORE_RESTART / 4);
        cluster("kill", sessionNode);
        int atKill = acknowledged();
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(me())
                        .as("the session, on the other node")
                        .contains("\"username\":\"" + SENDER + "\""));
        Future<?> restart = Executors.newSingleThreadExecutor().submit(() -> cluster("start", sessionNode));
        for (Future<?> f : load) {
            f.get();
        }
        restart.get();
        int beforeRestartDone = acknowledged();
        for (int i = 0; i < AFTER_RESTART; i++) {
            load.add(clients.submit(operation(BEFORE_RESTART + i)));
        }
        for (Future<?> f : load) {
            f.get();
        }
        clients.shutdown();
        System.out.printf(
                "Failover: %d operations in %d s (%d retried), %s killed after %d acknowledged, %d acknowledged"
                        + " before it was back%n",
                acknowledged(),
                Duration.between(started, Instant.now()).toSeconds(),
                retries.get(),
                sessionNode,
                atKill,
                beforeRestartDone);

        assertThat(acknowledged()).isEqualTo(BEFORE_RESTART + AFTER_RESTART);
        assertThat(beforeRestartDone)
                .as("the load went on while the node was down")
                .isGreaterThan(atKill);
        assertThat(me()).as("still signed in after the node came back").contains("\"username\":\"" + SENDER + "\"");
        try (Connection db = DriverManager.getConnection(JDBC, "postgres", "")) {
            assertThat(countPerKey(
                            db,
                            "select idempotency_key, count(*) from portal_submission"
                                    + " where idempotency_key like ? group by idempotency_key"))
                    .as("one registration per acknowledged key, none for a key never acknowledged")
                    .containsOnlyKeys(acknowledgedCases.keySet())
                    .allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
            assertThat(single(
                            db,
                            "select count(*) from service_case c join portal_submission s on s.case_id = c.id"
                                    + " where s.idempotency_key like ?"))
                    .isEqualTo(acknowledgedCases.size());
            assertThat(single(
                            db,
                            "select count(distinct c.case_number) from service_case c join portal_submission s"
                                    + " on s.case_id = c.id where s.idempotency_key like ?"))
                    .isEqualTo(acknowledgedCases.size());
            assertThat(countPerKey(
                            db, "select m.id, count(*) from eaddress_message m where m.subject like ? group by m.id"))
                    .as("one message per acknowledged key")
                    .containsOnlyKeys(acknowledgedMessages.keySet())
                    .allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
            Awaitility.await()
                    .atMost(GIVE_UP)
                    .pollInterval(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(
                                    single(
                                            db,
                                            "select count(*) from eaddress_delivery d join eaddress_message m"
                                                    + " on m.id = d.message_id where m.subject like ? and d.status = 'DELIVERED'"))
                            .as("every message delivered")
                            .isEqualTo(acknowledgedMessages.size()));
            assertThat(single(
                            db,
                            "select count(*) from eaddress_delivery d join eaddress_message m on m.id = d.message_id"
                                    + " where m.subject like ?"))
                    .as("one delivery each")
                    .isEqualTo(acknowledgedMessages.size());
            assertThat(single(
                            db,
                            "select count(*) from eaddress_inbox_entry e join eaddress_message m on m.id = e.message_id"
                                    + " where m.subject like ?"))
                    .as("in the mailbox once each")
                    .isEqualTo(acknowledgedMessages.size());
        }
    }

    @Test
    void theDeadlineWatchRunsOnceForTheClusterNotOnEachNode() throws Exception {
        Duration window = Duration.ofSeconds(40);
        long before = watchRuns();
        pause(window);
        long runs = watchRuns() - before;
        System.out.printf(
                "Timers: the deadline watch (every 5 s) ran %d times in %d s on %d nodes together%n",
                runs, window.toSeconds(), NODES.size());
        // 8 schedules in the window (one more or less by where it starts); on every node it would be 16
        assertThat(runs)
                .as("firings of the deadline watch on all nodes in " + window)
                .isBetween(7L, 9L);
    }

    /** How often the deadline watch fired, summed over the nodes (each must answer). */
    private long watchRuns() throws Exception {
        long sum = 0;
        for (String node : NODES) {
            HttpResponse<String> metrics = api.send(
                    HttpRequest.newBuilder(URI.create(node + "/metrics"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).as(node + "/metrics").isEqualTo(200);
            java.util.regex.Matcher runs = WATCH_RUNS.matcher(metrics.body());
            sum += runs.find() ? (long) Double.parseDouble(runs.group(1)) : 0;
        }
        return sum;
    }

    private int acknowledged() {
        return acknowledgedCases.size() + acknowledgedMessages.size();
    }

    /** Every third operation sends a message, the others register an application. */
    private Runnable operation(int i) {
        return i % 3 == 2 ? this::sendMessage : this::registerCase;
    }

    private void registerCase() {
        String key = "failover-" + run + "-" + UUID.randomUUID();
        String code = PersonalCodes.born("150570", 100 + serial.incrementAndGet() % 800);
        String pdf = Base64.getEncoder()
                .encodeToString("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII));
        String body = """
                {"service": "VSAA-VECUMA-PENSIJA",
                 "client": {"kind": "PERSON", "code": "%s", "name": "Klasteru Pārbaude", "email": "klasteris@example.lv"},
                 "intake": {"velamais_pensijas_sakuma_datums": "2027-03-01", "bankas_konta_numurs_iban": "LV80BANK0000435195001",
                            "izmaksas_veids": "Uz bankas kontu"},
                 "attachments": [{"fileName": "staza-izzina.pdf", "field": "stazu_apliecinosi_dokumenti", "content": "%s"}]}
                """.formatted(code, pdf);
        String answer = untilAcknowledged("/api/cases", key, body, PORTAL);
        acknowledgedCases.put(key, answer.replaceAll("(?s).*\"number\":\"([^\"]+)\".*", "$1"));
    }

    private void sendMessage() {
        String key = UUID.randomUUID().toString();
        String body = """
                {"to": ["%s"], "subject": "Klasteris %s %s", "body": "Pārbaude: ziņojums nonāk vienreiz."}""".formatted(ADDRESSEE, run, key.substring(0, 8));
        untilAcknowledged("/api/eaddress/messages", key, body, SENDER);
        acknowledgedMessages.put(key, key);
    }

    /** Sends until the cluster answers 200 or 201; a failure, a 5xx or a lost connection is sent again, same key. */
    private String untilAcknowledged(String path, String key, String body, String user) {
        Instant deadline = Instant.now().plus(GIVE_UP);
        HttpRequest request = HttpRequest.newBuilder(URI.create(BALANCER + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> answer = api.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 || answer.statusCode() == 201) {
                    return answer.body();
                }
                if (answer.statusCode() < 500) {
                    throw new AssertionError("refused: " + answer.statusCode() + " " + answer.body());
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException lost) {
                last = lost.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            retries.incrementAndGet();
            pause(Duration.ofMillis(250));
        }
        throw new AssertionError("no answer for " + key + " in " + GIVE_UP + ": " + last);
    }

    /** Signs in through the sign-in form, as a browser does; the node that holds the session (its route). */
    private String signIn() throws Exception {
        HttpResponse<String> signedIn = FormSignIn.signIn(browser, BALANCER, SENDER, PASSWORD);
        assertThat(signedIn.statusCode()).as("signed in and sent on").isEqualTo(302);
        String session = ((CookieManager) browser.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("JSESSIONID"))
                        .findFirst()
                        .orElseThrow()
                        .getValue();
        return session.substring(session.lastIndexOf('.') + 1);
    }

    private String me() throws Exception {
        HttpResponse<String> me = browser.send(
                HttpRequest.newBuilder(URI.create(BALANCER + "/api/me"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return me.statusCode() + " " + me.body();
    }

    private Void cluster(String command, String member) {
        try {
            // its output goes to a file: a forked test JVM must not share its own streams
            Process process = new ProcessBuilder(SCRIPT, command, member)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(SCRIPT_LOG.toFile()))
                    .start();
            assertThat(process.waitFor())
                    .as("cluster.sh " + command + " " + member + ", see " + SCRIPT_LOG)
                    .isZero();
            return null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> countPerKey(Connection db, String sql) throws SQLException {
        Map<String, Long> counts = new java.util.HashMap<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, pattern(sql));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, pattern(sql));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** This run's keys (cases) or subjects (messages). */
    private String pattern(String sql) {
        return sql.contains("idempotency_key") ? "failover-" + run + "-%" : "Klasteris " + run + " %";
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
