package lv.pietura.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives tests deploy: always the real EAR the build produced, so tests check what users run.
 * In-container tests add a small {@code test.war} module to it with the test classes and these helpers.
 */
public final class Deployments {

    private Deployments() {}

    /** The application as built ({@code pietura.ear}), for tests that use it from outside. */
    public static EnterpriseArchive application() {
        String path = System.getProperty("pietura.ear");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("System property pietura.ear must name the built EAR, got: " + path);
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /**
     * The application with every in-container test class (those of {@code lv.pietura.it}, not of its
     * sub-packages) in one test module, and what they need besides: the same archive for each of them, so that
     * {@link SharedDeployment} deploys it once for all of them (failsafe runs them one after another).
     */
    public static EnterpriseArchive inContainer() {
        return withTestModule(FormSignIn.class).addAsLibraries(jarOf(com.icegreen.greenmail.util.GreenMail.class));
    }

    /** The application with the in-container test classes and {@code helpers} in a module of their own. */
    private static EnterpriseArchive withTestModule(Class<?>... helpers) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "test.war")
                .addPackage("lv.pietura.it")
                .addClasses(helpers)
                .addClasses(
                        Deployments.class,
                        Identities.class,
                        TestWorld.class,
                        TestWorld.Tenant.class,
                        RegistrationNumbers.class,
                        PersonalCodes.class,
                        TestServices.class,
                        TestFiles.class,
                        TestMail.class,
                        TestSignatures.class,
                        TestSignatures.Certified.class,
                        TestSeals.class,
                        TestSeals.Operation.class,
                        ServerMetrics.class)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                // Elytron's API, to run a test step as a given staff member; the management client and an HTTP server,
                // to give an institution its seal and to answer for a time-stamping service (TestSeals).
                .addAsManifestResource(
                        new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron,"
                                + " org.jboss.as.controller-client, org.jboss.dmr, jdk.httpserver\n"),
                        "MANIFEST.MF");
        EnterpriseArchive ear = application().addAsModule(Testable.archiveToTest(tests));
        // The EAR's application.xml lists its modules; a module not listed there is not deployed.
        String descriptor = read(ear, "META-INF/application.xml")
                .replace(
                        "</application>",
                        "<module><web><web-uri>test.war</web-uri><context-root>/pietura-tests</context-root></web></module>"
                                + "</application>");
        ear.delete("META-INF/application.xml");
        return ear.addAsManifestResource(new StringAsset(descriptor), "application.xml");
    }

    /** The jar a class was loaded from on the test's class path, to ship it inside the test module. */
    public static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(EnterpriseArchive ear, String path) {
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
