/**
 * The signed-in staff member's own account: their profile (name, e-mail, language) and changing their
 * password ({@code /account/*}), through the organisation's {@code MyAccount} facade.
 */
package lv.pietura.web.account;
