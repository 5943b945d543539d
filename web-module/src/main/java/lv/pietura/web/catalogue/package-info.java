/**
 * The service catalogue: the public search and service pages (also without signing in) and the
 * service managers' editor of a service's card, its versions and publication, and the JSON import,
 * through the catalogue facades.
 */
package lv.pietura.web.catalogue;
