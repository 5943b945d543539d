package lv.pietura.it.browser;

import java.net.URL;
import lv.pietura.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A journey through the deployed application as users drive it: the EAR as built, a headless Chromium
 * that finds the application as a new one would (shared by the classes, see {@link Browser}), and the application's
 * address.
 */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserJourney {

    /** The password of every demo account (README.md). */
    static final String DEMO_PASSWORD = "Pietura-demo-2026";

    @RegisterExtension
    static Browser browser = Browser.sharedByTheClasses();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Pages pages() {
        return new Pages(browser, base);
    }
}
