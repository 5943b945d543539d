package lv.pietura.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.cases.RatingRequest;
import lv.pietura.cases.Ratings;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PieturaException;
import lv.pietura.web.faces.FacesMessages;

/**
 * The client rates a service, 1 to 5, without signing in: on the kiosk screen at the centre or through
 * the one-time link they were given. The token in the address is all that binds the page to its case.
 */
@Named
@ViewScoped
public class RatingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Ratings ratings;

    private String token;
    private RatingRequest request;
    private boolean unavailable;
    private boolean thanked;
    private Integer rating;
    private String comment;

    public void load() {
        if (request != null || thanked) {
            return;
        }
        try {
            request = ratings.find(token);
        } catch (NotFound e) {
            unavailable = true;
            // the page explains it; the status says it as a missing record would
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void rate() {
        try {
            ratings.rate(token, rating, comment);
        } catch (NotFound e) {
            unavailable = true;
            request = null;
            return;
        } catch (PieturaException refused) {
            FacesMessages.show(refused);
            return;
        }
        thanked = true;
        request = null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public RatingRequest getRequest() {
        return request;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public boolean isThanked() {
        return thanked;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
