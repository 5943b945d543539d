package lv.pietura.benchmarks;

import java.time.Duration;

/** What benchmarks/api.sh tells the simulations, through the environment (the plugin forks the JVM). */
final class Bench {

    static final String BASE = env("PIETURA_BENCH_URL", "http://localhost:8480/pietura");
    static final String PASSWORD = env("PIETURA_BENCH_PASSWORD", "Pietura-demo-2026");
    static final Duration DURATION = Duration.ofSeconds(Long.parseLong(env("PIETURA_BENCH_SECONDS", "60")));
    static final int CLIENTS = Integer.parseInt(env("PIETURA_BENCH_CLIENTS", "4"));

    private Bench() {
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
