package lv.pietura.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Benchmark 3: the institution's inbox page (the lazy table's first 20 rows, newest first) of adazi.clerk,
 * a mailbox of 100 000 messages among 10 000 000, each client signed in through the form and opening the
 * page again and again.
 */
public class InboxSimulation extends Simulation {

    ScenarioBuilder inbox = scenario("inbox")
            .exec(Bench.signIn("adazi.clerk"))
            .during(Bench.DURATION).on(
                    exec(http("inbox page").get("/eaddress/mailbox?box=inbox")
                            .check(status().is(200))
                            .check(substring("Paziņojums Nr. ").exists())));

    {
        setUp(inbox.injectOpen(atOnceUsers(Bench.CLIENTS))).protocols(http.baseUrl(Bench.BASE));
    }
}
