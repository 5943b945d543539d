package lv.pietura.it.support;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs a step of an in-container test as a signed-in staff member: the same kind of identity the
 * web tier's Jakarta Security sign-in creates (a name and the roles from the identity store, with the group every
 * staff member's sign-in carries).
 */
public final class Identities {

    private Identities() {}

    public static <T> T as(String username, Set<String> roles, Callable<T> work) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("No Elytron security domain is associated with the test deployment");
        }
        SecurityIdentity identity = domain.createAdHocIdentity(username)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(withStaffGroup(roles))));
        try {
            return identity.runAs(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The groups a real sign-in with these roles carries: a staff member's also the group every staff member has. */
    private static Set<String> withStaffGroup(Set<String> roles) {
        Set<String> groups = new HashSet<>(roles);
        if (roles.stream().anyMatch(role -> !role.equals("PORTAL") && !role.equals("EADDRESS_HOLDER"))) {
            groups.add("STAFF");
        }
        return groups;
    }

    public static void run(String username, Set<String> roles, Runnable work) {
        as(username, roles, () -> {
            work.run();
            return null;
        });
    }
}
