/**
 * Organisation: the institutions that share one installation, their agreements to use it, the
 * customer service centres (VPVKAC, Cabinet Regulation No. 401) run by municipalities, and the staff
 * accounts with their roles. Also the tenant scope: who the caller is and which institution's data a
 * query may see ({@link lv.pietura.organisation.CallerContext}). Staff sign in through
 * {@link lv.pietura.organisation.SignIn}, which the mechanisms of {@code security} reach as
 * {@link lv.pietura.security.StaffIdentities}. Every other area builds on this one.
 */
package lv.pietura.organisation;
