package lv.pietura.cases;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Looked up once per type: the registry's lookup searches its meters (4 % of a registration's CPU). */
    private final Map<CaseType, Counter> registeredByType = new ConcurrentHashMap<>();

    void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseRegistered registered) {
        registeredByType
                .computeIfAbsent(
                        registered.type(),
                        type -> registry.counter(
                                "pietura.cases.registered", "type", type.name().toLowerCase(Locale.ROOT)))
                .increment();
    }
}
