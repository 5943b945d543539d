package lv.pietura.web.visits;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lv.pietura.audit.RequestOrigin;
import lv.pietura.catalogue.ServiceDirectory;
import lv.pietura.catalogue.ServiceFilter;
import lv.pietura.catalogue.ServiceSummary;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PageRequest;
import lv.pietura.visits.BookingViews.BookableCentre;
import lv.pietura.visits.BookingViews.Booked;
import lv.pietura.visits.BookingViews.BookingRequest;
import lv.pietura.visits.BookingViews.FreeDay;
import lv.pietura.visits.BookingViews.FreeTime;
import lv.pietura.visits.Bookings;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.i18n.Language;

/**
 * The public page where a client books a visit, without signing in: the centre, the service, a day with free times,
 * a time, their name, e-mail and phone. A link may choose the centre, service and day ({@code ?centre=&service=&day=}).
 * Once booked, the page shows the booking and its link to cancel or move it (mailed too).
 */
@Named
@ViewScoped
public class BookPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Bookings bookings;

    @EJB
    ServiceDirectory directory;

    @Inject
    Language language;

    @Inject
    RequestOrigin origin;

    private Long centreId;
    private String serviceCode;
    /** The day and time chosen, as ISO text (the values of the lists). */
    private String day;

    private String start;
    private String name;
    private String email;
    private String phone;

    private List<BookableCentre> centres;
    private List<ServiceSummary> services = List.of();
    private List<FreeDay> days = List.of();
    private List<FreeTime> times = List.of();
    private Booked booked;

    /** After the view parameters: the lists that follow from what the link chose. */
    public void load() {
        if (centres != null) {
            return;
        }
        centres = bookings.centres();
        if (centreId != null && centres.stream().noneMatch(c -> c.id() == centreId)) {
            centreId = null;
        }
        centreChanged(false);
    }

    public void centreChanged() {
        centreChanged(true);
    }

    private void centreChanged(boolean reset) {
        if (reset) {
            serviceCode = null;
            day = null;
        }
        start = null;
        if (centreId == null) {
            services = List.of();
            days = List.of();
            times = List.of();
            return;
        }
        try {
            services = directory
                    .search(
                            new ServiceFilter(null, null, null, null, centreId, null),
                            PageRequest.of(0, PageRequest.MAX_SIZE))
                    .rows();
            days = bookings.freeDays(centreId);
        } catch (NotFound gone) {
            centreId = null;
            services = List.of();
            days = List.of();
        }
        if (serviceCode != null && services.stream().noneMatch(s -> s.code().equals(serviceCode))) {
            serviceCode = null;
        }
        dayChanged();
    }

    public void dayChanged() {
        LocalDate chosen = Choices.day(day);
        times = centreId == null || chosen == null ? List.of() : bookings.freeTimes(centreId, chosen);
        if (start != null && times.stream().noneMatch(t -> t.start().equals(Choices.time(start)))) {
            start = null;
        }
    }

    @FormAction
    public void book() {
        booked = bookings.book(new BookingRequest(
                centreId,
                serviceCode,
                Choices.day(day),
                Choices.time(start),
                name,
                email,
                phone,
                language.getTag(),
                origin.clientAddress()));
    }

    public String getCentreName() {
        return centres == null || centreId == null
                ? null
                : centres.stream()
                        .filter(c -> c.id() == centreId)
                        .map(BookableCentre::name)
                        .findFirst()
                        .orElse(null);
    }

    public List<BookableCentre> getCentres() {
        return centres;
    }

    public List<ServiceSummary> getServices() {
        return services;
    }

    public List<FreeDay> getDays() {
        return days;
    }

    public List<FreeTime> getTimes() {
        return times;
    }

    public Booked getBooked() {
        return booked;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
