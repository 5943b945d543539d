package lv.pietura.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import lv.pietura.shared.Checks;
import lv.pietura.shared.LocalizedText;

/**
 * A day an administrator records because no rule can compute it: a working day the Cabinet moves off,
 * the Saturday worked instead, a one-off holiday, the closing day of a Song and Dance Festival.
 */
@Entity
@Table(name = "calendar_entry")
public class CalendarEntry {

    static final int NOTE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_entry_seq")
    @SequenceGenerator(name = "calendar_entry_seq", sequenceName = "calendar_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "entry_day", nullable = false, unique = true)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DayKind kind;

    @Column(name = "note_lv", nullable = false, length = NOTE_MAX)
    private String noteLv;

    @Column(name = "note_en", length = NOTE_MAX)
    private String noteEn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected CalendarEntry() {}

    /**
     * @param rules the calendar without this entry, to tell whether the entry changes anything
     * @throws lv.pietura.shared.RuleViolation a day moved off that is not worked anyway, a worked day
     *                                         that is a weekday, a missing note
     */
    public CalendarEntry(
            LocalDate day,
            DayKind kind,
            String noteLv,
            String noteEn,
            WorkingDayCalendar rules,
            Instant now,
            String by) {
        Checks checks = new Checks()
                .present("day", day)
                .present("kind", kind)
                .text("noteLv", noteLv, NOTE_MAX)
                .optionalText("noteEn", noteEn, NOTE_MAX);
        if (day != null && kind == DayKind.DAY_OFF) {
            checks.that(rules.isWorkingDay(day), "day", "calendar.dayOff.notWorked", day);
        }
        if (day != null && kind == DayKind.WORKING_DAY) {
            checks.that(
                    day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY,
                    "day",
                    "calendar.workingDay.weekday",
                    day);
        }
        checks.throwIfAny();
        this.day = day;
        this.kind = kind;
        this.noteLv = Checks.clean(noteLv);
        this.noteEn = Checks.clean(noteEn);
        this.createdAt = now;
        this.createdBy = by;
    }

    public Long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public DayKind kind() {
        return kind;
    }

    public LocalizedText note() {
        return LocalizedText.of(noteLv, noteEn);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
