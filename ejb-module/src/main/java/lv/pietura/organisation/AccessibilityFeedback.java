package lv.pietura.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import lv.pietura.mail.Mailer;
import lv.pietura.shared.Checks;
import lv.pietura.shared.RuleViolation;

/**
 * A visitor's report of an accessibility problem, sent from the accessibility statement: mailed to the
 * platform's administrators, as the rules for public bodies' websites ask (a way to tell the body about a
 * barrier and get an answer). Open to anyone, signed in or not; a quota keeps the form from becoming a way to
 * flood the administrators' mailboxes.
 */
@Stateless
@PermitAll
public class AccessibilityFeedback {

    public static final int PROBLEM_MAX = 2000;
    public static final int PAGE_MAX = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    FeedbackQuota quota;

    /** Sends the report; the number of administrators it reached. */
    public int report(String page, String problem, String contact) {
        Checks checks = new Checks().text("problem", problem, PROBLEM_MAX).optionalText("page", page, PAGE_MAX);
        if (Checks.clean(contact) != null) {
            checks.email("contact", contact);
        }
        checks.throwIfAny();
        List<String> administrators = em.createQuery(
                        "select distinct s.email from StaffAccount s join s.roles r"
                                + " where r = :admin and s.active = true and s.email is not null",
                        String.class)
                .setParameter("admin", Role.PLATFORM_ADMIN)
                .getResultList();
        if (administrators.isEmpty()) {
            throw new RuleViolation("accessibility.report.nobody");
        }
        if (!quota.take()) {
            throw new RuleViolation("accessibility.report.tooMany");
        }
        String where = Checks.clean(page) == null ? "-" : Checks.clean(page);
        String from = Checks.clean(contact) == null ? "-" : Checks.clean(contact);
        int reached = 0;
        for (String administrator : administrators) {
            try {
                mailer.send(administrator, "accessibilityReport", where, problem.strip(), from);
                reached++;
            } catch (Mailer.NotSent notSent) {
                // another administrator may still be reached
            }
        }
        if (reached == 0) {
            throw new RuleViolation("accessibility.report.notSent");
        }
        return reached;
    }
}
