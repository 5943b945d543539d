package lv.pietura.visits;

/** Where a booked visit stands. */
public enum BookingStatus {
    /** Booked and still to come. */
    BOOKED,
    /** Cancelled by the client (or moved, which cancels nothing: the booking keeps its reference). */
    CANCELLED,
    /** The client came and the centre registered the case they came for. */
    ATTENDED,
    /** The client did not come, as the centre recorded. */
    NO_SHOW
}
