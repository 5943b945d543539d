package lv.pietura.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.SpreadsheetText;
import lv.pietura.web.i18n.Language;

/**
 * Dates and times as Latvians write them, in either language of the pages: 27.11.2026, 14:05, in
 * Latvian time. Used in views as {@code #{formats.date(x)}}.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    public String date(LocalDate date) {
        return date == null ? "" : Language.DATE.format(date);
    }

    public String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(Clocks.RIGA));
    }

    /** A month as Latvians write it in figures: 12.2026. */
    public String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** Text for a cell of an exported table ({@link SpreadsheetText}). */
    public String cell(String text) {
        return SpreadsheetText.safe(text);
    }

    /** A file size as people read it, with a Latvian decimal comma: 512 B, 14 KB, 2,4 MB. */
    public String bytes(long size) {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return Math.round(size / 1024.0) + " KB";
        }
        return String.format(getNumberLocale(), "%.1f MB", size / (1024.0 * 1024));
    }

    /** A count as Latvians write it, thousands set apart by a space: 12 345. */
    public String number(long value) {
        return String.format(getNumberLocale(), "%,d", value).replace('\u00A0', ' ');
    }

    /** A decimal with a Latvian comma: 87,5; empty for none. */
    public String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    /** A measure to one decimal with a Latvian comma: 3,5; empty for none. */
    public String tenths(Double value) {
        return value == null ? "" : String.format(getNumberLocale(), "%.1f", value);
    }

    /** The pattern p:datePicker takes, for both languages. */
    public String getDatePattern() {
        return Language.DATE_PATTERN;
    }

    public Locale getNumberLocale() {
        return Locale.forLanguageTag("lv");
    }
}
