package lv.pietura.support;

/** What a line of a support request's thread is. */
public enum ReplyKind {
    /** Support's answer. */
    ANSWER,
    /** Support asks the requester something. */
    QUESTION,
    /** The requester's reply. */
    REPLY,
    /** The request closed, with the closer's last word. */
    CLOSING
}
