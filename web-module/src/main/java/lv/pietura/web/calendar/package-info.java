/**
 * Platform administrators keep the working-day calendar ({@code /admin/calendar}): the days the Cabinet
 * moves and the holidays a law adds, through the calendar's {@code CalendarAdministration}.
 */
package lv.pietura.web.calendar;
