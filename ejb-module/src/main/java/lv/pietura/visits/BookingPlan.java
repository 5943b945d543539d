package lv.pietura.visits;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lv.pietura.shared.Checks;

/**
 * How a centre takes booked visits: the length of one visit, how many consultants serve booked visits on an
 * ordinary day and, where a day differs (a consultant on leave, an extra one), on that day; and how many days ahead
 * a visit may be booked. No consultants on duty means no free times that day.
 */
@Entity
@Table(name = "booking_plan")
public class BookingPlan {

    static final int MAX_DESKS = 50;

    @Id
    @Column(name = "centre_id")
    private Long centreId;

    @Version
    private int version;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    @Column(name = "desks", nullable = false)
    private int desks;

    @Column(name = "days_ahead", nullable = false)
    private int daysAhead;

    @ElementCollection
    @CollectionTable(name = "booking_plan_day", joinColumns = @JoinColumn(name = "centre_id"))
    @MapKeyColumn(name = "plan_day")
    @Column(name = "desks", nullable = false)
    private Map<LocalDate, Integer> dayDesks = new HashMap<>();

    protected BookingPlan() {}

    public BookingPlan(long centreId, int slotMinutes, int desks, int daysAhead) {
        this.centreId = centreId;
        describe(slotMinutes, desks, daysAhead);
    }

    final void describe(int slotMinutes, int desks, int daysAhead) {
        new Checks()
                .that(slotMinutes >= 5 && slotMinutes <= 240, "slotMinutes", "booking.plan.slotMinutes")
                .that(desks >= 0 && desks <= MAX_DESKS, "desks", "booking.plan.desks", MAX_DESKS)
                .that(daysAhead >= 1 && daysAhead <= 180, "daysAhead", "booking.plan.daysAhead")
                .throwIfAny();
        this.slotMinutes = slotMinutes;
        this.desks = desks;
        this.daysAhead = daysAhead;
    }

    /** The consultants on duty for booked visits on {@code day}; {@code null} puts the day back to the ordinary. */
    void desksOn(LocalDate day, Integer desks) {
        if (desks == null) {
            dayDesks.remove(day);
            return;
        }
        new Checks()
                .that(desks >= 0 && desks <= MAX_DESKS, "dayDesks", "booking.plan.desks", MAX_DESKS)
                .throwIfAny();
        dayDesks.put(day, desks);
    }

    public int desksOn(LocalDate day) {
        return dayDesks.getOrDefault(day, desks);
    }

    public boolean ordinary(LocalDate day) {
        return !dayDesks.containsKey(day);
    }

    public long centreId() {
        return centreId;
    }

    public int version() {
        return version;
    }

    public int slotMinutes() {
        return slotMinutes;
    }

    public int desks() {
        return desks;
    }

    public int daysAhead() {
        return daysAhead;
    }
}
