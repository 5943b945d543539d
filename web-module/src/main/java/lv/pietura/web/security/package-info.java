/**
 * Signing in and out. Jakarta Security's custom form mechanism with Pietura's own identity store
 * ({@link lv.pietura.web.security.StaffIdentityStore}, which asks the {@code SignIn} facade). Pages and
 * EJBs depend only on the caller's name and roles, so an OpenID Connect mechanism can replace the form
 * by configuration, without touching them.
 */
package lv.pietura.web.security;
