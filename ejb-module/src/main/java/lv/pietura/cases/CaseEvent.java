package lv.pietura.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One recorded step of a case: when, who (and for which institution and centre), from which state to
 * which, and why. Never changed once written; the figures are counted from these rows.
 */
@Entity
@Immutable
@Table(name = "case_event")
public class CaseEvent {

    /** Who acts when the application itself does something (the deadline watch). */
    public static final String SYSTEM = "system";

    /** Who acts when the client does something without an account (a rating). */
    public static final String CLIENT = "client";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
    @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ServiceCase serviceCase;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The day in Latvia it happened on, for the daily figures. */
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 20)
    private CaseEventType type;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "actor_institution_id")
    private Long actorInstitutionId;

    @Column(name = "actor_centre_id")
    private Long actorCentreId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private CaseState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private CaseState toState;

    /** The institution responsible for the case after this step. */
    @Column(name = "handling_institution_id", nullable = false)
    private Long handlingInstitutionId;

    @Column(name = "reason", length = 2000)
    private String reason;

    /** What the step concerned: the assignee's user name, the result type, the number of days, the previous institution's id. */
    @Column(name = "detail", length = 200)
    private String detail;

    /** The due day after this step. */
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected CaseEvent() {}

    CaseEvent(
            ServiceCase serviceCase,
            CaseStep step,
            CaseEventType type,
            CaseState from,
            CaseState to,
            String reason,
            String detail) {
        this.serviceCase = serviceCase;
        this.occurredAt = step.at();
        this.occurredOn = step.today();
        this.type = type;
        this.actor = step.actor().username();
        this.actorInstitutionId = step.actor().institutionId();
        this.actorCentreId = step.actor().centreId();
        this.fromState = from;
        this.toState = to;
        this.handlingInstitutionId = serviceCase.handlingInstitution().id();
        this.reason = reason;
        this.detail = detail;
        this.dueOn = serviceCase.dueOn();
    }

    public Long id() {
        return id;
    }

    public ServiceCase serviceCase() {
        return serviceCase;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public CaseEventType type() {
        return type;
    }

    public String actor() {
        return actor;
    }

    public Long actorInstitutionId() {
        return actorInstitutionId;
    }

    public Long actorCentreId() {
        return actorCentreId;
    }

    public CaseState fromState() {
        return fromState;
    }

    public CaseState toState() {
        return toState;
    }

    public Long handlingInstitutionId() {
        return handlingInstitutionId;
    }

    public String reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    /**
     * What a person wrote at the step goes, and what the step concerned where that names the client's papers or
     * words (file names, a message's subject); the step itself, who took it and when, stays.
     */
    void erase() {
        this.reason = null;
        if (type == CaseEventType.DOCUMENTS_ADDED
                || type == CaseEventType.RESULT_SEALED
                || type == CaseEventType.CLIENT_REPLIED
                || type == CaseEventType.SENT_TO_HOLDER
                || type == CaseEventType.LEGAL_HOLD) {
            this.detail = null;
        }
    }
}
