package lv.pietura.eaddress;

/** What a staff member may do with their institution's mailbox. */
public enum MailboxRight {
    READ,
    SEND
}
