package lv.pietura.organisation;

import java.io.Serializable;

/**
 * Whose data a query may see: everything (platform administrators and the supervising ministry), one
 * institution's, or one customer service centre's (the cases registered there and their figures). Every
 * repository query of institution- or centre-owned data takes one; {@link Caller} makes them.
 *
 * @param institutionId the institution, or {@code null}
 * @param centreId      the centre, or {@code null}; never together with an institution
 */
public record TenantScope(Long institutionId, Long centreId) implements Serializable {

    /** How far a scope reaches. */
    public enum Reach {
        EVERYTHING,
        INSTITUTION,
        CENTRE
    }

    public TenantScope {
        if (institutionId != null && centreId != null) {
            throw new IllegalArgumentException("a scope is an institution's or a centre's, not both");
        }
    }

    public static TenantScope everything() {
        return new TenantScope(null, null);
    }

    public static TenantScope of(long institutionId) {
        return new TenantScope(institutionId, null);
    }

    public static TenantScope ofCentre(long centreId) {
        return new TenantScope(null, centreId);
    }

    public Reach reach() {
        return centreId != null ? Reach.CENTRE : institutionId != null ? Reach.INSTITUTION : Reach.EVERYTHING;
    }

    public boolean isEverything() {
        return reach() == Reach.EVERYTHING;
    }

    /** Whether a record of {@code otherInstitutionId} is within the scope (a centre's scope holds none whole). */
    public boolean includes(Long otherInstitutionId) {
        return switch (reach()) {
            case EVERYTHING -> true;
            case INSTITUTION -> institutionId.equals(otherInstitutionId);
            case CENTRE -> false;
        };
    }

    /**
     * The institution a query of institution-owned data narrows to, {@code null} for everything. A centre's
     * scope is refused here: it would read as everything.
     */
    public Long institution() {
        if (reach() == Reach.CENTRE) {
            throw new IllegalStateException("a centre's scope names no institution");
        }
        return institutionId;
    }
}
