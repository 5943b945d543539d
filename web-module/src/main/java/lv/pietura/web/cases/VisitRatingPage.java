package lv.pietura.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import lv.pietura.cases.VisitRatings;

/**
 * The kiosk screen facing the client right after their visit: the service and the centre, 1 to 5 and a comment,
 * without signing in. The token in the address is all that binds the page to the visit.
 */
@Named
@ViewScoped
public class VisitRatingPage extends OneTimeRating<VisitRatings.VisitRequest> {

    private static final long serialVersionUID = 1L;

    @EJB
    VisitRatings visits;

    @Override
    VisitRatings.VisitRequest find(String token) {
        return visits.find(token);
    }

    @Override
    void submit(String token, Integer stars, String text) {
        visits.rate(token, stars, text);
    }
}
