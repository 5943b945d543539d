package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lv.pietura.cases.CaseEventType;
import lv.pietura.cases.CaseHandling;
import lv.pietura.cases.CaseQueries;
import lv.pietura.cases.CaseRef;
import lv.pietura.cases.CaseRegistration;
import lv.pietura.cases.CaseState;
import lv.pietura.cases.CaseType;
import lv.pietura.cases.CaseView;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.DocumentPurpose;
import lv.pietura.cases.NewCase;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.ServiceDirectory;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;
import lv.pietura.files.SamplePdf;
import lv.pietura.files.SignatureCheck;
import lv.pietura.files.Signatures;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.TestSeals;
import lv.pietura.it.support.TestServices;
import lv.pietura.it.support.TestSignatures;
import lv.pietura.it.support.TestWorld;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.Role;
import lv.pietura.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Results sealed: the State Social Insurance Agency's seal key generated in the server's Elytron key store and
 * certified by the test's authority (as README, "Seals"), a time-stamping service of the same authority. A specialist
 * completes a pension case with its result sealed: the case holds the ASiC-E container of the decision and the notice,
 * sealed XAdES-BASELINE-T and valid in the same DSS validation as every signed file, and the client's e-address
 * receives the container. A byte changed in it makes it invalid. An expired seal certificate, a time-stamping service
 * that does not answer, an institution without a seal: each refused with its reason, the case left as it was.
 */
@ExtendWith(ArquillianExtension.class)
class SealsIT {

    private static final String VSAA = "90001634668";
    private static final String VSAA_NAME = "Valsts sociālās apdrošināšanas aģentūra";
    private static final String SERVICE = "VSAA-VECUMA-PENSIJA";
    private static final String ANNA = "010190-12349";
    private static final Set<String> CLERK = roles(Role.CLERK);
    private static final Set<String> SPECIALIST = roles(Role.SPECIALIST);

    private static TestSignatures authority;
    private static AutoCloseable timeStamping;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @Inject
    Signatures signatures;

    @Inject
    FileStore files;

    @EJB
    CaseRegistration registration;

    @EJB
    CaseHandling handling;

    @EJB
    CaseQueries queries;

    @EJB
    ServiceDirectory directory;

    @BeforeEach
    void theAgencysSealAndATimeStampingService() throws Exception {
        if (authority == null) {
            authority = TestSignatures.trusted(
                    Path.of(System.getProperty("pietura.signatures.trust-store")),
                    Path.of(System.getProperty("pietura.signatures.crl-dir")));
            TestSeals.issue(authority, VSAA, VSAA_NAME, false);
        }
        timeStamping = TestSeals.timeStamping(authority);
    }

    /** Each test's own (inside the server, where the test runs: its port must be free for the next class). */
    @AfterEach
    void stopTimeStamping() throws Exception {
        timeStamping.close();
    }

    @Test
    void theResultIsSealedWithATimeStampAndTheClientReceivesTheSealedContainer() throws Exception {
        CaseRef c = takenCase(ANNA, "Anna Ozola");
        assertThat(as("vsaa.specialist", SPECIALIST, () -> handling.sealAvailable()))
                .isTrue();

        run("vsaa.specialist", SPECIALIST, () -> {
            FileRef decision =
                    handling.uploadResult("lemums.pdf", new ByteArrayInputStream(SamplePdf.onePage("Lēmums")));
            handling.complete(
                    c.id(), version(c), "granted", "Pensija piešķirta no 01.03.2027.", List.of(decision), true);
        });

        CaseView done = as("vsaa.specialist", SPECIALIST, () -> queries.get(c.id()));
        assertThat(done.state()).isEqualTo(CaseState.COMPLETED);
        CaseView.DocumentView sealed = done.documents().stream()
                .filter(d -> d.purpose() == DocumentPurpose.SEALED_RESULT)
                .findFirst()
                .orElseThrow();
        assertThat(sealed.name()).isEqualTo("rezultats-" + c.number() + ".edoc");
        assertThat(sealed.mediaType()).isEqualTo("application/vnd.etsi.asic-e+zip");
        assertThat(done.events()).anySatisfy(e -> assertThat(e.type()).isEqualTo(CaseEventType.RESULT_SEALED));

        String sha = files.handle(sealed.fileId()).orElseThrow().sha256();
        SignatureCheck check = signatures.of(sha).orElseThrow();
        assertThat(check.result()).isEqualTo(SignatureCheck.Result.TOTAL_PASSED);
        assertThat(check.signedBy()).contains(VSAA_NAME);
        assertThat(check.signatureFormat())
                .as("time-stamped by the configured service")
                .isEqualTo("XAdES-BASELINE-T");
        byte[] container;
        try (InputStream in = files.open(sha)) {
            container = in.readAllBytes();
        }
        assertThat(entries(container)).contains("lemums.pdf", "pazinojums.txt");
        assertThat(new String(entry(container, "pazinojums.txt"), StandardCharsets.UTF_8))
                .contains(c.number(), "Pensija piešķirta no 01.03.2027.", VSAA_NAME);
        assertThat(authority.validate(container))
                .as("as the client's own software checks it")
                .isEqualTo("TOTAL_PASSED XAdES-BASELINE-T");

        assertThat(world.count(
                        "select count(f) from Message m join m.files f where f.name = ?1 and m.id ="
                                + " (select r.messageId from CaseResult r where r.caseId = ?2)",
                        sealed.name(),
                        c.id()))
                .as("the client's e-address receives the sealed container")
                .isEqualTo(1);
        assertThat(world.count(
                        "select count(f) from Message m join m.files f where m.id ="
                                + " (select r.messageId from CaseResult r where r.caseId = ?1)",
                        c.id()))
                .as("and only it: the decision is inside")
                .isEqualTo(1);

        byte[] changed =
                TestSignatures.replaceEntry(container, "lemums.pdf", SamplePdf.onePage("Lēmums: pensija atteikta"));
        FileRef forged = as(
                "adazi.clerk", CLERK, () -> registration.upload("rezultats.edoc", new ByteArrayInputStream(changed)));
        assertThat(signatures.of(forged.sha256()))
                .as("a byte changed in the sealed container")
                .hasValueSatisfying(
                        forgery -> assertThat(forgery.result()).isEqualTo(SignatureCheck.Result.TOTAL_FAILED));
    }

