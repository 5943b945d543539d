package lv.pietura.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import lv.pietura.cases.RatingRequest;
import lv.pietura.cases.Ratings;

/**
 * The client rates a service, 1 to 5, without signing in: on the kiosk screen at the centre or through
 * the one-time link they were given. The token in the address is all that binds the page to its case.
 */
@Named
@ViewScoped
public class RatingPage extends OneTimeRating<RatingRequest> {

    private static final long serialVersionUID = 1L;

    @EJB
    Ratings ratings;

    @Override
    RatingRequest find(String token) {
        return ratings.find(token);
    }

    @Override
    void submit(String token, Integer stars, String text) {
        ratings.rate(token, stars, text);
    }
}
