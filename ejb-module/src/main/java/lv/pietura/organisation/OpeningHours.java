package lv.pietura.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One interval a centre is open on a day of the week; a day may have several (a lunch break). */
@Embeddable
public class OpeningHours implements Serializable, Comparable<OpeningHours> {

    private static final long serialVersionUID = 1L;

    /** ISO day number, 1 = Monday. */
    @Column(name = "day_of_week", nullable = false)
    private int isoDay;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    protected OpeningHours() {}

    public OpeningHours(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
        this.isoDay = day.getValue();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public DayOfWeek day() {
        return DayOfWeek.of(isoDay);
    }

    public LocalTime opensAt() {
        return opensAt;
    }

    public LocalTime closesAt() {
        return closesAt;
    }

    boolean overlaps(OpeningHours other) {
        return isoDay == other.isoDay && opensAt.isBefore(other.closesAt) && other.opensAt.isBefore(closesAt);
    }

    @Override
    public int compareTo(OpeningHours other) {
        int byDay = Integer.compare(isoDay, other.isoDay);
        return byDay != 0 ? byDay : opensAt.compareTo(other.opensAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningHours that
                && isoDay == that.isoDay
                && Objects.equals(opensAt, that.opensAt)
                && Objects.equals(closesAt, that.closesAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isoDay, opensAt, closesAt);
    }

    @Override
    public String toString() {
        return day() + " " + opensAt + "-" + closesAt;
    }
}
