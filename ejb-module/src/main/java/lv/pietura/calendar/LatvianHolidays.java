package lv.pietura.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public holidays of the Law on Public Holidays, Commemoration Days and Celebration Days: fixed
 * dates, Easter and Whitsun from the Gregorian Easter date, Mother's Day on the second Sunday of May,
 * and the festival's closing day in the years an administrator records one. When 4 May, 18 November or
 * the festival's closing day falls on a Saturday or Sunday, the next working day is a day off.
 */
final class LatvianHolidays {

    private LatvianHolidays() {}

    /** The holidays of {@code year}, by date, including days off by the weekend rule. */
    static Map<LocalDate, Holiday> of(int year, Collection<LocalDate> festivalClosingDays) {
        Map<LocalDate, Holiday> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), Holiday.NEW_YEAR);
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), Holiday.GOOD_FRIDAY);
        days.put(easter, Holiday.EASTER_SUNDAY);
        days.put(easter.plusDays(1), Holiday.EASTER_MONDAY);
        days.put(LocalDate.of(year, 5, 1), Holiday.LABOUR_DAY);
        days.put(LocalDate.of(year, 5, 4), Holiday.INDEPENDENCE_RESTORATION);
        days.put(
                LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY)),
                Holiday.MOTHERS_DAY);
        days.put(easter.plusDays(49), Holiday.WHITSUNDAY);
        days.put(LocalDate.of(year, 6, 23), Holiday.MIDSUMMER_EVE);
        days.put(LocalDate.of(year, 6, 24), Holiday.MIDSUMMER_DAY);
        days.put(LocalDate.of(year, 11, 18), Holiday.PROCLAMATION_DAY);
        days.put(LocalDate.of(year, 12, 24), Holiday.CHRISTMAS_EVE);
        days.put(LocalDate.of(year, 12, 25), Holiday.CHRISTMAS_DAY);
        days.put(LocalDate.of(year, 12, 26), Holiday.SECOND_CHRISTMAS_DAY);
        days.put(LocalDate.of(year, 12, 31), Holiday.NEW_YEARS_EVE);
        festivalClosingDays.stream()
                .filter(d -> d.getYear() == year)
                .forEach(d -> days.putIfAbsent(d, Holiday.FESTIVAL_CLOSING));

        for (LocalDate day : days.entrySet().stream()
                .filter(e -> e.getValue() == Holiday.INDEPENDENCE_RESTORATION
                        || e.getValue() == Holiday.PROCLAMATION_DAY
                        || e.getValue() == Holiday.FESTIVAL_CLOSING)
                .map(Map.Entry::getKey)
                .toList()) {
            if (isWeekend(day)) {
                LocalDate next = day.plusDays(1);
                while (isWeekend(next) || days.containsKey(next)) {
                    next = next.plusDays(1);
                }
                days.put(next, Holiday.MOVED_FROM_WEEKEND);
            }
        }
        return days;
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
