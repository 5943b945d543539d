package lv.pietura.files;

import eu.europa.esig.dss.asic.xades.ASiCWithXAdESSignatureParameters;
import eu.europa.esig.dss.asic.xades.signature.ASiCWithXAdESService;
import eu.europa.esig.dss.enumerations.ASiCContainerType;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import lv.pietura.shared.LatvianDates;
import lv.pietura.shared.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An institution's electronic seal on documents it issues: the documents (and a text beside them, such as the notice
 * of a result) in an ASiC-E container ({@code .edoc}) with one XAdES signature by the institution's seal key
 * ({@link SealKeys}), XAdES-BASELINE-B, or -T with a time-stamp where a time-stamping service is configured
 * ({@code pietura.seals.tsa-url}). The container is stored like any file that enters Pietura, so its seal is
 * validated by {@link Signatures} as it is stored; a seal that does not validate there is not handed out.
 */
@ApplicationScoped
public class Seals {

    private static final Logger LOG = Logger.getLogger(Seals.class.getName());
    private static final String ASIC_E = "application/vnd.etsi.asic-e+zip";
    private static final int TIMEOUT_MILLIS = 10_000;

    @Inject
    SealKeys keys;

    @Inject
    FileStore files;

    @Inject
    Signatures signatures;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pietura.seals.tsa-url")
    Optional<String> timeStampingService;

    /** A text that goes into the container beside the documents, under its file name. */
    public record Text(String fileName, String text) {}

    /** Whether the institution with this registration number has a seal in the server. */
    public boolean available(String registrationNumber) {
        return keys.of(registrationNumber).isPresent();
    }

    /**
     * Seals {@code documents} and {@code text} into one container, stored for {@code owner} as a case document.
     *
     * @throws RuleViolation on field {@code seal}: {@code seal.none} (the institution has no seal in the server),
     *     {@code seal.expired} (its certificate is not valid today), {@code seal.timestamp} (the time-stamping service
     *     did not answer), {@code seal.invalid} (the sealed container does not validate against the trust anchors)
     */
    public FileRef seal(
            String registrationNumber, List<FileRef> documents, Text text, String containerName, FileOwner owner) {
        SealKeys.SealKey seal =
                keys.of(registrationNumber).orElseThrow(() -> RuleViolation.ofField("seal", "seal.none"));
        Date now = Date.from(clock.instant());
        if (now.before(seal.certificate().getNotBefore())
                || now.after(seal.certificate().getNotAfter())) {
            throw RuleViolation.ofField(
                    "seal",
                    "seal.expired",
                    LatvianDates.DATE.format(
                            seal.certificate().getNotAfter().toInstant().atZone(ZoneId.of("Europe/Riga"))));
        }
        List<DSSDocument> content = contents(documents, text);
        ASiCWithXAdESSignatureParameters parameters = new ASiCWithXAdESSignatureParameters();
        parameters.aSiC().setContainerType(ASiCContainerType.ASiC_E);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(seal.certificate()));
        parameters.setCertificateChain(
                seal.chain().stream().skip(1).map(CertificateToken::new).toList());
        ASiCWithXAdESService service = new ASiCWithXAdESService(new CommonCertificateVerifier());
        if (timeStampingService.filter(url -> !url.isBlank()).isPresent()) {
            TimestampDataLoader loader = new TimestampDataLoader();
            loader.setTimeoutConnection(TIMEOUT_MILLIS);
            loader.setTimeoutResponse(TIMEOUT_MILLIS);
            loader.setTimeoutSocket(TIMEOUT_MILLIS);
            service.setTspSource(new OnlineTSPSource(timeStampingService.get(), loader));
            parameters.setSignatureLevel(SignatureLevel.XAdES_BASELINE_T);
        } else {
            parameters.setSignatureLevel(SignatureLevel.XAdES_BASELINE_B);
        }
        parameters.bLevel().setSigningDate(now);
        DSSDocument sealed;
        try {
            ToBeSigned toBeSigned = service.getDataToSign(content, parameters);
            SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(
                    parameters.getEncryptionAlgorithm(), parameters.getDigestAlgorithm());
            Signature signature = Signature.getInstance(algorithm.getJCEId());
            signature.initSign(seal.key());
            signature.update(toBeSigned.getBytes());
            sealed = service.signDocument(content, parameters, new SignatureValue(algorithm, signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The seal key of " + registrationNumber + " cannot sign", e);
        } catch (RuntimeException e) { // DSS's: the time-stamping service unreachable or its answer refused
            if (parameters.getSignatureLevel() == SignatureLevel.XAdES_BASELINE_T) {
                LOG.log(Level.WARNING, "A seal could not be time-stamped by " + timeStampingService.get(), e);
                throw RuleViolation.ofField("seal", "seal.timestamp");
            }
            throw e;
        }
        FileRef stored;
        try (InputStream in = sealed.openStream()) {
            stored = files.store(in, containerName, Long.MAX_VALUE, Set.of(ASIC_E), FilePurpose.CASE_DOCUMENT, owner);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SignatureCheck check = signatures
                .of(stored.sha256())
                .orElseThrow(() -> new IllegalStateException("A sealed container was stored unchecked"));
        if (check.result() != SignatureCheck.Result.TOTAL_PASSED) {
            LOG.warning("The seal of " + registrationNumber + " does not validate: " + check.subIndication() + " "
                    + check.problems());
            throw RuleViolation.ofField(
                    "seal", "seal.invalid", check.subIndication() == null ? "" : check.subIndication());
        }
        return stored;
    }

    /** The stored documents as files (streamed from the store, not read into memory), and the text; names unique. */
    private List<DSSDocument> contents(List<FileRef> documents, Text text) {
        List<DSSDocument> content = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (FileRef document : documents) {
            content.add(new FileDocument(files.path(document.sha256()).toFile()));
            content.get(content.size() - 1).setName(unique(names, document.name()));
        }
        if (text != null) {
            content.add(
                    new InMemoryDocument(text.text().getBytes(StandardCharsets.UTF_8), unique(names, text.fileName())));
        }
        return content;
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !names.add(candidate); n++) {
            candidate = dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
        }
        return candidate;
    }
}
