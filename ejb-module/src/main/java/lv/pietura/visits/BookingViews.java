package lv.pietura.visits;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import lv.pietura.shared.LocalizedName;

/** What the booking pages show and send: plain values, no entities. */
public final class BookingViews {

    private BookingViews() {}

    /** A centre that takes bookings. */
    public record BookableCentre(long id, String name, String address) implements Serializable {}

    /** A day with free times, and how many. */
    public record FreeDay(LocalDate day, int freeTimes) implements Serializable {}

    /** A free time of a day: its start and end, and how many consultants are still free then. */
    public record FreeTime(LocalTime start, LocalTime end, int free) implements Serializable {}

    /** What a client asks for. {@code fromAddress}: where the request came from (the limit per address). */
    public record BookingRequest(
            Long centreId,
            String serviceCode,
            LocalDate day,
            LocalTime start,
            String name,
            String email,
            String phone,
            String language,
            String fromAddress)
            implements Serializable {}

    /** A booking as its client sees it through their link. */
    public record ClientBooking(
            String reference,
            BookingStatus status,
            long centreId,
            String centreName,
            String centreAddress,
            String serviceCode,
            LocalizedName serviceName,
            LocalDate day,
            LocalTime start,
            LocalTime end,
            String name,
            String email,
            boolean changeable)
            implements Serializable {}

    /** A booking just made: what the page shows, and the token of its link (shown once, mailed once). */
    public record Booked(ClientBooking booking, String token) implements Serializable {}

    /** One booking on the centre's day. */
    public record DayBooking(
            long id,
            String reference,
            LocalTime start,
            LocalTime end,
            Integer desk,
            BookingStatus status,
            String name,
            String email,
            String phone,
            String serviceCode,
            LocalizedName serviceName,
            Long caseId,
            boolean noShowPossible)
            implements Serializable {}

    /** The centre's plan and its day: the consultants on duty that day, the bookings and the times still free. */
    public record Day(
            long centreId,
            String centreName,
            LocalDate day,
            boolean planned,
            int slotMinutes,
            int ordinaryDesks,
            int daysAhead,
            int desks,
            boolean ordinary,
            boolean open,
            List<DayBooking> bookings,
            int freeTimes)
            implements Serializable {}

    /** What the registration page fills in from a booking. */
    public record ForCase(long id, String reference, String serviceCode, String name, String email, String phone)
            implements Serializable {}
}
