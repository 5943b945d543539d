package lv.pietura.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Keycloak (the distribution the build unpacked, {@code keycloak.home}) for the test class: started
 * in development mode on {@value #PORT} with the realm of {@code keycloak/pietura-realm.json} imported,
 * stopped after the class. The test server's single sign-on points at it (arquillian.xml). Keycloak needs
 * Java 21 or newer: the test's own Java when it is, otherwise the newest JDK under /usr/lib/jvm.
 */
public class Keycloak implements BeforeAllCallback, AfterAllCallback {

    public static final int PORT = 8580;
    public static final String REALM = "http://localhost:" + PORT + "/realms/pietura";
    /** The password of every user of the test realm. */
    public static final String PASSWORD = "Sso-test-2026";

    private Process process;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + home + " (the build unpacks it before the tests)");
        }
        // the realm exactly as written: a database left by an earlier run (without mvn clean) would keep its old
        // realm, since an import skips a realm that exists
        Path database = home.resolve("data/h2");
        if (Files.isDirectory(database)) {
            try (Stream<Path> files = Files.walk(database)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        try (InputStream realm = Keycloak.class.getResourceAsStream("/keycloak/pietura-realm.json")) {
            Files.copy(realm, imports.resolve("pietura-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-port=" + PORT,
                        "--http-management-port=" + (PORT + 1000),
                        "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(home.resolveSibling("keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", javaHome().toString());
        process = builder.start();
        awaitRealm();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private void awaitRealm() throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting (target/keycloak.log)");
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(REALM + "/.well-known/openid-configuration"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Keycloak did not start within 3 minutes (target/keycloak.log)");
    }

    private static Path javaHome() throws IOException {
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        try (Stream<Path> candidates = Files.isDirectory(jvms) ? Files.list(jvms) : Stream.empty()) {
            Optional<Path> newest = candidates
                    .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .filter(home -> feature(home) >= 21)
                    .max((a, b) -> Integer.compare(feature(a), feature(b)));
            return newest.orElseThrow(
                    () -> new IllegalStateException("Keycloak needs Java 21 or newer; none found under /usr/lib/jvm"));
        }
    }

    /** The Java feature version a JDK's release file names, or 0. */
    private static int feature(Path home) {
        try {
            List<String> lines = Files.readAllLines(home.resolve("release"));
            return lines.stream()
                    .filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.replaceAll("JAVA_VERSION=\"?(\\d+).*", "$1"))
                    .mapToInt(Integer::parseInt)
                    .findFirst()
                    .orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
