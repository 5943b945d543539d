package lv.pietura.cases;

/** The worklists: which cases a list shows before its filters. */
public enum CaseList {
    /** Open cases of my institution nobody has taken. */
    UNASSIGNED,
    /** Open cases assigned to me. */
    MINE,
    /** Open cases past their due day (waiting cases excluded: their clock stands still). */
    OVERDUE,
    /** All open cases. */
    OPEN,
    /** Completed and refused cases. */
    CLOSED,
    /** Every case. */
    ALL
}
