package lv.pietura.cases;

import java.time.Instant;
import java.time.LocalDate;
import lv.pietura.calendar.WorkingDayCalendar;

/**
 * The circumstances of one step of a case: who takes it, when, and the working-day calendar its
 * deadlines are counted in. Facades build it from the caller and the clock; tests and demo data build
 * it directly, so the case's rules never read a clock of their own.
 */
public record CaseStep(Actor actor, Instant at, LocalDate today, WorkingDayCalendar calendar) {

    /**
     * Who acts: a staff member (with their institution and centre, if any) or {@link CaseEvent#SYSTEM}.
     *
     * @param staffId {@code null} for the system
     */
    public record Actor(String username, Long staffId, Long institutionId, Long centreId) {

        public static Actor system() {
            return new Actor(CaseEvent.SYSTEM, null, null, null);
        }

        /** The client, who has no account (a rating). */
        public static Actor client() {
            return new Actor(CaseEvent.CLIENT, null, null, null);
        }
    }
}
