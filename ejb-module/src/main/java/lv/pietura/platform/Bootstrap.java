package lv.pietura.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import lv.pietura.organisation.FirstAdministrator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first platform administrator of a new installation from configuration (environment
 * variables, system properties), once, while there is none:
 * <ul>
 *   <li>{@code PIETURA_BOOTSTRAP_ADMIN_PASSWORD}: the temporary password (without it nothing happens);</li>
 *   <li>{@code PIETURA_BOOTSTRAP_ADMIN_USERNAME} (default {@code admin}), {@code PIETURA_BOOTSTRAP_ADMIN_NAME},
 *       {@code PIETURA_BOOTSTRAP_ADMIN_EMAIL};</li>
 *   <li>{@code PIETURA_BOOTSTRAP_OPERATOR_NAME} and {@code PIETURA_BOOTSTRAP_OPERATOR_REGISTRATION_NUMBER}: the
 *       institution that operates the installation.</li>
 * </ul>
 * Runs after the demo data, so the embedded demo (which has its own administrator) is left alone.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pietura.bootstrap.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "pietura.bootstrap.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "pietura.bootstrap.admin.name", defaultValue = "Platformas administrators")
    String fullName;

    @Inject
    @ConfigProperty(name = "pietura.bootstrap.admin.email", defaultValue = "admin@localhost.localdomain")
    String email;

    @Inject
    @ConfigProperty(name = "pietura.bootstrap.operator.name", defaultValue = "Platformas uzturētājs")
    String operatorName;

    @Inject
    @ConfigProperty(name = "pietura.bootstrap.operator.registration-number")
    Optional<String> operatorNumber;

    @PostConstruct
    void createFirstAdministratorIfNeeded() {
        if (!firstAdministrator.needed()) {
            return;
        }
        if (password.isEmpty() || operatorNumber.isEmpty()) {
            LOG.warning(
                    "No platform administrator exists and none can sign in. Set PIETURA_BOOTSTRAP_ADMIN_PASSWORD and "
                            + "PIETURA_BOOTSTRAP_OPERATOR_REGISTRATION_NUMBER (see docs/operations.md) and restart.");
            return;
        }
        try {
            firstAdministrator.create(
                    operatorName,
                    operatorNumber.get(),
                    username,
                    fullName,
                    email,
                    password.get().toCharArray(),
                    LocalDate.now(clock),
                    clock.instant());
            LOG.info(() -> "First platform administrator '" + username
                    + "' created; the password must be changed at the" + " first sign-in.");
        } catch (RuntimeException e) {
            LOG.severe("The first platform administrator could not be created from the bootstrap settings: " + e);
        }
    }
}
