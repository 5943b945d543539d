package lv.pietura.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.cases.VisitRatings;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PieturaException;
import lv.pietura.web.faces.FacesMessages;

/**
 * The kiosk screen facing the client right after their visit: the service and the centre, 1 to 5 and a comment,
 * without signing in. The token in the address is all that binds the page to the visit.
 */
@Named
@ViewScoped
public class VisitRatingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    VisitRatings visits;

    private String token;
    private VisitRatings.VisitRequest request;
    private boolean unavailable;
    private boolean thanked;
    private Integer rating;
    private String comment;

    public void load() {
        if (request != null || thanked) {
            return;
        }
        try {
            request = visits.find(token);
        } catch (NotFound e) {
            unavailable = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void rate() {
        try {
            visits.rate(token, rating, comment);
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

    public VisitRatings.VisitRequest getRequest() {
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
