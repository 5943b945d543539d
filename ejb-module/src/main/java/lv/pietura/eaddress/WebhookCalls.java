package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import lv.pietura.shared.PublicAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells institutions' document systems that mail arrived: a call is recorded with the message's arrival (in its
 * transaction), and the delivery worker's runs make the due calls ({@link #callDue()}): an HTTPS POST of a small
 * JSON body ({@code {"event":"message.arrived","id":..,"messageId":..,"arrivedAt":..,"fetch":..}}, never the
 * message itself) signed with the webhook's secret: the header {@code Pietura-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "<t>.<body>">}. No redirect is followed. The server trusts the JVM's certificate authorities, or
 * those of {@code pietura.webhooks.trust-store} (PKCS12, password {@code pietura.webhooks.trust-store-password})
 * when it is set.
 */
@ApplicationScoped
public class WebhookCalls {

    private static final Logger LOG = Logger.getLogger(WebhookCalls.class.getName());
    private static final int BATCH = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @PersistenceContext(unitName = "pietura")
    EntityManager em;

    @Inject
    WebhookLedger ledger;

    @Inject
    PublicAddress publicAddress;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pietura.webhooks.trust-store")
    Optional<String> trustStore;

    @Inject
    @ConfigProperty(name = "pietura.webhooks.trust-store-password", defaultValue = "changeit")
    String trustStorePassword;

    private HttpClient client;
    private long trustStoreModified = -1;

    /** In the transaction that put the message into {@code entry}'s mailbox: a call, if its institution has a webhook. */
    void arrived(InboxEntry entry) {
        Long institution = entry.account().institutionId();
        if (institution == null) {
            return;
        }
        Webhook.of(em, institution)
                .ifPresent(
                        hook -> em.persist(new WebhookCall(hook, entry.message().id(), entry.arrivedAt())));
    }

    /** Makes the calls that are due, one after another, each outcome in a transaction of its own. */
    void callDue() {
        List<Long> due = ledger.due(clock.instant(), BATCH);
        for (Long id : due) {
            Optional<WebhookLedger.Prepared> prepared;
            try {
                prepared = ledger.prepare(id, clock.instant());
            } catch (RuntimeException takenByAnotherNode) {
                continue;
            }
            prepared.ifPresent(call -> {
                try {
                    HttpResponse<Void> answer = client().send(request(call), HttpResponse.BodyHandlers.discarding());
                    ledger.answered(id, answer.statusCode(), clock.instant());
                } catch (IOException | RuntimeException e) {
                    ledger.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    ledger.failed(id, "interrupted", clock.instant());
                }
            });
        }
    }

    private HttpRequest request(WebhookLedger.Prepared call) {
        String body = Json.createObjectBuilder()
                .add("event", "message.arrived")
                .add("id", call.id())
                .add("messageId", call.messageId())
                .add("arrivedAt", call.arrivedAt().toString())
                .add("fetch", publicAddress.of("/api/eaddress/inbox"))
                .build()
                .toString();
        long now = clock.instant().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(call.url()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Pietura-Event", "message.arrived")
                .header("Pietura-Delivery", String.valueOf(call.id()))
                .header("Pietura-Signature", "t=" + now + ",v1=" + signature(call.secret(), now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    /** Hex HMAC-SHA256 of {@code "<seconds>.<body>"} with the secret: what the receiver computes to check a call. */
    static String signature(String secret, long seconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((seconds + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One client, made again when the trust store file changes. */
    private synchronized HttpClient client() throws IOException {
        long modified = trustStore.isPresent() && Files.exists(Path.of(trustStore.get()))
                ? Files.getLastModifiedTime(Path.of(trustStore.get())).toMillis()
                : 0;
        if (client == null || modified != trustStoreModified) {
            HttpClient.Builder builder =
                    HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER);
            if (modified != 0) {
                builder.sslContext(trusting(Path.of(trustStore.get())));
            }
            client = builder.build();
            trustStoreModified = modified;
        }
        return client;
    }

    private SSLContext trusting(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, trustStorePassword.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            LOG.log(Level.WARNING, "The webhooks' trust store " + file + " cannot be read", e);
            throw new IOException("the webhooks' trust store cannot be read", e);
        }
    }
}
