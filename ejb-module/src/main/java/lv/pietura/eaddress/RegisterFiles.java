package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The register files an import can read: the {@code .csv} files of one directory ({@code pietura.register.dir},
 * by default {@code register} in the server's data directory), where the operator puts the Register's open data
 * file (see docs/operations.md) or a platform administrator uploads a smaller one. An import names a file of
 * this listing, never a path.
 */
@ApplicationScoped
public class RegisterFiles {

    /** A file of the directory. */
    public record RegisterFile(String name, long bytes, Instant modified) implements java.io.Serializable {}

    /**
     * How many lines of a file may fail to be UTF-8 before the whole file is refused as in another encoding: one
     * in a hundred, and one more (a file in Windows-1257 has Latvian letters on most of its lines).
     */
    static long encodingTolerance(long lines) {
        return lines / 100 + 1;
    }

    @Inject
    @ConfigProperty(name = "pietura.register.dir")
    Optional<String> configuredDirectory;

    /** The {@code .csv} files, newest first. */
    public List<RegisterFile> list() {
        Path directory = directory();
        List<RegisterFile> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.csv")) {
            for (Path file : stream) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    files.add(new RegisterFile(
                            file.getFileName().toString(),
                            attributes.size(),
                            attributes.lastModifiedTime().toInstant()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The register directory " + directory + " cannot be read", e);
        }
        files.sort(Comparator.comparing(RegisterFile::modified).reversed().thenComparing(RegisterFile::name));
        return files;
    }

    /** The file of the listing named {@code name}; any other name (a path among them) is not found. */
    public Path resolve(String name) {
        return list().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .map(f -> directory().resolve(f.name()))
                .orElseThrow(() -> new NotFound("RegisterFile", name));
    }

    /**
     * Keeps an uploaded register file under a safe form of its name (a number added when the name is taken) once
     * its content has passed {@link #check(Path)}; a file that does not is not kept.
     */
    public RegisterFile store(String fileName, InputStream content) {
        String name = safeName(fileName);
        Path directory = directory();
        Path temporary = directory.resolve(".upload-" + UUID.randomUUID() + ".part");
        try {
            Files.copy(content, temporary);
            check(temporary);
            Path target = directory.resolve(name);
            for (int i = 2; Files.exists(target); i++) {
                target = directory.resolve(name.substring(0, name.length() - 4) + "-" + i + ".csv");
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return new RegisterFile(
                    target.getFileName().toString(),
                    Files.size(target),
                    Files.getLastModifiedTime(target).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a left-over part file is not listed (not .csv) and does no harm
            }
        }
    }

    /**
     * Reads the whole file before an import starts, so that a file the import could not read is refused with
     * its reason and nothing is done: no header or one without the columns Pietura reads, no line after it, or
     * another encoding than UTF-8 (more than {@link #encodingTolerance} lines that are not UTF-8; fewer are
     * reported by the import line by line).
     *
     * @return how many lines follow the header
     */
    public long check(Path file) {
        try (RegisterRecords records = RegisterRecords.open(file, 0, 1)) {
            byte[] header = records.next();
            if (header == null) {
                throw new RuleViolation("registerImport.empty");
            }
            RegisterFormat.header(header);
            long lines = 0;
            long malformed = 0;
            long firstMalformed = 0;
            for (byte[] record = records.next(); record != null; record = records.next()) {
                lines++;
                try {
                    RegisterFormat.decode(record);
                } catch (CharacterCodingException e) {
                    malformed++;
                    if (firstMalformed == 0) {
                        firstMalformed = records.recordLine();
                    }
                }
            }
            if (lines == 0) {
                throw new RuleViolation("registerImport.empty");
            }
            if (malformed > encodingTolerance(lines)) {
                throw new RuleViolation("registerImport.encoding", firstMalformed);
            }
            return lines;
        }
    }

    /** Letters, digits, dot, hyphen and underscore of the name, ending in {@code .csv}. */
    static String safeName(String fileName) {
        String given = fileName == null ? "" : fileName;
        String base = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        String plain = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String safe = plain.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        if (!safe.toLowerCase(Locale.ROOT).endsWith(".csv") || safe.length() <= 4) {
            throw RuleViolation.ofField("file", "registerImport.file.type");
        }
        return safe.length() > 100 ? safe.substring(0, 96) + ".csv" : safe.substring(0, safe.length() - 4) + ".csv";
    }

    private Path directory() {
        Path directory = Path.of(configuredDirectory.orElseGet(
                () -> System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/register"));
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("The register directory " + directory + " cannot be made", e);
        }
    }
}
