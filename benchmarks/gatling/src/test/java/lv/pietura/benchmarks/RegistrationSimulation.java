package lv.pietura.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark 1: applications registered through the REST API by an e-service portal, one transaction per
 * case, PIETURA_BENCH_CLIENTS (16) clients each sending the next as soon as the last is answered.
 */
public class RegistrationSimulation extends Simulation {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String PDF = Base64.getEncoder().encodeToString(
            "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    /** A valid Latvian personal code (old format, born 1970), a different one for each case. */
    static String personalCode(int serial) {
        String ten = "150570" + "1" + String.format("%03d", serial % 1000);
        int[] weights = {1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (ten.charAt(i) - '0') * weights[i];
        }
        int check = (1101 - sum) % 11;
        return check == 10 ? personalCode(serial + 1) : ten.substring(0, 6) + "-" + ten.substring(6) + check;
    }

    ScenarioBuilder register = scenario("registration").during(Bench.DURATION).on(
            exec(session -> session.set("key", "bench-" + UUID.randomUUID())
                    .set("code", personalCode(SERIAL.incrementAndGet())))
                    .exec(http("register").post("/api/cases")
                            .header("Idempotency-Key", "#{key}")
                            .body(StringBody("""
                                    {"service": "VSAA-VECUMA-PENSIJA",
                                     "client": {"kind": "PERSON", "code": "#{code}", "name": "Mērījums Slodze"},
                                     "intake": {"velamais_pensijas_sakuma_datums": "2027-03-01",
                                                "bankas_konta_numurs_iban": "LV80BANK0000435195001",
                                                "izmaksas_veids": "Uz bankas kontu"},
                                     "attachments": [{"fileName": "staza-izzina.pdf", "field": "stazu_apliecinosi_dokumenti",
                                                      "content": "%s"}]}""".formatted(PDF)))
                            .check(status().is(201))));

    {
        setUp(register.injectOpen(atOnceUsers(Bench.CLIENTS)))
                .protocols(http.baseUrl(Bench.BASE).contentTypeHeader("application/json")
                        .basicAuth("latvija.portals", Bench.PASSWORD));
    }
}
