package lv.pietura.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Migrates the schema while Hibernate builds the persistence unit, before it validates the mapping
 * (a {@code @Startup} bean or a CDI start-up observer would run after validation, which then fails on
 * a fresh database). Registered in {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 * <p>
 * The JBeret job repository shares the schema and creates its tables at server boot, so a fresh
 * database is never empty: baseline at version 0, or Flyway would skip V1 as "below the baseline".
 */
public class FlywayMigrations implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry().getService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        Flyway.configure(FlywayMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
            org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
