/**
 * Security: how callers sign in, below every business area. The HTTP authentication mechanism
 * ({@link lv.pietura.security.StaffAuthentication}: the sign-in form, HTTP Basic on the API, single
 * sign-on with {@link lv.pietura.security.OpenIdConnect}), the throttle of failed sign-ins per client
 * address, the API's short memory of verified credentials, and password hashing (PBKDF2).
 * <p>
 * Nothing here reads an account: the areas that keep accounts answer through the interfaces defined here,
 * {@link lv.pietura.security.StaffIdentities} (organisation) and {@link lv.pietura.security.HolderIdentities}
 * (e-address), so no dependency runs from this package up into an area.
 */
package lv.pietura.security;
