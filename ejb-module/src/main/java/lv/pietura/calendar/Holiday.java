package lv.pietura.calendar;

/** A public holiday by the law, or a day off by the weekend rule; the name is a message key. */
public enum Holiday {
    NEW_YEAR,
    GOOD_FRIDAY,
    EASTER_SUNDAY,
    EASTER_MONDAY,
    LABOUR_DAY,
    INDEPENDENCE_RESTORATION,
    MOTHERS_DAY,
    WHITSUNDAY,
    MIDSUMMER_EVE,
    MIDSUMMER_DAY,
    FESTIVAL_CLOSING,
    PROCLAMATION_DAY,
    CHRISTMAS_EVE,
    CHRISTMAS_DAY,
    SECOND_CHRISTMAS_DAY,
    NEW_YEARS_EVE,
    /** The working day after 4 May, 18 November or the festival's closing day when that fell on a weekend. */
    MOVED_FROM_WEEKEND
}
