package lv.pietura.web.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lv.pietura.calendar.CalendarAdministration;
import lv.pietura.calendar.CalendarDay;
import lv.pietura.calendar.DayKind;
import lv.pietura.shared.Clocks;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.TextInput;
import org.primefaces.PrimeFaces;

/**
 * The working-day calendar of one year: the law's holidays and the days the Cabinet moves, which a
 * platform administrator enters as they are announced. Every deadline is counted from it.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @EJB
    CalendarAdministration calendar;

    private int year;
    private List<CalendarDay> days;
    private LocalDate day;
    private DayKind kind;
    private TextInput note = new TextInput();

    /** This year, by the application's clock. */
    @PostConstruct
    void thisYear() {
        year = LocalDate.now(clock.withZone(Clocks.RIGA)).getYear();
    }

    public void load() {
        days = null;
    }

    public void previousYear() {
        year--;
        days = null;
    }

    public void nextYear() {
        year++;
        days = null;
    }

    public void startNew() {
        day = null;
        kind = DayKind.DAY_OFF;
        note = new TextInput();
    }

    @FormAction
    public void add() {
        calendar.add(day, kind, note.getLv(), note.getEn());
        FacesMessages.info("calendar.added", day);
        year = day.getYear();
        days = null;
        PrimeFaces.current().executeScript("PF('entryDialog').hide()");
    }

    @FormAction
    public void remove(CalendarDay entry) {
        calendar.remove(entry.entryId());
        FacesMessages.info("calendar.removed", entry.day());
        days = null;
    }

    public List<CalendarDay> getDays() {
        if (days == null) {
            days = calendar.year(year);
        }
        return days;
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public int getYear() {
        return year;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public TextInput getNote() {

        return note;
    }
}