    @Test
    void anExpiredSealIsRefusedAndTheCaseStaysInProgress() throws Exception {
        CaseRef c = takenCase(ANNA, "Anna Ozola");
        TestSeals.issue(authority, VSAA, VSAA_NAME, true);
        try {
            assertThatThrownBy(() -> run(
                            "vsaa.specialist",
                            SPECIALIST,
                            () -> handling.complete(c.id(), version(c), "granted", null, List.of(), true)))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.messageKey()).isEqualTo("seal.expired");
                        assertThat(v.field()).isEqualTo("seal");
                    });
            assertThat(as(
                            "vsaa.specialist",
                            SPECIALIST,
                            () -> queries.get(c.id()).state()))
                    .isEqualTo(CaseState.IN_PROGRESS);
        } finally {
            TestSeals.issue(authority, VSAA, VSAA_NAME, false);
        }
    }

    @Test
    void withoutItsTimeStampTheSealIsRefusedAndTheCaseStaysInProgress() throws Exception {
        CaseRef c = takenCase(ANNA, "Anna Ozola");
        timeStamping.close();
        try {
            assertThatThrownBy(() -> run(
                            "vsaa.specialist",
                            SPECIALIST,
                            () -> handling.complete(c.id(), version(c), "granted", null, List.of(), true)))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("seal.timestamp"));
            CaseView still = as("vsaa.specialist", SPECIALIST, () -> queries.get(c.id()));
            assertThat(still.state()).isEqualTo(CaseState.IN_PROGRESS);
            assertThat(still.documents()).isEmpty();
        } finally {
            timeStamping = TestSeals.timeStamping(authority);
        }
    }

    @Test
    void anInstitutionWithoutASealIsNotOfferedOne() {
        TestWorld.Tenant holder = world.institution("Bezzīmoga aģentūra", 940_200, InstitutionKind.STATE_BODY);
        world.staff("bz.specialist", holder, null, Role.SPECIALIST);
        assertThat(as("bz.specialist", SPECIALIST, () -> handling.sealAvailable()))
                .isFalse();
        assertThat(as("vsaa.specialist", SPECIALIST, () -> handling.sealAvailable()))
                .isTrue();
    }

    private CaseRef takenCase(String clientCode, String clientName) {
        CaseRef c = as(
                "adazi.clerk",
                CLERK,
                () -> registration.register(NewCase.of(
                        ClientKind.PERSON,
                        clientCode,
                        clientName,
                        SERVICE,
                        CaseType.APPLICATION,
                        Channel.IN_PERSON,
                        TestServices.filledIntake(directory.inForce(SERVICE)))));
        run("vsaa.specialist", SPECIALIST, () -> handling.take(c.id(), version(c)));
        return c;
    }

    private int version(CaseRef c) {
        return as("vsaa.specialist", SPECIALIST, () -> queries.get(c.id()).version());
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static byte[] entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " is not in the container");
    }
}
