package lv.pietura.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Applications as the demo e-service portal submits them through the API. */
public final class PortalCases {

    private static final HttpClient API = HttpClient.newHttpClient();

    private PortalCases() {}

    /**
     * A new application for the VSAA old-age pension, of a client born on {@code ddmmyy}, with one PDF; its case
     * number. {@code root} is the application's address without a trailing slash.
     */
    public static String submitted(String root, String ddmmyy, String password)
            throws IOException, InterruptedException {
        String pdf =
                Base64.getEncoder().encodeToString("%PDF-1.4\n% portals\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> submitted = API.send(
                HttpRequest.newBuilder(URI.create(root + "/api/cases"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(("latvija.portals:" + password)
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "portal-" + UUID.randomUUID())
                        .POST(HttpRequest.BodyPublishers.ofString("""
                        {"service": "VSAA-VECUMA-PENSIJA",
                         "client": {"kind": "PERSON", "code": "%s", "name": "Portāla Klients"},
                         "intake": {"velamais_pensijas_sakuma_datums": "2027-03-01",
                                    "bankas_konta_numurs_iban": "LV80BANK0000435195001", "izmaksas_veids": "Uz bankas kontu"},
                         "attachments": [{"fileName": "stazs.pdf", "field": "stazu_apliecinosi_dokumenti", "content": "%s"}]}
                        """.formatted(
                                        PersonalCodes.born(ddmmyy, (int) (Math.random() * 900) + 100), pdf)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return submitted.body().replaceAll("(?s).*\"number\":\"([^\"]+)\".*", "$1");
    }
}
