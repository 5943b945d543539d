package lv.pietura.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Benchmark 4: the addressee search (parts of two words of a company's name) over the 2 000 000 companies
 * of the addressee catalogue, through the API as an institution's system calls it.
 */
public class AddresseeSearchSimulation extends Simulation {

    /** Parts of the words the generator (benchmarks/api/mailboxes.sql) builds names from. */
    static final String[] PARTS = {"ozol", "dzint", "liep", "bērz", "kaln", "jūr", "saul", "mēnes", "zvaigzn", "ābel",
            "rudz", "kvieš", "egl", "prie", "snieg", "akmen", "dzelz", "zelt", "sudrab", "lauk", "pļav", "mež", "ezer",
            "straut", "krast", "tilt", "dārz", "vītol", "kļav", "medu", "maiz", "piens", "laiv", "enkur", "viln", "smilt",
            "ķieģel", "tēraud", "stikl", "papīr", "audum", "dzij"};

    static Iterator<Map<String, Object>> queries() {
        return Stream.generate(() -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String query = PARTS[random.nextInt(PARTS.length)] + " " + PARTS[random.nextInt(PARTS.length)];
            return Map.<String, Object>of("q", URLEncoder.encode(query, StandardCharsets.UTF_8));
        }).iterator();
    }

    ScenarioBuilder search = scenario("addressee search").during(Bench.DURATION).on(
            exec(feed(queries()))
                    .exec(http("addressee search").get("/api/eaddress/addressees?q=#{q}")
                            .check(status().is(200))
                            .check(jsonPath("$[*]").count().gte(0))));

    {
        setUp(search.injectOpen(atOnceUsers(Bench.CLIENTS)))
                .protocols(http.baseUrl(Bench.BASE).basicAuth("adazi.clerk", Bench.PASSWORD));
    }
}
