package lv.pietura.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import lv.pietura.cases.CasesDemo;
import lv.pietura.eaddress.EAddressDemo;
import lv.pietura.catalogue.CatalogueDemo;
import lv.pietura.organisation.OrganisationDemo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Loads demo data once, at start-up, into an empty embedded (H2) database, so that the README's run
 * command shows a working system. Not on any other database unless asked for: a production PostgreSQL
 * is never touched by default. {@code pietura.demo-data=off} switches it off on H2 too; {@code on} loads it
 * into an empty PostgreSQL as well (the test suite's run on PostgreSQL).
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationDemo organisation;

    @Inject
    CatalogueDemo catalogue;

    @Inject
    CasesDemo cases;

    @Inject
    EAddressDemo eaddress;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pietura.demo-data", defaultValue = "auto")
    String mode;

    @PostConstruct
    void loadWhenEmbedded() {
        if ("off".equalsIgnoreCase(mode)) {
            return;
        }
        String product = em.unwrap(Session.class).doReturningWork(c -> c.getMetaData().getDatabaseProductName());
        if (!"on".equalsIgnoreCase(mode) && !"H2".equalsIgnoreCase(product)) {
            LOG.info(() -> "Database is " + product + ": no demo data is loaded.");
            return;
        }
        boolean loaded = false;
        if (!organisation.isLoaded()) {
            organisation.load(LocalDate.now(clock), clock.instant());
            loaded = true;
        }
        if (!catalogue.isLoaded()) {
            catalogue.load(LocalDate.now(clock), clock.instant());
            loaded = true;
        }
        organisation.ensureCaseStaff(clock.instant());
        if (!cases.isLoaded()) {
            cases.load(LocalDate.now(clock), clock.instant());
            loaded = true;
        }
        if (!eaddress.isLoaded()) {
            eaddress.load(LocalDate.now(clock), clock.instant());
            loaded = true;
        }
        if (loaded) {
            LOG.info("Demo data loaded into the embedded database (see README.md for the demo sign-ins).");
            // The indicators of the demo's past year, built now rather than at night, for the dashboards.
            long execution = jakarta.batch.runtime.BatchRuntime.getJobOperator().start("kpi-daily", new java.util.Properties());
            LOG.info(() -> "Indicators of the demo cases are being built (job execution " + execution + ")");
        }
    }
}
