/**
 * The start page after signing in: each role's way into the work it does.
 */
package lv.pietura.web.home;
