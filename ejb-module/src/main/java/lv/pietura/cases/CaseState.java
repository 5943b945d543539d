package lv.pietura.cases;

/** Where a case is in its life; the first three are open, the last two closed. */
public enum CaseState {
    /** Routed to the holder, nobody has taken it yet. */
    NEW,
    /** A specialist of the holder works on it. */
    IN_PROGRESS,
    /** Waiting for the client to give more; the deadline's clock is stopped. */
    WAITING,
    /** Done, with a result. */
    COMPLETED,
    /** Refused, with reasons. */
    REFUSED;

    public boolean open() {
        return this == NEW || this == IN_PROGRESS || this == WAITING;
    }
}
