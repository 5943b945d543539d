package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lv.pietura.cases.CaseRegistration;
import lv.pietura.eaddress.Mailboxes;
import lv.pietura.eaddress.MessageView;
import lv.pietura.eaddress.Sending;
import lv.pietura.files.FileRef;
import lv.pietura.files.SamplePdf;
import lv.pietura.files.SignatureCheck;
import lv.pietura.files.Signatures;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.TestSignatures;
import lv.pietura.it.support.TestWorld;
import lv.pietura.organisation.Role;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signatures checked as files enter: the test makes its own certification authority (trusted through the server's
 * trust store, its revocation list in the CRL directory) and signers, signs ASiC-E containers (.edoc, XAdES) with DSS
 * and a clerk attaches them: a valid one is TOTAL_PASSED with its signer, time and format; one whose signed file was
 * changed afterwards TOTAL_FAILED (hash failure); one signed with an expired certificate and one of an unknown
 * authority INDETERMINATE; an unsigned PDF has no check; a container that cannot be read is refused.
 */
@ExtendWith(ArquillianExtension.class)
class SignaturesIT {

    private static final Set<String> CLERK = roles(Role.CLERK);
    private static TestSignatures authority;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @EJB
    CaseRegistration registration;

    @Inject
    Signatures signatures;

    @Inject
    TestWorld world;

    @EJB
    Sending sending;

    @EJB
    Mailboxes mailboxes;

    @BeforeEach
    void aTrustedAuthorityWithItsRevocationList() throws Exception {
        if (authority == null) {
            authority = TestSignatures.trusted(
                    Path.of(System.getProperty("pietura.signatures.trust-store")),
                    Path.of(System.getProperty("pietura.signatures.crl-dir")));
        }
    }

    @Test
    void aValidContainerShowsItsSignerTimeAndFormat() throws Exception {
        SignatureCheck check = attached(authority.edoc("Iesniegums par pabalstu", "Anna Ozola", false));
        assertThat(check.result()).isEqualTo(SignatureCheck.Result.TOTAL_PASSED);
        assertThat(check.signatures()).isEqualTo(1);
        assertThat(check.signedBy()).contains("Anna Ozola");
        assertThat(check.signatureFormat()).isEqualTo("XAdES-BASELINE-B");
        assertThat(check.signingTime()).isNotNull();
        assertThat(check.report()).contains("SimpleReport").contains("TOTAL_PASSED");
    }

    @Test
    void aSignedPdfAndAnAsicSContainerAreCheckedToo() throws Exception {
        FileRef pdf = as(
                "adazi.clerk",
                CLERK,
                () -> registration.upload(
                        "parakstits.pdf", new ByteArrayInputStream(authority.signedPdf("Māris Ozoliņš"))));
        assertThat(signatures.of(pdf.sha256())).hasValueSatisfying(check -> {
            assertThat(check.result()).isEqualTo(SignatureCheck.Result.TOTAL_PASSED);
            assertThat(check.signatureFormat()).isEqualTo("PAdES-BASELINE-B");
            assertThat(check.signedBy()).contains("Māris Ozoliņš");
        });
        FileRef asics = as(
                "adazi.clerk",
                CLERK,
                () -> registration.upload(
                        "viens.asics", new ByteArrayInputStream(authority.asics("Viens fails", "Dace Jansone"))));
        assertThat(asics.mediaType()).isEqualTo("application/vnd.etsi.asic-s+zip");
        assertThat(signatures.of(asics.sha256()))
                .hasValueSatisfying(check -> assertThat(check.result()).isEqualTo(SignatureCheck.Result.TOTAL_PASSED));
    }

