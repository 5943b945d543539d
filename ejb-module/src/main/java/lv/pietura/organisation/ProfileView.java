package lv.pietura.organisation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import lv.pietura.shared.LocalizedName;

/** The signed-in person's own account, as shown on their profile page and the home page. */
public record ProfileView(
        String username,
        String fullName,
        String email,
        long institutionId,
        LocalizedName institutionName,
        Long centreId,
        String centreName,
        Set<Role> roles,
        Instant lastSignInAt,
        Instant passwordChangedAt,
        boolean mustChangePassword,
        AgreementView agreement,
        boolean federated)
        implements Serializable {

    /**
     * The roles are copied: the account's own set is Hibernate's collection, which would drag the entity into
     * the session (and fail its replication on a cluster, or its passivation when a server stops).
     */
    public ProfileView {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
}
