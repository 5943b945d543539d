package lv.pietura.cases;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.OneTimeTokens;

/**
 * The client's rating of a closed case, 1 to 5 with an optional comment. Open to anyone holding a rating
 * token ({@code @PermitAll} on purpose: the client has no account): a kiosk screen in the centre or a
 * one-time link. A token is good for one rating and expires; an unknown, used or expired token is
 * simply not found.
 */
@Stateless
@PermitAll
public class Ratings {

    @Inject
    CaseRepository cases;

    @Inject
    Steps steps;

    @PersistenceContext
    EntityManager em;

    public RatingRequest find(String token) {
        ServiceCase c = open(token);
        return new RatingRequest(
                c.number(),
                c.serviceVersion().name(),
                c.handlingInstitution().name(),
                c.centre() == null ? null : c.centre().name(),
                c.closedOn(),
                c.ratingChannelOfToken());
    }

    public void rate(String token, Integer rating, String comment) {
        ServiceCase c = open(token);
        c.rate(rating, comment, steps.ofClient());
        em.flush();
    }

    private ServiceCase open(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFound("rating", "");
        }
        ServiceCase c =
                cases.withRatingToken(OneTimeTokens.hash(token.strip())).orElseThrow(() -> new NotFound("rating", ""));
        if (!c.ratingOpen(steps.ofSystem().at())) {
            throw new NotFound("rating", "");
        }
        return c;
    }
}
