package lv.pietura.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 6: visits booked through the public booking page, as a client's browser does it without signing in:
 * the page opened for a centre, a service and a day (its free times in it, silent), then the form posted with one
 * of those times, a name and an e-mail address of its own. A time taken meanwhile by another client is answered
 * "just taken" and counts as a failure. The days (PIETURA_BENCH_DAYS, ISO, comma-separated) are chosen at random.
 */
public class BookingSimulation extends Simulation {

    private static final String CENTRE = System.getenv().getOrDefault("PIETURA_BENCH_CENTRE", "1");
    private static final String SERVICE = "VSAA-VECUMA-PENSIJA";
    private static final List<String> DAYS =
            List.of(System.getenv().getOrDefault("PIETURA_BENCH_DAYS", "").split(","));
    private static final AtomicLong SERIAL = new AtomicLong();

    ScenarioBuilder booking = scenario("booking")
            .during(Bench.DURATION).on(
                    exec(session -> session
                                    .set("day", DAYS.get(ThreadLocalRandom.current().nextInt(DAYS.size())))
                                    .set("email", "slodze" + SERIAL.incrementAndGet() + "@example.lv"))
                            .exec(http("booking page")
                                    .get("/book?centre=" + CENTRE + "&service=" + SERVICE + "&day=#{day}")
                                    .check(status().is(200))
                                    .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                                    .check(css("script[nonce]", "nonce").saveAs("nonce"))
                                    .check(css("input[name='bookForm:start']", "value").findAll().saveAs("times"))
                                    .silent())
                            .exec(session -> {
                                List<String> times = session.getList("times");
                                return session.set(
                                        "time", times.get(ThreadLocalRandom.current().nextInt(times.size())));
                            })
                            .exec(http("book a visit").post("/book")
                                    .formParam("bookForm", "bookForm")
                                    .formParam("bookForm:centreId_input", CENTRE)
                                    .formParam("bookForm:serviceCode_input", SERVICE)
                                    .formParam("bookForm:day_input", "#{day}")
                                    .formParam("bookForm:start", "#{time}")
                                    .formParam("bookForm:name", "Slodzes Klients")
                                    .formParam("bookForm:email", "#{email}")
                                    .formParam("bookForm:phone", "")
                                    .formParam("bookForm:book", "")
                                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                                    .formParam("primefaces.nonce", "#{nonce}")
                                    .check(status().is(200))
                                    .check(substring("bookedReference").exists())));

    {
        setUp(booking.injectOpen(atOnceUsers(Bench.CLIENTS))).protocols(http.baseUrl(Bench.BASE));
    }
}
