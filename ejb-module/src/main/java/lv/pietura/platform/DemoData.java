package lv.pietura.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data once, at start-up, into an empty database, and only when asked for
 * ({@code pietura.demo-data}, environment {@code PIETURA_DEMO_DATA}; nothing by default):
 * <ul>
 *   <li>{@code local}: the README's run command. The published passwords work as they are, but only on a
 *   server that listens on its own machine (the loopback address, WildFly's default); anywhere else this
 *   counts as {@code on}.</li>
 *   <li>{@code on}: the demo for a trial elsewhere; every demo staff member must choose a password of their
 *   own at the first sign-in, and the demo's e-address holders get none.</li>
 *   <li>{@code off} (the default): nothing.</li>
 * </ul>
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    OrganisationDemo organisation;

    @Inject
    CatalogueDemo catalogue;

    @Inject
    CasesDemo cases;

    @Inject
    EAddressDemo eaddress;

    @Inject
    VisitsDemo visits;

    @Inject
    SupportDemo support;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pietura.demo-data", defaultValue = "off")
    String mode;

    /** The passwords the demo's accounts get in {@code mode}, or empty when no demo is asked for. */
    static Optional<DemoPasswords> passwords(String mode, String bindAddress) {
        return switch (mode == null ? "off" : mode.strip().toLowerCase(Locale.ROOT)) {
            case "local" -> Optional.of(isLoopback(bindAddress) ? DemoPasswords.PUBLISHED : DemoPasswords.TEMPORARY);
            case "on" -> Optional.of(DemoPasswords.TEMPORARY);
            default -> Optional.empty();
        };
    }

    private static boolean isLoopback(String bindAddress) {
        if (bindAddress == null || bindAddress.isBlank()) {
            return true; // WildFly's public interface defaults to 127.0.0.1
        }
        try {
            return InetAddress.getByName(bindAddress.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @PostConstruct
    void loadWhenAskedFor() {
        Optional<DemoPasswords> asked = passwords(mode, System.getProperty("jboss.bind.address"));
        if (asked.isEmpty()) {
            return;
        }
        DemoPasswords passwords = asked.get();
        if (passwords == DemoPasswords.TEMPORARY && "local".equalsIgnoreCase(mode.strip())) {
            LOG.warning("pietura.demo-data=local on a server reachable from other machines: the demo's accounts"
                    + " must change their published password at the first sign-in.");
        }
        boolean loaded = false;
        if (!organisation.isLoaded()) {
            organisation.load(LocalDate.now(clock), clock.instant(), passwords);
            loaded = true;
        }
        if (!catalogue.isLoaded()) {
            catalogue.load(LocalDate.now(clock), clock.instant());
            loaded = true;
        }
        organisation.ensureCaseStaff(clock.instant(), passwords);
        if (!cases.isLoaded()) {
            cases.load(LocalDate.now(clock), clock.instant());
            loaded = true;
        }
        if (!visits.isLoaded()) {
            visits.load(LocalDate.now(clock), clock.instant());
            loaded = true;
        }
        if (!eaddress.isLoaded()) {
            eaddress.load(LocalDate.now(clock), clock.instant(), passwords);
            loaded = true;
        }
        if (!support.isLoaded()) {
            support.load(clock.instant());
            loaded = true;
        }
        if (loaded) {
            LOG.info(() -> "Demo data loaded (passwords " + passwords + "; see README.md for the demo sign-ins).");
            // The indicators of the demo's past year, built now rather than at night, for the dashboards.
            long execution = BatchRuntime.getJobOperator().start("kpi-daily", new Properties());
            LOG.info(() -> "Indicators of the demo cases are being built (job execution " + execution + ")");
        }
    }
}
