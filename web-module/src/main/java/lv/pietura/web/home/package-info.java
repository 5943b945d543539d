/**
 * The ways in: the public front door (catalogue, centres, one's own mailbox, staff sign-in), the accessibility
 * statement, and the start page after signing in, each role's way into the work it does.
 */
package lv.pietura.web.home;
