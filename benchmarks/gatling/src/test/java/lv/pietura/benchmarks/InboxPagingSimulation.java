package lv.pietura.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Benchmark 3, the table alone: in the open inbox page of adazi.clerk (100 000 messages among 10 000 000),
 * the lazy table's next 20 rows, as its paginator asks for them (a Faces AJAX request that processes and
 * renders the table only), again and again: each answer is read after the cursor where the first page
 * ended.
 */
public class InboxPagingSimulation extends Simulation {

    private static final String PAGE = "/eaddress/mailbox?box=inbox";
    /** Where the page's forms post to. */
    private static final String FORM_ACTION = "/eaddress/mailbox";
    private static final String TABLE = "listForm:table";

    ScenarioBuilder paging = scenario("inbox paging")
            .exec(Bench.signIn("adazi.clerk"))
            .exec(http("inbox page").get(PAGE)
                    .check(status().is(200))
                    .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                    .check(css("script[nonce]", "nonce").saveAs("pageNonce"))
                    .silent())
            .during(Bench.DURATION).on(
                    exec(http("next page of the table").post(FORM_ACTION)
                            .header("Faces-Request", "partial/ajax")
                            .header("X-Requested-With", "XMLHttpRequest")
                            .formParam("jakarta.faces.partial.ajax", "true")
                            .formParam("jakarta.faces.source", TABLE)
                            .formParam("jakarta.faces.partial.execute", TABLE)
                            .formParam("jakarta.faces.partial.render", TABLE)
                            .formParam(TABLE + "_pagination", "true")
                            .formParam(TABLE + "_first", "20")
                            .formParam(TABLE + "_rows", "20")
                            .formParam(TABLE + "_skipChildren", "true")
                            .formParam(TABLE + "_encodeFeature", "true")
                            .formParam("listForm", "listForm")
                            .formParam("jakarta.faces.ViewState", "#{viewState}")
                            .formParam("primefaces.nonce", "#{pageNonce}")
                            .check(status().is(200))
                            .check(substring("<partial-response").exists())
                            .check(substring("<error>").notExists())
                            .check(substring("<redirect").notExists())
                            .check(regex("Paziņojums Nr. ").count().is(20))));

    {
        setUp(paging.injectOpen(atOnceUsers(Bench.CLIENTS))).protocols(http.baseUrl(Bench.BASE));
    }
}
