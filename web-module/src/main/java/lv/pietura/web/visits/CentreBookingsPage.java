package lv.pietura.web.visits;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import lv.pietura.visits.BookingViews.Day;
import lv.pietura.visits.BookingViews.DayBooking;
import lv.pietura.visits.Bookings;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;

/**
 * The centre's booked visits, a day at a time ({@code ?day=}, today by default): who comes when for what, the case
 * registered from a booking, who did not come; the consultants on duty that day, and the centre's booking plan.
 */
@Named
@ViewScoped
public class CentreBookingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Bookings bookings;

    @Inject
    Clock clock;

    private LocalDate day;
    private Day shown;
    private Integer dayDesks;
    private int slotMinutes;
    private int desks;
    private int daysAhead;

    public void load() {
        if (shown == null) {
            if (day == null) {
                day = LocalDate.now(clock);
            }
            refresh();
        }
    }

    public void show() {
        if (day == null) {
            day = LocalDate.now(clock);
        }
        refresh();
    }

    public void previous() {
        day = day.minusDays(1);
        refresh();
    }

    public void next() {
        day = day.plusDays(1);
        refresh();
    }

    @FormAction
    public void savePlan() {
        bookings.plan(slotMinutes, desks, daysAhead);
        refresh();
        FacesMessages.info("bookings.planSaved");
    }

    @FormAction
    public void saveDayDesks() {
        bookings.desksOn(day, dayDesks);
        refresh();
        FacesMessages.info("bookings.dayDesksSaved");
    }

    @FormAction
    public void ordinaryDay() {
        bookings.desksOn(day, null);
        refresh();
        FacesMessages.info("bookings.dayDesksSaved");
    }

    @FormAction
    public void noShow(DayBooking booking) {
        bookings.noShow(booking.id());
        refresh();
        FacesMessages.info("bookings.noShowRecorded", booking.reference());
    }

    private void refresh() {
        shown = bookings.day(day);
        dayDesks = shown.planned() ? shown.desks() : null;
        slotMinutes = shown.planned() ? shown.slotMinutes() : 20;
        desks = shown.planned() ? shown.ordinaryDesks() : 2;
        daysAhead = shown.planned() ? shown.daysAhead() : 30;
    }

    /** A day gone: its bookings are as they stand (no case registered from them any more). */
    public boolean isPast() {
        return day != null && day.isBefore(LocalDate.now(clock));
    }

    public Day getShown() {
        return shown;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public Integer getDayDesks() {
        return dayDesks;
    }

    public void setDayDesks(Integer dayDesks) {
        this.dayDesks = dayDesks;
    }

    public int getSlotMinutes() {
        return slotMinutes;
    }

    public void setSlotMinutes(int slotMinutes) {
        this.slotMinutes = slotMinutes;
    }

    public int getDesks() {
        return desks;
    }

    public void setDesks(int desks) {
        this.desks = desks;
    }

    public int getDaysAhead() {
        return daysAhead;
    }

    public void setDaysAhead(int daysAhead) {
        this.daysAhead = daysAhead;
    }
}
