package lv.pietura.it.support;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.asic.xades.ASiCWithXAdESSignatureParameters;
import eu.europa.esig.dss.asic.xades.signature.ASiCWithXAdESService;
import eu.europa.esig.dss.enumerations.ASiCContainerType;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * A certification authority of the test's own, trusted by the test server (written into its signatures' trust store,
 * with its revocation list in the CRL directory), its signers, and ASiC-E containers (.edoc, XAdES-BASELINE-B) they
 * sign with DSS, as a client's signing software would.
 */
public final class TestSignatures {

    /** The trust store's password (the server's default). */
    public static final String PASSWORD = "changeit";

    private static final long DAY = 86_400_000L;
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private final KeyPair keys;
    private final X500Name name;
    private final X509Certificate certificate;

    private TestSignatures(String commonName) throws Exception {
        keys = keys();
        name = new X500Name("CN=" + commonName + ",O=Pietura,C=LV");
        long now = System.currentTimeMillis();
        certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.valueOf(SERIAL.incrementAndGet()),
                                new Date(now - 10 * DAY),
                                new Date(now + 3650 * DAY),
                                name,
                                keys.getPublic())
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    /** An authority the server trusts from now on: its certificate in {@code trustStore}, its CRL in {@code crls}. */
    public static TestSignatures trusted(Path trustStore, Path crls) throws Exception {
        TestSignatures authority = new TestSignatures("Pietura Testa CA");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("pietura-testa-ca", authority.certificate);
        Files.createDirectories(trustStore.getParent());
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trust.store(out, PASSWORD.toCharArray());
        }
        Files.createDirectories(crls);
        Files.write(crls.resolve("pietura-testa-ca.crl"), authority.crl());
        return authority;
    }

    /** An authority nobody trusts. */
    public static TestSignatures unknown() throws Exception {
        return new TestSignatures("Cita CA");
    }

    /** An ASiC-E container of one text file signed by {@code signer}, whose certificate this authority issued. */
    public byte[] edoc(String text, String signer, boolean expired) throws Exception {
        return container(ASiCContainerType.ASiC_E, text, signer, expired);
    }

    /** An ASiC-S container (one signed file) of one text file signed by {@code signer}. */
    public byte[] asics(String text, String signer) throws Exception {
        return container(ASiCContainerType.ASiC_S, text, signer, false);
    }

    /** A one-page PDF (PDFBox) with a PAdES-BASELINE-B signature of {@code signer}. */
    public byte[] signedPdf(String signer) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf);
        }
        Certified certified = certify(signer, false);
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setSigningCertificate(new CertificateToken(certified.certificate()));
        parameters.setCertificateChain(List.of(new CertificateToken(certificate)));
        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        DSSDocument document = new InMemoryDocument(pdf.toByteArray(), "iesniegums.pdf");
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        SignatureValue value = value(
                toBeSigned, parameters.getEncryptionAlgorithm(), parameters.getDigestAlgorithm(), certified.key());
        return bytes(service.signDocument(document, parameters, value));
    }

    /** A key and the certificate this authority issued for it. */
    public record Certified(PrivateKey key, X509Certificate certificate) {}

    /** This authority's own certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * The certificate of a seal this authority issues upon a certificate request (PKCS#10, PEM) made where the key is,
     * valid for a year, or expired yesterday.
     */
    public X509Certificate certifySeal(String certificateRequestPem, boolean expired) throws Exception {
        PKCS10CertificationRequest request;
        try (PEMParser parser = new PEMParser(new StringReader(certificateRequestPem))) {
            request = (PKCS10CertificationRequest) parser.readObject();
        }
        long now = System.currentTimeMillis();
        return new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.valueOf(SERIAL.incrementAndGet()),
                                new Date(now - 5 * DAY),
                                new Date(expired ? now - DAY : now + 365 * DAY),
                                request.getSubject(),
                                new JcaPKCS10CertificationRequest(request).getPublicKey())
                        .addExtension(
                                Extension.keyUsage,
                                true,
                                new KeyUsage(KeyUsage.nonRepudiation | KeyUsage.digitalSignature))
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    /** The key and certificate of a time-stamping unit of this authority (extended key usage: time-stamping only). */
    public Certified timeStampingUnit() throws Exception {
        KeyPair unitKeys = keys();
        long now = System.currentTimeMillis();
        X509Certificate unit = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.valueOf(SERIAL.incrementAndGet()),
                                new Date(now - 5 * DAY),
                                new Date(now + 365 * DAY),
                                new X500Name("CN=Pietura Testa laika zīmogi,O=Pietura,C=LV"),
                                unitKeys.getPublic())
                        .addExtension(
                                Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        return new Certified(unitKeys.getPrivate(), unit);
    }

    /**
     * What DSS makes of a signed file (as a client's software would check a document it received) against this
     * authority alone, offline: the indication of its one signature, and its format.
     */
    public String validate(byte[] signed) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(certificate));
        verifier.setTrustedCertSources(trusted);
        verifier.setCrlSource(new ExternalResourcesCRLSource(new InMemoryDocument(crl())));
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(signed));
        validator.setCertificateVerifier(verifier);
        SimpleReport report = validator.validateDocument().getSimpleReport();
        String id = report.getFirstSignatureId();
        return report.getIndication(id) + " " + report.getSignatureFormat(id);
    }

    private byte[] crl() {
        try {
            long now = System.currentTimeMillis();
            return new X509v2CRLBuilder(name, new Date(now - 3_600_000L))
                    .setNextUpdate(new Date(now + 7 * DAY))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()))
                    .getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Certified certify(String signer, boolean expired) throws Exception {
        KeyPair signerKeys = keys();
        long now = System.currentTimeMillis();
        X509Certificate signerCertificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.valueOf(SERIAL.incrementAndGet()),
                                new Date(now - 5 * DAY),
                                new Date(expired ? now - DAY : now + 365 * DAY),
                                new X500Name("CN=" + signer + ",C=LV"),
                                signerKeys.getPublic())
                        .addExtension(
                                Extension.keyUsage,
                                true,
                                new KeyUsage(KeyUsage.nonRepudiation | KeyUsage.digitalSignature))
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        return new Certified(signerKeys.getPrivate(), signerCertificate);
    }

    private byte[] container(ASiCContainerType type, String text, String signer, boolean expired) throws Exception {
        Certified certified = certify(signer, expired);
        DSSDocument document = new InMemoryDocument(text.getBytes(StandardCharsets.UTF_8), "iesniegums.txt");
        ASiCWithXAdESSignatureParameters parameters = new ASiCWithXAdESSignatureParameters();
        parameters.aSiC().setContainerType(type);
        parameters.setSignatureLevel(SignatureLevel.XAdES_BASELINE_B);
        parameters.setSigningCertificate(new CertificateToken(certified.certificate()));
        parameters.setCertificateChain(List.of(new CertificateToken(certificate)));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setAlertOnExpiredCertificate(new SilentOnStatusAlert());
        ASiCWithXAdESService service = new ASiCWithXAdESService(verifier);
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        SignatureValue value = value(
                toBeSigned, parameters.getEncryptionAlgorithm(), parameters.getDigestAlgorithm(), certified.key());
        return bytes(service.signDocument(document, parameters, value));
    }

    /** What the signer's key makes of the data to be signed, as a signing token would. */
    private static SignatureValue value(
            ToBeSigned toBeSigned, EncryptionAlgorithm encryption, DigestAlgorithm digest, PrivateKey key)
            throws Exception {
        SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(encryption, digest);
        Signature signature = Signature.getInstance(algorithm.getJCEId());
        signature.initSign(key);
        signature.update(toBeSigned.getBytes());
        return new SignatureValue(algorithm, signature.sign());
    }

    private static byte[] bytes(DSSDocument document) throws IOException {
        try (InputStream in = document.openStream()) {
            return in.readAllBytes();
        }
    }

    /** The container with one entry's bytes replaced (the rest as they were, the mimetype first and stored). */
    public static byte[] replaceEntry(byte[] zip, String entryName, byte[] replacement) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] data = entry.getName().equals(entryName) ? replacement : in.readAllBytes();
                ZipEntry next = new ZipEntry(entry.getName());
                if (entry.getName().equals("mimetype")) {
                    next.setMethod(ZipEntry.STORED);
                    next.setSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    next.setCrc(crc.getValue());
                }
                copy.putNextEntry(next);
                copy.write(data);
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
