package lv.pietura.organisation;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import lv.pietura.shared.RoleNames;

/**
 * What a staff member may do. The names are the security roles of the EJBs and pages
 * ({@link RoleNames} holds them as constants).
 */
public enum Role {
    /** Onboards institutions, centres and agreements; sees every institution. */
    PLATFORM_ADMIN,
    /** Manages the staff accounts of their own institution. */
    INSTITUTION_ADMIN,
    /** Describes and publishes their institution's services. */
    SERVICE_MANAGER,
    /** Client consultant in a centre. */
    CLERK,
    /** Handles the cases of their institution's services. */
    SPECIALIST,
    /** The supervising ministry: reads figures across all institutions, changes nothing. */
    SUPERVISOR,
    /**
     * The institution's data protection officer: answers a person's request for their data (GDPR art. 15) with an
     * export of what the institution holds about them in Pietura.
     */
    DATA_PROTECTION_OFFICER,
    /**
     * An e-service portal (a system, not a person) submitting clients' applications through the API for
     * its institution; it signs in with HTTP Basic on the API only.
     */
    PORTAL;

    /** Roles an institution administrator may give to staff of their own institution. */
    public static final Set<Role> GRANTED_BY_INSTITUTION_ADMIN =
            EnumSet.of(INSTITUTION_ADMIN, SERVICE_MANAGER, CLERK, SPECIALIST, DATA_PROTECTION_OFFICER);

    /**
     * The security groups a sign-in with these roles carries: the roles' names, and {@link RoleNames#STAFF} when any
     * of them is a person's (every role but a portal's), for what every staff member may do.
     */
    public static Set<String> groups(Set<Role> roles) {
        Set<String> groups = new HashSet<>();
        roles.forEach(role -> groups.add(role.name()));
        if (roles.stream().anyMatch(role -> role != PORTAL)) {
            groups.add(RoleNames.STAFF);
        }
        return groups;
    }
}
