package lv.pietura.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;

/** What benchmarks/api.sh tells the simulations, through the environment (the plugin forks the JVM). */
final class Bench {

    static final String BASE = env("PIETURA_BENCH_URL", "http://localhost:8480/pietura");
    static final String PASSWORD = env("PIETURA_BENCH_PASSWORD", "Pietura-demo-2026");
    static final Duration DURATION = Duration.ofSeconds(Long.parseLong(env("PIETURA_BENCH_SECONDS", "60")));
    static final int CLIENTS = Integer.parseInt(env("PIETURA_BENCH_CLIENTS", "4"));

    private Bench() {
    }

    /** Signs {@code username} in through the form, as a browser does (silent: not among the figures). */
    static ChainBuilder signIn(String username) {
        return exec(http("sign-in page").get("/login").check(status().is(200))
                        .check(css("input[name='signInForm:formToken']", "value").saveAs("formToken"))
                        .check(css("script[nonce]", "nonce").saveAs("nonce")).silent())
                .exec(http("sign in").post("/login")
                        .formParam("signInForm", "signInForm")
                        .formParam("signInForm:username", username)
                        .formParam("signInForm:password", PASSWORD)
                        .formParam("signInForm:formToken", "#{formToken}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .formParam("signInForm:signIn", "")
                        .formParam("jakarta.faces.ViewState", "stateless")
                        .disableFollowRedirect()
                        .check(status().is(302))
                        .silent());
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
