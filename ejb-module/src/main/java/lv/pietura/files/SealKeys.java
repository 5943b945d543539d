package lv.pietura.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.X509KeyManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.as.server.CurrentServiceContainer;
import org.jboss.msc.service.ServiceController;
import org.jboss.msc.service.ServiceName;

/**
 * The institutions' seal keys, which live in WildFly and never in the database or the repository: an Elytron key
 * store (a PKCS#12 file of the server's, or an HSM through PKCS#11) with one key entry per institution, under the
 * institution's registration number, read through the Elytron key manager {@code pietura.seals.key-manager}
 * ({@code pietura-seals}, set up by {@code wildfly-config/pietura.cli}). Keys are generated, certified and imported
 * with the key store's own management operations (README, "Seals"); the key manager's {@code init} makes a new one
 * seen without a restart.
 */
@ApplicationScoped
public class SealKeys {

    private static final Logger LOG = Logger.getLogger(SealKeys.class.getName());

    /** The MSC service of an Elytron key manager: its capability's name and the resource's. */
    private static final String KEY_MANAGER_CAPABILITY = "org.wildfly.security.key-manager";

    @Inject
    @ConfigProperty(name = "pietura.seals.key-manager", defaultValue = "pietura-seals")
    String keyManagerName;

    /** An institution's seal: its key and certificate chain (the seal's certificate first). */
    public record SealKey(PrivateKey key, List<X509Certificate> chain) {

        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /** The seal of the institution with this registration number, if the server holds one. */
    public Optional<SealKey> of(String registrationNumber) {
        if (registrationNumber == null) {
            return Optional.empty();
        }
        return keyManager().flatMap(manager -> {
            PrivateKey key = manager.getPrivateKey(registrationNumber);
            X509Certificate[] chain = manager.getCertificateChain(registrationNumber);
            return key == null || chain == null || chain.length == 0
                    ? Optional.empty()
                    : Optional.of(new SealKey(key, List.of(chain)));
        });
    }

    private Optional<X509KeyManager> keyManager() {
        ServiceController<?> service = CurrentServiceContainer.getServiceContainer()
                .getService(ServiceName.parse(KEY_MANAGER_CAPABILITY).append(keyManagerName));
        if (service == null || service.getState() != ServiceController.State.UP) {
            LOG.log(Level.FINE, "No key manager {0} in the server: no seals", keyManagerName);
            return Optional.empty();
        }
        return service.getValue() instanceof X509KeyManager manager ? Optional.of(manager) : Optional.empty();
    }
}
