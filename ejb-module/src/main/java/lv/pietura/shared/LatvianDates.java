package lv.pietura.shared;

import java.time.format.DateTimeFormatter;

/** A day as Latvians write it, in either language, on pages, in documents and in mail: 27.11.2026. */
public final class LatvianDates {

    /** The pattern, for components that take one (a date picker, a converter). */
    public static final String PATTERN = "dd.MM.yyyy";

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(PATTERN);

    private LatvianDates() {}
}
