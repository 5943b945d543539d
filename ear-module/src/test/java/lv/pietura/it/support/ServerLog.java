package lv.pietura.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The test server's log, read by a test that met a fault so that its failure says what the server said: the
 * last error logged and the causes under it, on one line (a build's summary shows one line of a failure).
 */
public final class ServerLog {

    private ServerLog() {}

    /** The last ERROR entry of the server's log with its "Caused by" lines, or why there is none to show. */
    public static String lastError() {
        Path log = Path.of(System.getProperty("jboss.home", "."), "standalone", "log", "server.log");
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "(no server log at " + log + ": " + e + ")";
        }
        int start = -1;
        for (int i = lines.size() - 1; i >= 0 && start < 0; i--) {
            if (lines.get(i).matches("^\\S+ \\S+ (ERROR|SEVERE) .*")) {
                start = i;
            }
        }
        if (start < 0) {
            return "(no error in the server log)";
        }
        List<String> shown = new ArrayList<>(List.of(lines.get(start)));
        for (int i = start + 1; i < lines.size() && !lines.get(i).matches("^\\S+ \\S+ [A-Z]+ .*"); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("Caused by:") || shown.size() < 4 && line.startsWith("at lv.pietura")) {
                shown.add(line);
            }
        }
        String joined = String.join(" | ", shown);
        return joined.length() > 2000 ? joined.substring(0, 2000) + "…" : joined;
    }
}
