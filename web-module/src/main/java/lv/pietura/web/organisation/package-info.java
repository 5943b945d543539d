/**
 * Administering who works in Pietura: institutions and their agreements, centres, staff accounts and
 * their import from CSV, through the organisation facades; each administrator within their own scope.
 */
package lv.pietura.web.organisation;
