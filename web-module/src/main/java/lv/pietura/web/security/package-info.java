/**
 * The web side of signing in: the sign-in page and signing out, the identity stores that
 * {@link lv.pietura.security.StaffAuthentication} (the mechanism, in the EJB module) asks
 * ({@link lv.pietura.web.security.StaffIdentityStore} through the organisation's {@code SignIn},
 * {@link lv.pietura.web.security.HolderIdentityStore} through the e-address's {@code HolderSignIn}), the
 * return from single sign-on, the security constraints and roles of the pages and the API, and the
 * filters every request passes (its origin for the audit, a changed password first, no session for the
 * API, parameters readable as text).
 */
package lv.pietura.web.security;
