/**
 * The e-address for staff and holders: the institution's mailbox (inbox, sent, a message, writing and
 * bulk messages, mailbox rights, what could not be delivered) and a person's or company's own mailbox
 * under {@code /my}, through the e-address facades ({@code Mailboxes}, {@code Sending}, {@code CaseMail},
 * {@code MyMailbox}).
 */
package lv.pietura.web.eaddress;
