/**
 * Outgoing e-mail through the server's mail session ({@code java:jboss/mail/Pietura}): reminders to
 * staff and links to clients. Texts come from the {@code lv.pietura.i18n.mail} bundle, Latvian first.
 */
package lv.pietura.mail;
