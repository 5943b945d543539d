package lv.pietura.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import lv.pietura.shared.RoleNames;

/**
 * The security roles of the pages and the API. Signing in is {@link lv.pietura.security.StaffAuthentication}: the form on
 * {@code /login} for people, HTTP Basic on the API for e-service portals; the identity store is
 * {@link StaffIdentityStore} for both.
 */
@ApplicationScoped
@DeclareRoles({
    RoleNames.PLATFORM_ADMIN,
    RoleNames.INSTITUTION_ADMIN,
    RoleNames.SERVICE_MANAGER,
    RoleNames.CLERK,
    RoleNames.SPECIALIST,
    RoleNames.SUPERVISOR,
    RoleNames.PORTAL,
    RoleNames.EADDRESS_HOLDER
})
public class SecurityConfiguration {}