    @Test
    void aSignedFileOfAMessageShowsItsCheckAndItsReport() throws Exception {
        byte[] edoc = authority.edoc("Atbilde uz iesniegumu", "Zane Siliņa", false);
        String id = as("adazi.clerk", CLERK, () -> {
            FileRef file = sending.upload("atbilde.edoc", new ByteArrayInputStream(edoc));
            return sending.send(
                    List.of("_DEFAULT@90000012827"), "Parakstīta atbilde", "Pielikumā.", List.of(file), null, null);
        });
        MessageView sent = as("adazi.clerk", CLERK, () -> mailboxes.open(id));
        assertThat(sent.files()).singleElement().satisfies(f -> {
            assertThat(f.signature()).isNotNull();
            assertThat(f.signature().valid()).isTrue();
            assertThat(f.signature().signedBy()).contains("Zane Siliņa");
        });
        String report = as(
                "adazi.clerk",
                CLERK,
                () -> mailboxes.signatureReport(id, sent.files().get(0).fileId()));
        assertThat(report).contains("Zane Siliņa").contains("TOTAL_PASSED");
        assertThatThrownBy(() -> as(
                        "cesis.clerk",
                        CLERK,
                        () -> mailboxes.signatureReport(id, sent.files().get(0).fileId())))
                .as("another institution's message: no such record")
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aContainerWhoseFileWasChangedAfterSigningFails() throws Exception {
        byte[] tampered = TestSignatures.replaceEntry(
                authority.edoc("Iesniegums par pabalstu, 100 EUR", "Jānis Bērziņš", false),
                "iesniegums.txt",
                "Iesniegums par pabalstu, 900 EUR".getBytes(StandardCharsets.UTF_8));
        SignatureCheck check = attached(tampered);
        assertThat(check.result()).isEqualTo(SignatureCheck.Result.TOTAL_FAILED);
        assertThat(check.subIndication()).isEqualTo("HASH_FAILURE");
    }

    @Test
    void aSignatureOfAnExpiredCertificateIsNotValid() throws Exception {
        SignatureCheck check = attached(authority.edoc("Vecs iesniegums", "Ilze Kalniņa", true));
        assertThat(check.result()).isEqualTo(SignatureCheck.Result.INDETERMINATE);
        assertThat(check.problems()).isNotBlank();
    }

    @Test
    void aSignatureOfAnUnknownAuthorityIsIndeterminate() throws Exception {
        SignatureCheck check = attached(TestSignatures.unknown().edoc("Nezināms", "Svešs Parakstītājs", false));
        assertThat(check.result()).isEqualTo(SignatureCheck.Result.INDETERMINATE);
        assertThat(check.subIndication()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
    }

    @Test
    void anUnsignedPdfHasNoCheckAndABrokenContainerIsRefused() throws Exception {
        FileRef pdf = as(
                "adazi.clerk",
                CLERK,
                () -> registration.upload("skenets.pdf", new ByteArrayInputStream(SamplePdf.onePage("skenets"))));
        assertThat(signatures.of(pdf.sha256())).isEmpty();
        byte[] broken = TestSignatures.replaceEntry(
                authority.edoc("Salauzts", "Laura Vītola", false),
                "META-INF/signatures001.xml",
                "<nav-paraksts".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> as(
                        "adazi.clerk",
                        CLERK,
                        () -> registration.upload("salauzts.edoc", new ByteArrayInputStream(broken))))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems().get(0).messageKey()).isEqualTo("file.signature.unreadable"));
    }

    @Test
    void aZipBombIsRefusedAndNothingIsStored() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.etsi.asic-e+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("iesniegums.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros); // 300 MB of zeros, a few hundred KB packed
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("<manifest/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(2_000_000);
        long stored = world.count("select count(f) from StoredFile f");
        assertThatThrownBy(() -> as(
                        "adazi.clerk", CLERK, () -> registration.upload("bumba.edoc", new ByteArrayInputStream(bomb))))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems().get(0).messageKey()).isEqualTo("file.signature.unreadable"));
        assertThat(world.count("select count(f) from StoredFile f")).isEqualTo(stored);
    }

    private SignatureCheck attached(byte[] edoc) {
        FileRef file =
                as("adazi.clerk", CLERK, () -> registration.upload("iesniegums.edoc", new ByteArrayInputStream(edoc)));
        assertThat(file.mediaType()).isEqualTo("application/vnd.etsi.asic-e+zip");
        return signatures.of(file.sha256()).orElseThrow(() -> new AssertionError("no signature check kept"));
    }
}
