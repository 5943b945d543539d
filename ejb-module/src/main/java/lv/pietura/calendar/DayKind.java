package lv.pietura.calendar;

/** What an administrator-kept calendar entry makes of its day. */
public enum DayKind {
    /** A weekday not worked: a working day the Cabinet moved, or a one-off holiday a law adds. */
    DAY_OFF,
    /** A Saturday (or Sunday) worked instead of a day moved off. */
    WORKING_DAY,
    /**
     * The closing day of the General Latvian Song and Dance Festival: a public holiday in the years the
     * festival is held, moved to the next working day when it falls on a weekend.
     */
    FESTIVAL_CLOSING
}
