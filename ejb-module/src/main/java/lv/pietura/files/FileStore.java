package lv.pietura.files;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.RuleViolation;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Files on disk under their SHA-256 ({@code pietura.files.dir}, by default {@code pietura-files} in the
 * server's data directory), with their metadata in the database. A file is written to a temporary name
 * while it is hashed and measured, and moved into place only when accepted; the same content is stored
 * once. Reading streams the file and fails if its hash no longer matches.
 */
@ApplicationScoped
public class FileStore {

    private static final Tika TIKA = new Tika();
    /** SQLSTATE of a unique key violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Signatures signatures;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "pietura.files.dir")
    Optional<String> configuredDirectory;

    /**
     * Stores a file and gives its owner a handle to it, for this purpose only.
     *
     * @param allowedTypes media types accepted, as told from the content
     * @throws RuleViolation {@code file.empty}, {@code file.tooLarge} or {@code file.type} on field {@code file}
     */
    @Transactional
    public FileRef store(
            InputStream content,
            String fileName,
            long maxBytes,
            Set<String> allowedTypes,
            FilePurpose purpose,
            FileOwner owner) {
        Path directory = directory();
        Path temporary = null;
        try {
            Path uploads = directory.resolve("tmp");
            if (!Files.isDirectory(uploads)) {
                Files.createDirectories(uploads); // (it throws and catches inside when the directory exists)
            }
            temporary = Files.createTempFile(uploads, "upload", ".part");
            MessageDigest digest = sha256();
            long size = copyAtMost(content, temporary, digest, maxBytes);
            if (size == 0) {
                throw RuleViolation.ofField("file", "file.empty");
            }
            String type = detect(temporary, fileName);
            if (!allowedTypes.contains(type)) {
                throw RuleViolation.ofField(
                        "file", "file.type", fileName == null ? "" : fileName, FileKinds.names(allowedTypes));
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            // signatures checked before the file is accepted: a container that cannot be read is refused
            Optional<Signatures.Found> signed =
                    signatures.of(sha).isPresent() ? Optional.empty() : signatures.validate(temporary, type);
            Path target = pathOf(sha);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            if (em.find(StoredFile.class, sha) == null) {
                recordOnce(sha, size, type);
            }
            signed.ifPresent(found -> signatures.keep(sha, found));
            return handOut(new FileRef(null, sha, size, type, cleanName(fileName)), purpose, owner);
        } catch (IOException e) {
            throw new UncheckedIOException("The file store at " + directory + " cannot be written", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * The file's row, written at once rather than at the flush: two uploads of the same bytes at the same
     * time (a form template many portals attach) would otherwise both insert it, and the later one's whole
     * transaction would fail on the key. The insert runs behind a savepoint (in SQL: the container's
     * connection refuses JDBC savepoint rollbacks inside its transactions); if another transaction wrote
     * the row first (the insert waits for it to commit), the savepoint is rolled back and that row stands.
     */
    private void recordOnce(String sha, long size, String type) {
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement savepoint = connection.createStatement();
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into stored_file (sha256, size_bytes, media_type, stored_at) values (?, ?, ?, ?)")) {
                savepoint.execute("savepoint stored_file_once");
                insert.setString(1, sha);
                insert.setLong(2, size);
                insert.setString(3, type);
                insert.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                try {
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    savepoint.execute("rollback to savepoint stored_file_once");
                }
                savepoint.execute("release savepoint stored_file_once");
            }
        });
    }

    /**
     * The files a request names, each by a handle its caller holds for this purpose, under the names the request
     * gives them. A handle of someone else, for another purpose, or none at all, get one and the same refusal:
     * {@code file.unknown} on {@code field}, so that nobody learns whether a file exists.
     */
    public List<FileRef> claim(List<FileRef> named, FilePurpose purpose, FileOwner owner, String field) {
        List<FileRef> claimed = new ArrayList<>();
        for (FileRef file : named == null ? List.<FileRef>of() : named) {
            FileHandle handle = file == null || file.id() == null ? null : em.find(FileHandle.class, file.id());
            if (handle == null || !handle.heldBy(owner, purpose)) {
                throw RuleViolation.ofField(field, "file.unknown");
            }
            claimed.add(handle.ref(file.name() == null ? null : cleanName(file.name())));
        }
        return claimed;
    }

    /**
     * A handle of its own for a file the owner can already open elsewhere (a message's file forwarded, a case
     * registered from a message, a result sent by e-address): the caller has checked that they may.
     */
    @Transactional
    public FileRef grant(FileRef opened, FilePurpose purpose, FileOwner owner) {
        return handOut(
                new FileRef(null, opened.sha256(), opened.size(), opened.mediaType(), cleanName(opened.name())),
                purpose,
                owner);
    }

    /** The handle, whoever holds it (for a record that refers to it; never for what a request names). */
    public Optional<FileHandle> handle(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(FileHandle.class, id));
    }

    private FileRef handOut(FileRef file, FilePurpose purpose, FileOwner owner) {
        String id = UUID.randomUUID().toString(); // 122 random bits from a SecureRandom
        FileRef handed = new FileRef(id, file.sha256(), file.size(), file.mediaType(), file.name());
        em.persist(new FileHandle(id, handed, purpose, owner, clock.instant()));
        return handed;
    }

    public Optional<StoredFile> find(String sha256) {
        return sha256 == null ? Optional.empty() : Optional.ofNullable(em.find(StoredFile.class, sha256));
    }

    /**
     * The file's bytes as a stream; reading to the end throws {@link IOException} if they no longer hash
     * to {@code sha256} (the copy on disk was damaged).
     */
    public InputStream open(String sha256) {
        StoredFile file = find(sha256).orElseThrow(() -> new NotFound("file", sha256));
        Path path = pathOf(file.sha256());
        try {
            return new VerifyingInputStream(Files.newInputStream(path), file.sha256());
        } catch (IOException e) {
            throw new NotFound("file", sha256);
        }
    }

    private static long copyAtMost(InputStream in, Path target, MessageDigest digest, long maxBytes)
            throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw RuleViolation.ofField("file", "file.tooLarge", maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, read);
            }
        }
        return size;
    }

    /** Content first: a name only refines what the bytes already say (a .pdf name on text stays text). */
    static String detect(Path file, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return TIKA.detect(in, metadata);
        }
    }

    private Path directory() {
        return Path.of(configuredDirectory.orElseGet(() ->
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/pietura-files"));
    }

    /**
     * Forgets a file nothing refers to any more: its handles, its signature check and its row go in the caller's
     * transaction, and its bytes once that transaction commits (a rollback leaves them). The caller has checked that
     * no record holds it; the bytes removed are counted.
     */
    @Transactional
    public long forget(String sha256) {
        StoredFile file = em.find(StoredFile.class, sha256);
        if (file == null) {
            return 0;
        }
        em.createQuery("delete from FileHandle h where h.sha256 = :sha")
                .setParameter("sha", sha256)
                .executeUpdate();
        em.createQuery("delete from SignatureCheck s where s.sha256 = :sha")
                .setParameter("sha", sha256)
                .executeUpdate();
        em.remove(file);
        Path bytes = pathOf(sha256);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    deleteQuietly(bytes);
                }
            }
        });
        return file.size();
    }

    /** Where a stored file's bytes are, for a reader in this package that streams them itself (a seal). */
    Path path(String sha256) {
        return pathOf(
                find(sha256).orElseThrow(() -> new NotFound("file", sha256)).sha256());
    }

    private Path pathOf(String sha) {
        return directory()
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
    }

    static String cleanName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "file";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stray temporary file is harmless
            }
        }
    }

    /** Hashes what passes through and compares at the end. */
    private static final class VerifyingInputStream extends FilterInputStream {

        private final MessageDigest digest = sha256();
        private final String expected;
        private boolean checked;

        VerifyingInputStream(InputStream in, String expected) {
            super(in);
            this.expected = expected;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b == -1) {
                verify();
            } else {
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read == -1) {
                verify();
            } else {
                digest.update(buffer, offset, read);
            }
            return read;
        }

        private void verify() throws IOException {
            if (!checked) {
                checked = true;
                if (!HexFormat.of().formatHex(digest.digest()).equals(expected)) {
                    throw new IOException("Stored file " + expected + " no longer matches its SHA-256");
                }
            }
        }
    }
}
