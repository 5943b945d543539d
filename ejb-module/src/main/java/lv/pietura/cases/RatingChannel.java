package lv.pietura.cases;

/** Where the client gave their rating. */
public enum RatingChannel {
    /** On the screen at the centre, right after the service. */
    KIOSK,
    /** Through a one-time link given or sent to the client. */
    LINK
}
