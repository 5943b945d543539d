package lv.pietura.organisation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import lv.pietura.shared.LocalizedName;

public record StaffView(
        long id,
        int version,
        String username,
        String fullName,
        String email,
        long institutionId,
        LocalizedName institutionName,
        Long centreId,
        String centreName,
        Set<Role> roles,
        boolean active,
        boolean locked,
        Instant lockedUntil,
        boolean mustChangePassword,
        Instant lastSignInAt,
        Instant createdAt)
        implements Serializable {

    static StaffView of(StaffAccount account, Instant now) {
        Centre centre = account.centre();
        return new StaffView(
                account.id(),
                account.version(),
                account.username(),
                account.fullName(),
                account.email(),
                account.institution().id(),
                account.institution().name(),
                centre == null ? null : centre.id(),
                centre == null ? null : centre.name(),
                Set.copyOf(account.roles()),
                account.active(),
                account.isLocked(now),
                account.lockedUntil(),
                account.mustChangePassword(),
                account.lastSignInAt(),
                account.createdAt());
    }
}
