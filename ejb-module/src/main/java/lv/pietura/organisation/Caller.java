package lv.pietura.organisation;

import java.io.Serializable;
import java.util.Set;
import lv.pietura.audit.Actor;
import lv.pietura.files.FileOwner;

/** The signed-in staff member on whose behalf a facade runs, as the database knows them now. */
public record Caller(long staffId, String username, long institutionId, Long centreId, Set<Role> roles)
        implements Serializable {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Platform administrators and the supervising ministry see every institution; others their own. */
    public TenantScope scope() {
        return has(Role.PLATFORM_ADMIN) || has(Role.SUPERVISOR)
                ? TenantScope.everything()
                : TenantScope.of(institutionId);
    }

    /** The caller's own institution: the cases it handles (a specialist's worklists). */
    public TenantScope ownInstitution() {
        return TenantScope.of(institutionId);
    }

    /** The caller's own centre: the cases registered there; {@code null} when they work in none. */
    public TenantScope ownCentre() {
        return centreId == null ? null : TenantScope.ofCentre(centreId);
    }

    /** Scope for changes: only platform administrators change other institutions' data. */
    public TenantScope changeScope() {
        return has(Role.PLATFORM_ADMIN) ? TenantScope.everything() : TenantScope.of(institutionId);
    }

    public Actor actor() {
        return new Actor(username, institutionId);
    }

    /** The caller as the file store knows who holds a handle. */
    public FileOwner fileOwner() {
        return FileOwner.of(username, institutionId);
    }
}
