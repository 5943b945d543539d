package lv.pietura.cases;

import static lv.pietura.shared.RoleNames.CLERK;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.OneTimeTokens;
import lv.pietura.shared.RuleViolation;

/**
 * Satisfaction right after the visit: the consultant who served the client opens the rating of the visit on the
 * kiosk screen facing the client; the client rates it there without signing in ({@code @PermitAll} on purpose,
 * the token is the key). A token unknown, used or older than {@link VisitRating#OPEN_FOR} is simply not found;
 * the kiosk shows nothing about the client.
 */
@Stateless
public class VisitRatings {

    @Inject
    CaseRepository cases;

    @Inject
    Steps steps;

    @PersistenceContext
    EntityManager em;

    /** What the kiosk shows: the service, the centre and the day; nothing about the client. */
    public record VisitRequest(LocalizedName serviceName, String centreName, LocalDate visitedOn)
            implements Serializable {}

    /**
     * Opens the rating of today's visit for the case the caller registered at their centre; the token to put on
     * the kiosk screen (shown once). Asking again for the same visit closes what the earlier token opened.
     */
    @RolesAllowed(CLERK)
    public String ask(long caseId) {
        Caller caller = steps.caller();
        ServiceCase c = cases.get(caseId);
        if (!CaseAccess.isConsultantOfItsCentre(caller, c)) {
            throw new NotFound("case", caseId);
        }
        if (!c.registeredOn().equals(steps.today())) {
            throw new RuleViolation("case.visit.notToday");
        }
        String token = OneTimeTokens.fresh();
        Instant now = steps.ofCaller().at();
        StaffAccount me = steps.me();
        em.createQuery(
                        "select v from VisitRating v where v.serviceCase = :c and v.staff = :s and v.rating is null",
                        VisitRating.class)
                .setParameter("c", c)
                .setParameter("s", me)
                .getResultStream()
                .findFirst()
                .ifPresentOrElse(
                        v -> v.askAgain(OneTimeTokens.hash(token), now),
                        () -> em.persist(new VisitRating(c, c.centre(), me, OneTimeTokens.hash(token), now)));
        em.flush();
        return token;
    }

    @PermitAll
    public VisitRequest find(String token) {
        VisitRating v = open(token);
        return new VisitRequest(
                v.serviceCase().serviceVersion().name(),
                v.centre().name(),
                v.serviceCase().registeredOn());
    }

    @PermitAll
    public void rate(String token, Integer rating, String comment) {
        VisitRating v = open(token);
        v.rate(rating, comment, steps.ofSystem().at(), steps.today());
        em.flush();
    }

    private VisitRating open(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFound("visit", "");
        }
        VisitRating v = em.createQuery("select v from VisitRating v where v.tokenHash = :h", VisitRating.class)
                .setParameter("h", OneTimeTokens.hash(token.strip()))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound("visit", ""));
        if (!v.open(steps.ofSystem().at())) {
            throw new NotFound("visit", "");
        }
        return v;
    }
}
