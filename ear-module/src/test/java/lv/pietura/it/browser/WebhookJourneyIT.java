package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An institution's document system told at once that mail arrived: the agency's administrator registers the
 * address of a real HTTPS receiver run by this test (its certificate made here with keytool and trusted by the
 * test server through {@code pietura.webhooks.trust-store}); an address that is not HTTPS or points at Pietura
 * itself is refused with its reason. A consultant in Ādaži writes to the agency; the receiver gets a signed call
 * (the signature checked with the secret the page showed once), answers 503, gets it again after the wait and
 * answers 204; the delivery log shows the call delivered at the second attempt.
 */
class WebhookJourneyIT extends BrowserJourney {

    private static final String STORE_PASSWORD = "changeit";

    /** A call as the receiver got it. */
    private record Received(Map<String, List<String>> headers, String body) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>(List.of(503, 204));
    private HttpsServer receiver;

    @AfterEach
    void receiverStops() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    /** A key pair and certificate for localhost (keytool), and the test server's trust store holding the certificate. */
    private SSLContext receiverCertificate() throws Exception {
        Path data = Path.of(System.getProperty("it.data.dir"));
        Path keys = data.resolve("webhook-receiver.p12");
        Path certificate = data.resolve("webhook-receiver.cer");
        Path trust = data.resolve("webhook-trust.p12");
        for (Path old : List.of(keys, certificate, trust)) {
            Files.deleteIfExists(old);
        }
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        keytool(
                keytool,
                "-genkeypair",
                "-alias",
                "receiver",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keys.toString(),
                "-storepass",
                STORE_PASSWORD);
        keytool(
                keytool,
                "-exportcert",
                "-alias",
                "receiver",
                "-keystore",
                keys.toString(),
                "-storepass",
                STORE_PASSWORD,
                "-file",
                certificate.toString());
        keytool(
                keytool,
                "-importcert",
                "-noprompt",
                "-alias",
                "receiver",
                "-file",
                certificate.toString(),
                "-storetype",
                "PKCS12",
                "-keystore",
                trust.toString(),
                "-storepass",
                STORE_PASSWORD);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(store, STORE_PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
    }

    @Test
    void theDocumentSystemGetsASignedCallWhenMailArrivesAndIsCalledAgainUntilItAnswers() throws Exception {
        receiver = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setHttpsConfigurator(new HttpsConfigurator(receiverCertificate()));
        receiver.createContext("/dvs/notifications", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(
                    new Received(Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
            Integer answer = answers.poll();
            exchange.sendResponseHeaders(answer == null ? 204 : answer, -1);
            exchange.close();
        });
        receiver.start();
        String address = "https://localhost:" + receiver.getAddress().getPort() + "/dvs/notifications";

        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("vsaa.admin", DEMO_PASSWORD);
        pages.click("menuForm:webhook");
        assertThat(pages.heading()).isEqualTo("Dokumentu vadības sistēmas paziņojumi");
        pages.type("hookForm:url", "http://localhost:" + receiver.getAddress().getPort() + "/dvs/notifications");
        pages.click("hookForm:save");
        assertThat(pages.messages()).contains("Adresei jāsākas ar https://");
        pages.type("hookForm:url", "https://127.0.0.1:8080/pietura/api/eaddress/inbox");
        pages.click("hookForm:save");
        assertThat(pages.messages()).contains("norāda uz pašu Pieturu");
        assertThat(pages.present("hookForm:secretNotice")).isFalse();

        pages.type("hookForm:url", address);
        pages.click("hookForm:save");
        assertThat(pages.messages()).contains("Adrese reģistrēta.");
        assertThat(pages.text("hookForm:currentUrl")).isEqualTo(address);
        String secret = pages.text("secret");
        assertThat(secret).matches("[0-9a-f]{64}");

        String messageId = UUID.randomUUID().toString();
        HttpResponse<String> sent = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString() + "api/eaddress/messages"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(("adazi.clerk:" + DEMO_PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", messageId)
                                .POST(HttpRequest.BodyPublishers.ofString("""
                                        {"to": ["_DEFAULT@90001634668"], "subject": "Par webhook",
                                         "body": "Dokumentu sistēmai jāuzzina uzreiz."}"""))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> received.size() >= 2);
        Received first = received.get(0);
        assertThat(first.body()).contains("\"event\":\"message.arrived\"", "\"messageId\":\"" + messageId + "\"");
        assertThat(header(first, "Pietura-Event")).isEqualTo("message.arrived");
        String signature = header(first, "Pietura-Signature");
        assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
        long seconds = Long.parseLong(signature.substring(2, signature.indexOf(',')));
        assertThat(Math.abs(Instant.now().getEpochSecond() - seconds))
                .as("signed now")
                .isLessThan(300);
        assertThat(signature.substring(signature.indexOf("v1=") + 3))
                .as("the HMAC-SHA256 of the time and the body with the secret the page showed")
                .isEqualTo(hmac(secret, seconds + "." + first.body()));
        Received second = received.get(1);
        assertThat(header(second, "Pietura-Delivery")).isEqualTo(header(first, "Pietura-Delivery"));
        assertThat(second.body()).isEqualTo(first.body());

        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    pages.click("logForm:refresh");
                    browser.ajaxDone();
                    return pages.rows("logForm:calls").stream().anyMatch(r -> r.contains("Piegādāts"));
                });
        assertThat(pages.text("logForm:calls:0:attempts")).isEqualTo("2");
        assertThat(pages.text("logForm:calls:0:answer")).isEqualTo("HTTP 204");
        pages.assertNoStackTrace();

        pages.click("hookForm:remove");
        pages.dialogShown("confirm");
        pages.click("confirmYes");
        assertThat(pages.messages()).contains("Adrese noņemta");
    }

    private static String header(Received call, String name) {
        return call.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
