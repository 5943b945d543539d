/**
 * Visits booked at a centre: a client picks a centre, a service and a free time on the public pages and manages the
 * booking through the link mailed to them; the centre plans how many consultants serve booked visits, sees the
 * day's bookings, registers the case a booking came for and records who did not come. The free times follow the
 * centre's opening hours (its breaks are the gaps between them), the working-day calendar (public holidays, days
 * moved off and Saturdays worked) and {@link lv.pietura.visits.BookingPlan}. Above {@code cases}: a booking turns
 * into a case through the cases' own registration.
 */
package lv.pietura.visits;
