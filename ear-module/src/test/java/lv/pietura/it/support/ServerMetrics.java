package lv.pietura.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * What the server publishes on its management interface (port 9990): the Prometheus text of
 * {@code /metrics}. Read over HTTP, as a monitoring system reads it.
 */
public final class ServerMetrics {

    private static final String MANAGEMENT = "http://localhost:9990";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServerMetrics() {}

    /**
     * The value of the series {@code name} whose labels include every one of {@code labels} (each as
     * written in the text, e.g. {@code job="kpi-daily"}); 0 when the series is not published yet.
     */
    public static double value(String name, String... labels) {
        return get("/metrics")
                .body()
                .lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0);
    }

    /** The whole of {@code /metrics}. */
    public static String all() {
        return get("/metrics").body();
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(MANAGEMENT + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
