/**
 * Rollout: an institution's way from the agreement to its first case. Its onboarding checklist ticks itself where
 * Pietura can see a step done (the agreement, the e-address account, the administrator, the published services, the
 * staff accounts and their first sign-ins, the first case) and is ticked by the platform's administrators where it
 * cannot (staff trained, the e-address working rules recorded, the go-live day); the platform's overview shows every
 * institution's progress. Above every business area, which it reads and does not change.
 */
package lv.pietura.rollout;
