package lv.pietura.platform;

import java.sql.Connection;
import java.sql.SQLException;
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
 * <p>
 * On PostgreSQL the migrations of {@code db/postgresql} run too (indexes only PostgreSQL has, such as
 * trigram indexes for searches by part of a word, and the audit tables' grants), on H2 those of
 * {@code db/h2}. A version in {@code db/migration} is used nowhere else; one version may be in both
 * {@code db/postgresql} and {@code db/h2} when it is the same step written in each database's SQL.
 */
public class FlywayMigrations implements Integrator {

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory
                .getServiceRegistry()
                .getService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        Flyway.configure(FlywayMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(
                        isPostgreSql(dataSource)
                                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                                : new String[] {"classpath:db/migration", "classpath:db/h2"})
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database PieturaDS is", e);
        }
    }

    @Override
    public void disintegrate(
            SessionFactoryImplementor sessionFactory,
            org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
