package lv.pietura.files;

import eu.europa.esig.dss.asic.common.SecureContainerHandlerBuilder;
import eu.europa.esig.dss.asic.common.ZipUtils;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.signature.resources.TempFileResourcesHandlerBuilder;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.pietura.shared.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Validates the signatures of signed files as they enter the store (a PDF, an ASiC-E or ASiC-S container: the
 * {@code .edoc} of Latvia) with the EU's Digital Signature Service and its default validation policy, and keeps the
 * result with the file. The trust anchors are the certificates of a key store ({@code pietura.signatures.trust-store},
 * PKCS#12, password {@code pietura.signatures.trust-store-password}); the revocation lists are the CRL files of a
 * directory ({@code pietura.signatures.crl-dir}). Both are read at every check, so anchors and lists are added
 * without a restart. A signature whose chain ends at no anchor, or whose revocation status is unknown, is INDETERMINATE.
 */
@ApplicationScoped
public class Signatures {

    private static final Logger LOG = Logger.getLogger(Signatures.class.getName());

    /** The media types whose signatures are checked (a PDF may carry none: then nothing is recorded). */
    static final Set<String> SIGNABLE =
            Set.of("application/pdf", "application/vnd.etsi.asic-e+zip", "application/vnd.etsi.asic-s+zip");

    /**
     * What every signature dictionary of a PDF holds in plain bytes: the byte ranges it signs are offsets in the file
     * itself, so the dictionary can never sit in a compressed object stream (ISO 32000-1, 12.8.1).
     */
    private static final byte[] BYTE_RANGE = "/ByteRange".getBytes(StandardCharsets.US_ASCII);

    /**
     * A container's entries are extracted to temporary files, not into the heap (DSS's default), so that checking a
     * 10 MB container holds no 10 MB; one container at a time on a server, its files removed after its check (the
     * builder is DSS's one for the whole JVM, and its clean-up removes every file it made).
     */
    private static final ReentrantLock ONE_CONTAINER_AT_A_TIME = new ReentrantLock();

    private static final TempFileResourcesHandlerBuilder EXTRACTED =
            new TempFileResourcesHandlerBuilder().setFileNamePrefix("pietura-dss-");

    static {
        ZipUtils.getInstance()
                .setZipContainerHandlerBuilder(
                        new SecureContainerHandlerBuilder().setResourcesHandlerBuilder(EXTRACTED));
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pietura.signatures.trust-store")
    Optional<String> trustStore;

    @Inject
    @ConfigProperty(name = "pietura.signatures.trust-store-password", defaultValue = "changeit")
    String trustStorePassword;

    @Inject
    @ConfigProperty(name = "pietura.signatures.crl-dir")
    Optional<String> crlDirectory;

    /** What a check found, before it is kept beside its file. */
    record Found(
            int signatures,
            SignatureCheck.Result result,
            String subIndication,
            String signedBy,
            Instant signingTime,
            String format,
            String problems,
            String report) {}

    /** The checks of those of the stored files that were signed, by their SHA-256. */
    public Map<String, SignatureSummary> summaries(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from SignatureCheck s where s.sha256 in :shas", SignatureCheck.class)
                .setParameter("shas", Set.copyOf(sha256s))
                .getResultStream()
                .collect(Collectors.toMap(SignatureCheck::sha256, SignatureCheck::summary));
    }

    /** The check of a stored file, if it was signed. */
    public Optional<SignatureCheck> of(String sha256) {
        return Optional.ofNullable(em.find(SignatureCheck.class, sha256));
    }

    /**
     * Validates a file about to be stored; empty when its type is not one that is signed, or a PDF carries no
     * signature.
     *
     * @throws RuleViolation {@code file.signature.unreadable} for a container DSS cannot read (not a container after
     *     all, a ZIP bomb, a broken structure)
     */
    Optional<Found> validate(Path file, String mediaType) {
        if (!SIGNABLE.contains(mediaType)) {
            return Optional.empty();
        }
        boolean pdf = "application/pdf".equals(mediaType);
        if (pdf && !contains(file, BYTE_RANGE)) {
            return Optional.empty(); // unsigned: no signature dictionary, so no need to parse it
        }
        Reports reports;
        if (!pdf) {
            ONE_CONTAINER_AT_A_TIME.lock();
        }
        try {
            SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new FileDocument(file.toFile()));
            validator.setCertificateVerifier(verifier());
            reports = validator.validateDocument();
        } catch (RuntimeException e) { // DSS's DSSException, IllegalInputException, a ZIP bomb's refusal...
            if (pdf) {
                return Optional.empty(); // a PDF DSS cannot read as signed is, for it, an unsigned PDF
            }
            LOG.log(Level.INFO, "A signed container could not be read: " + e.getMessage());
            throw RuleViolation.ofField("file", "file.signature.unreadable");
        } finally {
            if (!pdf) {
                EXTRACTED.clear();
                ONE_CONTAINER_AT_A_TIME.unlock();
            }
        }
        SimpleReport simple = reports.getSimpleReport();
        List<String> ids = simple.getSignatureIdList();
        if (ids.isEmpty()) {
            if (pdf) {
                return Optional.empty();
            }
            return Optional.of(new Found(
                    0,
                    SignatureCheck.Result.TOTAL_FAILED,
                    "NO_SIGNATURE_FOUND",
                    null,
                    null,
                    null,
                    "The container holds no signature.",
                    reports.getXmlSimpleReport()));
        }
        SignatureCheck.Result worst = SignatureCheck.Result.TOTAL_PASSED;
        String subIndication = null;
        Set<String> signers = new LinkedHashSet<>();
        Set<String> problems = new LinkedHashSet<>();
        Date firstTime = null;
        String format = null;
        for (String id : ids) {
            SignatureCheck.Result result = switch (simple.getIndication(id)) {
                case TOTAL_PASSED, PASSED -> SignatureCheck.Result.TOTAL_PASSED;
                case TOTAL_FAILED, FAILED -> SignatureCheck.Result.TOTAL_FAILED;
                default -> SignatureCheck.Result.INDETERMINATE;
            };
            if (result.ordinal() > worst.ordinal()) {
                worst = result;
                subIndication = simple.getSubIndication(id) == null
                        ? null
                        : simple.getSubIndication(id).name();
            }
            if (simple.getSignedBy(id) != null) {
                signers.add(simple.getSignedBy(id));
            }
            Date time = simple.getSigningTime(id);
            if (time != null && (firstTime == null || time.before(firstTime))) {
                firstTime = time;
            }
            if (format == null && simple.getSignatureFormat(id) != null) {
                format = simple.getSignatureFormat(id).toString();
            }
            Stream.of(simple.getAdESValidationErrors(id), simple.getQualificationErrors(id))
                    .filter(Objects::nonNull)
                    .flatMap(List::stream)
                    .map(m -> m.getValue())
                    .filter(Objects::nonNull)
                    .forEach(problems::add);
        }
        return Optional.of(new Found(
                ids.size(),
                worst,
                subIndication,
                String.join("; ", signers),
                firstTime == null ? null : firstTime.toInstant(),
                format,
                problems.isEmpty() ? null : String.join(" ", problems),
                reports.getXmlSimpleReport()));
    }

    /** Whether the file holds {@code pattern} anywhere, read as a stream. */
    static boolean contains(Path file, byte[] pattern) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65_536)) {
            int matched = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == (pattern[matched] & 0xff)) {
                    if (++matched == pattern.length) {
                        return true;
                    }
                } else {
                    matched = b == (pattern[0] & 0xff) ? 1 : 0;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps what {@link #validate} found beside the stored file (once per content). */
    void keep(String sha256, Found found) {
        if (em.find(SignatureCheck.class, sha256) != null) {
            return;
        }
        em.persist(new SignatureCheck(
                sha256,
                clock.instant(),
                found.signatures(),
                found.result(),
                found.subIndication(),
                found.signedBy(),
                found.signingTime(),
                found.format(),
                found.problems(),
                found.report()));
    }

    private CommonCertificateVerifier verifier() {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        anchors().forEach(c -> trusted.addCertificate(new CertificateToken(c)));
        verifier.setTrustedCertSources(trusted);
        List<DSSDocument> crls = crls();
        if (!crls.isEmpty()) {
            verifier.setCrlSource(new ExternalResourcesCRLSource(crls.toArray(DSSDocument[]::new)));
        }
        // offline: no certificate or revocation data fetched from the addresses a signature names
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        return verifier;
    }

    private List<X509Certificate> anchors() {
        if (trustStore.isEmpty() || !Files.isReadable(Path.of(trustStore.get()))) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(Path.of(trustStore.get()))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, trustStorePassword.toCharArray());
            List<X509Certificate> anchors = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(alias);
                if (certificate instanceof X509Certificate x509) {
                    anchors.add(x509);
                }
            }
            return anchors;
        } catch (IOException | java.security.GeneralSecurityException e) {
            LOG.log(Level.WARNING, "The signatures' trust store " + trustStore.get() + " cannot be read", e);
            return List.of();
        }
    }

    private List<DSSDocument> crls() {
        if (crlDirectory.isEmpty() || !Files.isDirectory(Path.of(crlDirectory.get()))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(crlDirectory.get()))) {
            List<DSSDocument> crls = new ArrayList<>();
            for (Path crl : files.filter(p -> p.toString().endsWith(".crl")).toList()) {
                crls.add(new InMemoryDocument(Files.readAllBytes(crl)));
            }
            return crls;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The signatures' CRL directory " + crlDirectory.get() + " cannot be read", e);
            return List.of();
        }
    }
}
