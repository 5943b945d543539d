/** Booked visits: the public pages to book and manage a visit, and the centre's day of bookings. */
package lv.pietura.web.visits;
