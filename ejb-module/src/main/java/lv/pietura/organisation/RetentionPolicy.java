package lv.pietura.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import lv.pietura.shared.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a closed case is kept before its personal data is erased (GDPR art. 5: no longer than its purpose and
 * the archive rules require): a service's own period, else its institution's default, else the platform's
 * ({@code pietura.retention.default-years}, 5). None may be shorter than the legal minimum
 * ({@code pietura.retention.minimum-years}, 2: a decision may still be contested, and the ministry's yearly report
 * is made from the year before) or longer than {@link #MAXIMUM_YEARS}.
 */
@ApplicationScoped
public class RetentionPolicy {

    public static final int MAXIMUM_YEARS = 100;

    @Inject
    @ConfigProperty(name = "pietura.retention.minimum-years", defaultValue = "2")
    int minimumYears;

    @Inject
    @ConfigProperty(name = "pietura.retention.default-years", defaultValue = "5")
    int defaultYears;

    /** The platform's default period and the legal minimum. */
    public record Bounds(int defaultYears, int minimumYears) implements java.io.Serializable {}

    public Bounds bounds() {
        return new Bounds(defaultYears(), minimumYears);
    }

    public int minimumYears() {
        return minimumYears;
    }

    /** The platform's period, for an institution that set none (never below the minimum). */
    public int defaultYears() {
        return Math.max(defaultYears, minimumYears);
    }

    /**
     * A period someone sets: none (the next one up applies) or whole years within the law's bounds.
     *
     * @throws RuleViolation {@code retention.tooShort} or {@code retention.tooLong} on {@code field}
     */
    public void check(Integer years, String field) {
        if (years == null) {
            return;
        }
        if (years < minimumYears) {
            throw RuleViolation.ofField(field, "retention.tooShort", minimumYears);
        }
        if (years > MAXIMUM_YEARS) {
            throw RuleViolation.ofField(field, "retention.tooLong", MAXIMUM_YEARS);
        }
    }
}
