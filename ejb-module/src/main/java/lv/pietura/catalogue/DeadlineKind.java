package lv.pietura.catalogue;

/** How a deadline's days are counted: working days skip weekends and public holidays. */
public enum DeadlineKind {
    WORKING_DAYS,
    CALENDAR_DAYS
}
