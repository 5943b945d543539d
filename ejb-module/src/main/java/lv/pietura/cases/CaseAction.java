package lv.pietura.cases;

/** What a staff member may do with a case now; pages show exactly these. */
public enum CaseAction {
    TAKE,
    ASSIGN,
    ASK_CLIENT,
    RESUME,
    EXTEND,
    FORWARD,
    COMPLETE,
    REFUSE,
    RATING_LINK,
    /** Add documents the client brought later to the open case. */
    ADD_DOCUMENTS,
    /** Record the client's payment of the fees, an exemption or a refund, and print receipts. */
    FEES,
    /** Open the rating of the client's visit on the kiosk screen (the consultant who is serving them, that day). */
    RATE_VISIT,
    /** Record the answer of a holder outside Pietura (the consultant of the centre that registered the case). */
    RECORD_ANSWER,
    /** Keep the case whatever its retention period (a legal hold), with the reason; the holder's specialists. */
    HOLD,
    /** Lift the legal hold. */
    RELEASE_HOLD
}
