package lv.pietura.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import lv.pietura.shared.RoleNames;

/**
 * Form sign-in on {@code /login}: a protected page sends the visitor there and, once signed in, back
 * to the page they asked for. The identity store is {@link StaffIdentityStore}.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({RoleNames.PLATFORM_ADMIN, RoleNames.INSTITUTION_ADMIN, RoleNames.SERVICE_MANAGER, RoleNames.CLERK,
        RoleNames.SPECIALIST, RoleNames.SUPERVISOR})
public class SecurityConfiguration {
}
