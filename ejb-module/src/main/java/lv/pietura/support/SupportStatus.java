package lv.pietura.support;

/** Where a support request stands, and whose turn it is. */
public enum SupportStatus {
    /** Filed, or the requester replied: support's turn. */
    OPEN,
    /** Support answered; the requester may reply or close it. */
    ANSWERED,
    /** Support asked the requester something: the requester's turn. */
    ASKED_BACK,
    /** Closed: nothing more is written to it. */
    CLOSED
}
