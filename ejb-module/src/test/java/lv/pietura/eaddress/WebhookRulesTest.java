package lv.pietura.eaddress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Where an institution's webhook may point, how its calls are tried again, and how they are signed. */
class WebhookRulesTest {

    private static final URI PIETURA = URI.create("https://pietura.example.lv/pietura");
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static String refusal(String url, boolean privateAllowed) {
        try {
            WebhookAddress.check(url, PIETURA, privateAllowed);
            return "accepted";
        } catch (RuleViolation v) {
            assertThat(v.problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.field()).isEqualTo("url"));
            return v.messageKey();
        }
    }

    @Test
    void onlyAnHttpsAddressThatIsNotPieturaItselfIsTaken() {
        assertThat(refusal("http://127.0.0.1:8443/hook", true)).isEqualTo("webhook.url.https");
        assertThat(refusal("ftp://dvs.example.lv/hook", true)).isEqualTo("webhook.url.https");
        assertThat(refusal("  ", true)).isEqualTo("webhook.url.missing");
        assertThat(refusal("https://" + "a".repeat(500) + ".lv/", true)).isEqualTo("webhook.url.tooLong");
        assertThat(refusal("https://user:pass@127.0.0.1/hook", true)).isEqualTo("webhook.url.invalid");
        assertThat(refusal("https://127.0.0.1/hook#x", true)).isEqualTo("webhook.url.invalid");
        assertThat(refusal("https://exa mple.lv/", true)).isEqualTo("webhook.url.invalid");
        assertThat(refusal("https://PIETURA.example.lv/other", true))
                .as("Pietura's public address")
                .isEqualTo("webhook.url.self");
        assertThat(refusal("https://no-such-host.invalid/hook", true)).isEqualTo("webhook.url.unknownHost");
        for (String inside : List.of(
                "https://127.0.0.1:9443/",
                "https://localhost/",
                "https://10.1.2.3/",
                "https://192.168.0.10/",
                "https://169.254.169.254/latest/meta-data",
                "https://[::1]/")) {
            assertThat(refusal(inside, false)).as(inside).isEqualTo("webhook.url.self");
        }
        assertThat(refusal("https://127.0.0.1:9443/hook", true))
                .as("where private addresses are allowed")
                .isEqualTo("accepted");
        assertThat(WebhookAddress.check(" https://127.0.0.1:9443/hook?a=1 ", PIETURA, true))
                .isEqualTo("https://127.0.0.1:9443/hook?a=1");
    }

    @Test
    void aCallIsTriedAgainWithWaitsThatDoubleAndGivenUpAfterTheEighthAttempt() {
        Webhook hook = new Webhook(7, "https://dvs.example.lv/hook", "s3cr3t", "admin", NOW);
        WebhookCall call = new WebhookCall(hook, "m-1", NOW);
        assertThat(call.status()).isEqualTo(WebhookCall.Status.PENDING);
        assertThat(call.nextAttemptAt()).isEqualTo(NOW);
        List<Duration> waits = new ArrayList<>();
        Instant at = NOW;
        for (int i = 1; i < WebhookCall.MAX_ATTEMPTS; i++) {
            call.answered(503, at, WebhookCall.FIRST_BACKOFF);
            waits.add(Duration.between(at, call.nextAttemptAt()));
            at = call.nextAttemptAt();
        }
        assertThat(waits).extracting(Duration::getSeconds).containsExactly(10L, 20L, 40L, 80L, 160L, 320L, 640L);
        assertThat(call.lastAnswer()).isEqualTo("HTTP 503");
        call.failed("ConnectException: refused", at, WebhookCall.FIRST_BACKOFF);
        assertThat(call.status()).isEqualTo(WebhookCall.Status.FAILED);
        assertThat(call.attempts()).isEqualTo(8);
        assertThat(call.nextAttemptAt()).isNull();
    }

    @Test
    void aCallAnswered2xxIsDelivered() {
        WebhookCall call =
                new WebhookCall(new Webhook(7, "https://dvs.example.lv/hook", "s", "admin", NOW), "m-1", NOW);
        call.failed("HttpConnectTimeoutException: timed out", NOW, WebhookCall.FIRST_BACKOFF);
        call.answered(204, NOW.plusSeconds(10), WebhookCall.FIRST_BACKOFF);
        assertThat(call.status()).isEqualTo(WebhookCall.Status.DELIVERED);
        assertThat(call.attempts()).isEqualTo(2);
        assertThat(call.deliveredAt()).isEqualTo(NOW.plusSeconds(10));
    }

    @Test
    void theSignatureIsTheHmacSha256OfTheTimeAndTheBody() {
        assertThat(WebhookCalls.signature("s3cr3t", 1_764_844_800L, "{\"event\":\"message.arrived\"}"))
                .as("as any HMAC-SHA256 library computes it")
                .isEqualTo("9235a9e94b66a528017cd57f78454d40b7024c7f3ffabde83b49ff7131ce3aba");
    }
}
