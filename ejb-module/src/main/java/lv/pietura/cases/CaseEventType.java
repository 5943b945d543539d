package lv.pietura.cases;

/** The steps of a case's life that are recorded (and counted for the figures). */
public enum CaseEventType {
    REGISTERED,
    TAKEN,
    ASSIGNED,
    SUSPENDED,
    RESUMED,
    EXTENDED,
    FORWARDED,
    COMPLETED,
    REFUSED,
    /** The result's documents and notice sealed by the holder's electronic seal. */
    RESULT_SEALED,
    /** Kept whatever its retention period (a court case, an audit), with the reason. */
    LEGAL_HOLD,
    /** The legal hold lifted: the retention period applies again. */
    HOLD_RELEASED,
    /** The deadline passed with the case still open (flagged once by the deadline watch). */
    OVERDUE,
    /** The specialist was reminded of the coming deadline. */
    REMINDED,
    RATED,
    /** The client's answer to a request arrived in the holder's e-address mailbox (the case may then resume). */
    CLIENT_REPLIED,
    /** Documents the client brought later were added to the open case (by a consultant or a specialist). */
    DOCUMENTS_ADDED,
    /** The client paid (some of) the application's fees. */
    FEE_PAID,
    /** The client was exempted from what they owed, for a legal reason. */
    FEE_EXEMPTED,
    /** What the client paid was (partly) paid back. */
    FEE_REFUNDED,
    /** An application for a holder outside Pietura went to the holder's e-address. */
    SENT_TO_HOLDER
}
