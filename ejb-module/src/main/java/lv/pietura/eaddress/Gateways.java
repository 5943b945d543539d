package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Chooses the e-address gateway by {@code pietura.eaddress.gateway}: {@code internal} (the default). */
@ApplicationScoped
class Gateways {

    @Inject
    @ConfigProperty(name = "pietura.eaddress.gateway", defaultValue = "internal")
    String chosen;

    @Inject
    InternalMailbox internal;

    @Produces
    @Chosen
    EAddressGateway gateway() {
        if ("internal".equals(chosen)) {
            return internal;
        }
        throw new IllegalStateException(
                "pietura.eaddress.gateway=" + chosen + " names no e-address gateway; the one available is 'internal'");
    }
}
