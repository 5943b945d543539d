package lv.pietura.security;

import java.io.Serializable;
import java.util.Set;

/**
 * A member of staff as the identity provider's token describes them, its claims already mapped to
 * Pietura's terms ({@link OpenIdConnect}).
 *
 * @param institution the registration number of the institution they work for
 * @param centre      the id of their customer service centre in Pietura, or {@code null}
 * @param roles       the names of their Pietura roles
 */
public record FederatedStaff(
        String username, String fullName, String email, String institution, Long centre, Set<String> roles)
        implements Serializable {

    public FederatedStaff {
        roles = Set.copyOf(roles);
    }
}
