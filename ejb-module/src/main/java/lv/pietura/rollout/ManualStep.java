package lv.pietura.rollout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lv.pietura.shared.Checks;
import lv.pietura.shared.RuleViolation;

/** A step of an institution's onboarding that an administrator ticked, with its day and a note. */
@Entity
@Table(name = "onboarding_step")
public class ManualStep {

    static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 30)
    private OnboardingStep step;

    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ManualStep() {}

    /**
     * A step ticked: only one Pietura cannot see for itself; done on a day past (the go-live day may lie ahead); the
     * e-address working rules with their gist in the note.
     *
     * @throws RuleViolation naming every problem at once
     */
    static ManualStep ticked(
            long institutionId,
            OnboardingStep step,
            LocalDate doneOn,
            String note,
            String by,
            Instant at,
            LocalDate today) {
        if (step == null || step.automatic()) {
            throw RuleViolation.ofField("step", "onboarding.automatic");
        }
        Checks checks = new Checks()
                .present("doneOn", doneOn)
                .that(
                        doneOn == null || step == OnboardingStep.GO_LIVE || !doneOn.isAfter(today),
                        "doneOn",
                        "onboarding.future");
        if (step == OnboardingStep.EADDRESS_RULES) {
            checks.text("note", note, NOTE_MAX);
        } else {
            checks.optionalText("note", note, NOTE_MAX);
        }
        checks.throwIfAny();
        ManualStep ticked = new ManualStep();
        ticked.institutionId = institutionId;
        ticked.step = step;
        ticked.doneOn = doneOn;
        ticked.note = Checks.clean(note);
        ticked.recordedBy = by;
        ticked.recordedAt = at;
        return ticked;
    }

    public OnboardingStep step() {
        return step;
    }

    public long institutionId() {
        return institutionId;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String note() {
        return note;
    }
}
