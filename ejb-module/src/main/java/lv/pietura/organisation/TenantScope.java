package lv.pietura.organisation;

import java.io.Serializable;

/**
 * Which institutions' data a query may see: one institution, or all of them (platform administrators
 * and the supervising ministry). Every repository query of institution-owned data takes one.
 */
public record TenantScope(Long institutionId) implements Serializable {

    public static TenantScope everything() {
        return new TenantScope(null);
    }

    public static TenantScope of(long institutionId) {
        return new TenantScope(institutionId);
    }

    public boolean isEverything() {
        return institutionId == null;
    }

    public boolean includes(Long otherInstitutionId) {
        return institutionId == null || institutionId.equals(otherInstitutionId);
    }
}
