package lv.pietura.organisation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import lv.pietura.shared.LocalizedName;

/** The signed-in person's own account, as shown on their profile page and the home page. */
public record ProfileView(String username, String fullName, String email, long institutionId,
        LocalizedName institutionName,
        Long centreId, String centreName, Set<Role> roles, Instant lastSignInAt, Instant passwordChangedAt, boolean mustChangePassword,
        AgreementView agreement, boolean federated) implements Serializable {
}
