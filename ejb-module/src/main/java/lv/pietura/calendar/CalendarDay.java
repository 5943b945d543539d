package lv.pietura.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import lv.pietura.shared.LocalizedText;

/**
 * A day that is not an ordinary weekday or weekend: a public holiday, an administrator's entry, or both.
 *
 * @param holiday  the law's holiday, or {@code null}
 * @param entry    the administrator's entry, or {@code null}
 * @param entryId  to remove the entry, or {@code null}
 */
public record CalendarDay(
        LocalDate day, boolean working, Holiday holiday, DayKind entry, LocalizedText note, Long entryId)
        implements Serializable {}
