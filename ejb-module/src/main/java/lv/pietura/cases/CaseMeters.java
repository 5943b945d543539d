package lv.pietura.cases;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Counts the cases registered, by type, once their transaction has committed (a refused or rolled back
 * registration counts nothing). Served with WildFly's own meters by the micrometer subsystem as
 * {@code pietura_cases_registered_total{type="application"|"consultation"}}.
 * <p>
 * Meters are made with the registry's own methods, not with {@code Counter.builder(..).register(..)}:
 * WildFly 39 hands each deployment a wrapper that forwards only those to the registry it serves.
 */
@ApplicationScoped
class CaseMeters {

    @Inject
    MeterRegistry registry;

    void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseRegistered registered) {
        registry.counter("pietura.cases.registered", "type", registered.type().name().toLowerCase(Locale.ROOT))
                .increment();
    }
}
