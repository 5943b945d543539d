package lv.pietura.web.cases;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PieturaException;
import lv.pietura.web.faces.FacesMessages;

/**
 * A page where the client rates, 1 to 5 with a comment, without signing in, what a one-time token in the address
 * names ({@code R}: what the page shows of it). A token unknown, used or expired shows "no longer available" with
 * the status a missing record has.
 */
public abstract class OneTimeRating<R extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private String token;
    private R request;
    private boolean unavailable;
    private boolean thanked;
    private Integer rating;
    private String comment;

    /** What the token names. @throws NotFound for a token unknown, used or expired */
    abstract R find(String token);

    /** The client's rating of what the token names. */
    abstract void submit(String token, Integer stars, String text);

    public void load() {
        if (request != null || thanked) {
            return;
        }
        try {
            request = find(token);
        } catch (NotFound e) {
            unavailable = true;
            // the page explains it; the status says it as a missing record would
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void rate() {
        try {
            submit(token, rating, comment);
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

    public R getRequest() {
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
