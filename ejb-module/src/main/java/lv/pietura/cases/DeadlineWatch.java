package lv.pietura.cases;

import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import lv.pietura.health.ScheduledRuns;
import lv.pietura.mail.Mailer;
import lv.pietura.shared.OwnTransactions;
import lv.pietura.shared.PublicAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Watches deadlines: every hour it flags open cases whose due day has passed (once each, as an
 * {@link CaseEventType#OVERDUE} event) and reminds the assigned specialist by e-mail a configured
 * number of working days before the due day ({@code pietura.deadlines.remindWorkingDaysBefore}, 2 by
 * default; once for each due day). Each case is handled in a transaction of its own, so one failure
 * stops nothing else; a reminder whose mail is refused is tried again at the next run.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());

    /** What one run did. */
    public record Run(int flaggedOverdue, int reminded, int failed) {}

    @Inject
    CaseRepository cases;

    @Inject
    Steps steps;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "pietura.deadlines.remindWorkingDaysBefore", defaultValue = "2")
    int remindWorkingDaysBefore;

    @Inject
    PublicAddress address;

    @Inject
    OwnTransactions transactions;

    @Inject
    ScheduledRuns meters;

    private final ReentrantLock running = new ReentrantLock();

    /**
     * Hourly at minute 7 unless the server's system properties say otherwise (WildFly replaces the
     * {@code ${..}} of the annotation, pietura.cli switches that on). Persistent: a cluster of the HA
     * profile fires it on one node at a time.
     */
    @Schedule(
            second = "${pietura.deadlines.watch.second:0}",
            minute = "${pietura.deadlines.watch.minute:7}",
            hour = "${pietura.deadlines.watch.hour:*}",
            info = "Pietura deadline watch")
    void onSchedule() {
        meters.ran(ScheduledRuns.DEADLINE_WATCH);
        Run run = watch();
        if (run.flaggedOverdue() + run.reminded() + run.failed() > 0) {
            LOG.info(() -> "Deadline watch: " + run);
        }
    }

    /** Runs the watch now (an operator after an outage; tests), and says what it did. */
    @RolesAllowed(PLATFORM_ADMIN)
    public Run runNow() {
        return watch();
    }

    private Run watch() {
        if (!running.tryLock()) {
            return new Run(0, 0, 0);
        }
        try {
            CaseStep step = steps.ofSystem();
            int flagged = 0;
            int reminded = 0;
            int failed = 0;
            for (Long id : cases.overdueCandidates(step.today())) {
                try {
                    flagged += transactions.run(() -> cases.get(id).flagIfOverdue(steps.ofSystem())) ? 1 : 0;
                } catch (RuntimeException e) {
                    failed++;
                    LOG.log(Level.WARNING, "Could not flag case " + id + " as overdue", e);
                }
            }
            int before = Math.max(0, remindWorkingDaysBefore);
            List<Long> dueSoon =
                    cases.reminderCandidates(step.today(), step.calendar().addWorkingDays(step.today(), before));
            for (Long id : dueSoon) {
                try {
                    reminded += transactions.run(() -> remind(id, before)) ? 1 : 0;
                } catch (RuntimeException e) {
                    failed++;
                    LOG.log(Level.WARNING, "Could not remind of case " + id, e);
                }
            }
            return new Run(flagged, reminded, failed);
        } finally {
            running.unlock();
        }
    }

    private boolean remind(long id, int workingDaysBefore) {
        ServiceCase c = cases.get(id);
        CaseStep step = steps.ofSystem();
        if (!c.needsReminder(workingDaysBefore, step)
                || c.assignee().email() == null
                || c.handlingInstitution().training()) { // a trainee's case reminds nobody by mail
            return false;
        }
        mailer.send(
                c.assignee().email(),
                "reminder",
                c.number(),
                c.dueOn(),
                c.assignee().fullName(),
                c.serviceVersion().name().lv(),
                address.of("/cases/case?id=" + c.id()));
        c.reminded(step);
        return true;
    }
}
