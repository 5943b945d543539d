/**
 * What runs the application rather than a business rule: schema migrations at deployment and the
 * demo data of the embedded database.
 */
package lv.pietura.platform;
