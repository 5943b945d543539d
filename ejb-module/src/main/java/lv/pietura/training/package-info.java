/**
 * Training: a sandbox per real institution. Its training institution is filled from the real one's centres and
 * published services, its clients are made up, and its staff are trainee accounts ({@code <name>.macibas}) of the real
 * institution's staff. Cases, messages and bookings in it are real in every way, but a training account writes only to
 * training accounts, nothing in it is mailed, and the figures never count it; it is reset on demand and nightly. What
 * each trainee has done (registered, handled, completed a case, sent, read a message) is kept across resets for the
 * trainer, and the onboarding checklist sees the staff trained when every trainee has done all of it.
 */
package lv.pietura.training;
