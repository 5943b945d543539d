/**
 * What runs the application rather than a business rule: schema migrations at deployment, the first
 * platform administrator, and the demo data of the embedded database. It stands above every area and
 * nothing uses it.
 */
package lv.pietura.platform;
