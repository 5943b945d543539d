package lv.pietura.web.visits;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lv.pietura.shared.NotFound;
import lv.pietura.visits.BookingViews.ClientBooking;
import lv.pietura.visits.BookingViews.FreeDay;
import lv.pietura.visits.BookingViews.FreeTime;
import lv.pietura.visits.Bookings;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;

/**
 * The client's own booking, opened by the link mailed to them (no sign-in; the token in the address is the key):
 * what was booked, and while it has not begun, cancel it (confirmed) or move it to another free time of the centre.
 * A token unknown shows "not found" with the status a missing record has.
 */
@Named
@ViewScoped
public class ManageBookingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Bookings bookings;

    private String token;
    private ClientBooking booking;
    private boolean unavailable;
    private boolean moving;
    private List<FreeDay> days = List.of();
    private List<FreeTime> times = List.of();
    private String day;
    private String start;

    public void load() {
        if (booking != null || unavailable) {
            return;
        }
        try {
            booking = bookings.find(token);
        } catch (NotFound e) {
            unavailable = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    @FormAction
    public void cancel() {
        bookings.cancel(token);
        booking = bookings.find(token);
        moving = false;
        FacesMessages.info("booking.cancelled");
    }

    @FormAction
    public void startMove() {
        days = bookings.freeDays(booking.centreId());
        day = null;
        start = null;
        times = List.of();
        moving = true;
    }

    public void dayChanged() {
        times = Choices.day(day) == null ? List.of() : bookings.freeTimes(booking.centreId(), Choices.day(day));
        start = null;
    }

    @FormAction
    public void move() {
        booking = bookings.move(token, Choices.day(day), Choices.time(start));
        moving = false;
        FacesMessages.info("booking.moved");
    }

    public void stopMove() {
        moving = false;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ClientBooking getBooking() {
        return booking;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public boolean isMoving() {
        return moving;
    }

    public List<FreeDay> getDays() {
        return days;
    }

    public List<FreeTime> getTimes() {
        return times;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }
}
