package lv.pietura.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import lv.pietura.calendar.WorkingDays;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.StaffAccount;

/** Builds the {@link CaseStep} of the signed-in caller (or of the system) from the one clock and calendar. */
@ApplicationScoped
class Steps {

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    WorkingDays workingDays;

    @PersistenceContext
    EntityManager em;

    CaseStep ofCaller() {
        Caller caller = callers.current();
        return new CaseStep(
                new CaseStep.Actor(caller.username(), caller.staffId(), caller.institutionId(), caller.centreId()),
                clock.instant(),
                LocalDate.now(clock),
                workingDays.calendar());
    }

    CaseStep ofSystem() {
        return new CaseStep(CaseStep.Actor.system(), clock.instant(), LocalDate.now(clock), workingDays.calendar());
    }

    CaseStep ofClient() {
        return new CaseStep(CaseStep.Actor.client(), clock.instant(), LocalDate.now(clock), workingDays.calendar());
    }

    StaffAccount me() {
        return em.find(StaffAccount.class, callers.current().staffId());
    }

    Caller caller() {
        return callers.current();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
