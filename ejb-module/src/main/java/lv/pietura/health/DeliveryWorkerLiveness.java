package lv.pietura.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live only while the e-address delivery worker's timer fires: a server whose timer service stopped would
 * accept messages and never deliver them, and is better restarted. Served at {@code /health/live}.
 */
@ApplicationScoped
@Liveness
public class DeliveryWorkerLiveness implements HealthCheck {

    @Inject
    DeliveryPulse pulse;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("e-address delivery worker")
                .status(pulse.alive())
                .withData("queue", pulse.waiting());
        pulse.lastFired().ifPresent(at -> response.withData("lastFired", at.toString()));
        return response.build();
    }
}
