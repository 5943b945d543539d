package lv.pietura.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lv.pietura.calendar.WorkingDayCalendar;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.DeadlineKind;
import lv.pietura.catalogue.Recipients;
import lv.pietura.catalogue.ResultType;
import lv.pietura.catalogue.Service;
import lv.pietura.catalogue.ServiceVersion;
import lv.pietura.catalogue.VersionState;
import lv.pietura.files.FileRef;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.Checks;
import lv.pietura.shared.InstitutionOwned;
import lv.pietura.shared.Money;
import lv.pietura.shared.RuleViolation;

/**
 * A client's consultation or application for one service, from registration in a centre (or a portal)
 * to its result. It keeps the service version it was registered under, counts its deadline in working
 * days (or calendar days) from the day after registration, stops the clock while waiting for the client,
 * and allows each step only in the states, to the people and within the limits the rules give. Every
 * step writes a {@link CaseEvent}.
 */
@Entity
@InstitutionOwned
@Table(name = "service_case")
public class ServiceCase {

    static final int NOTE_MAX = 2000;
    static final int REASON_MAX = 2000;
    static final int MAX_ATTACHMENTS = 20;
    static final Duration RATING_LINK_VALID = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_case_seq")
    @SequenceGenerator(name = "service_case_seq", sequenceName = "service_case_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    /** The number clients and staff refer to: the year of registration and the id, 2026-000123. */
    @Column(name = "case_number", nullable = false, unique = true, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, length = 20)
    private CaseType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Channel channel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private Service service;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_version_id")
    private ServiceVersion serviceVersion;

    /** The institution responsible now: the service's holder, or the one the case was forwarded to. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "handling_institution_id")
    private Institution handlingInstitution;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registering_institution_id")
    private Institution registeringInstitution;

    /** The centre it was registered in; {@code null} for a portal's submission. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Embedded
    private Client client;

    @Embedded
    private Representative representative;

    @ElementCollection
    @CollectionTable(name = "case_intake_value", joinColumns = @JoinColumn(name = "case_id"))
    @MapKeyColumn(name = "field_code", length = 60)
    @Column(name = "field_value", nullable = false, length = IntakeForm.TEXT_MAX)
    private Map<String, String> intake = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "case_document", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "item_index")
    private List<CaseDocument> documents = new ArrayList<>();

    /**
     * An application for a holder that does not work in Pietura (no agreement in force when it was registered): it
     * went to the holder's e-address, and the consultant of the centre records the holder's answer.
     */
    @Column(name = "outside_pietura", nullable = false)
    private boolean outsidePietura;

    @ElementCollection
    @CollectionTable(name = "case_fee_entry", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "item_index")
    private List<FeeEntry> feeEntries = new ArrayList<>();

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private CaseState state;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private StaffAccount assignee;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind", nullable = false, length = 20)
    private DeadlineKind deadlineKind;

    /** The legal deadline: the last day the result may be given. */
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    /** The service norm: the earlier day the holder aims for. */
    @Column(name = "norm_on")
    private LocalDate normOn;

    @Column(name = "suspended_since")
    private LocalDate suspendedSince;

    /** Days (of the deadline's kind) the clock stood still while waiting for the client. */
    @Column(name = "suspended_days", nullable = false)
    private int suspendedDays;

    @Column(name = "extension_days", nullable = false)
    private int extensionDays;

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    /** The due day a reminder was last sent for (a new due day earns a new reminder). */
    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    @Column(name = "result_type", length = 40)
    private String resultType;

    @Column(name = "result_note", length = NOTE_MAX)
    private String resultNote;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Working days from registration to closing, the days waiting for the client left out (a KPI). */
    @Column(name = "handling_working_days")
    private Integer handlingWorkingDays;

    /** What the client owes for an application: the fees of the version registered under, in cents. */
    @Column(name = "fee_due_cents", nullable = false)
    private long feeDueCents;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Embedded
    private ClientRating clientRating;

    /** Why the case is kept whatever its retention period (a court case, an audit); none: no hold. */
    @Column(name = "legal_hold", length = LEGAL_HOLD_MAX)
    private String legalHold;

    /** The day its personal data was erased, its retention period over. */
    @Column(name = "erased_on")
    private LocalDate erasedOn;

    @OneToMany(mappedBy = "serviceCase", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<CaseEvent> events = new ArrayList<>();

    protected ServiceCase() {}

    /**
     * Registers a case under {@code version} (the one in force today) and routes it to the service's
     * holder; a consultation closed on the spot is completed at once.
     *
     * @param centre {@code null} for a portal's submission
     * @throws RuleViolation naming every problem of what was given
     */
    public static ServiceCase register(
            NewCase given, ServiceVersion version, Institution registeringInstitution, Centre centre, CaseStep step) {
        Checks checks = new Checks().present("type", given.type()).present("channel", given.channel());
        Client client = checks.value(() -> Client.of(
                given.clientKind(),
                given.clientCode(),
                given.clientName(),
                given.clientEmail(),
                given.clientPhone(),
                given.foreign(),
                step.today()));
        Representative representative = checks.value(() -> Representative.of(
                given.representativeName(),
                given.representativeCode(),
                given.representationBasis(),
                given.representationNote()));
        if (version.state() != VersionState.PUBLISHED) {
            throw new IllegalArgumentException("A case is registered under a published version only");
        }
        // a training sandbox's centre registers its own services only, and no real centre registers a sandbox's
        checks.that(
                version.service().holder().training() == registeringInstitution.training(),
                "serviceCode",
                registeringInstitution.training() ? "training.realService" : "case.service.unknown",
                version.service().code());
        if (client != null) {
            Recipients recipients = version.recipients();
            // an anonymous client may be either: nobody asked
            checks.that(
                            recipients != Recipients.PERSONS || client.kind() != ClientKind.ORGANISATION,
                            "clientKind",
                            "case.client.personsOnly")
                    .that(
                            recipients != Recipients.COMPANIES
                                    || client.kind() == ClientKind.ORGANISATION
                                    || client.kind() == ClientKind.ANONYMOUS,
                            "clientKind",
                            "case.client.organisationsOnly")
                    .that(
                            client.kind() != ClientKind.ANONYMOUS || given.type() != CaseType.APPLICATION,
                            "clientKind",
                            "case.client.anonymousConsultationOnly");
        }
        if (given.type() == CaseType.APPLICATION && given.channel() != null) {
            checks.that(
                    version.requestChannels().contains(given.channel()),
                    "channel",
                    "case.channel.notOffered",
                    given.channel().name());
        }
        checks.that(
                        given.attachments().size() <= MAX_ATTACHMENTS,
                        "attachments",
                        "case.attachments.tooMany",
                        MAX_ATTACHMENTS)
                .optionalText("note", given.note(), NOTE_MAX);
        Map<String, String> intake = IntakeForm.check(
                version.intakeForm(),
                given.intake(),
                given.attachments().stream()
                        .map(NewCase.Attachment::fieldCode)
                        .filter(Objects::nonNull)
                        .toList(),
                checks);
        if (given.closeOnSpot()) {
            checks.that(given.type() == CaseType.CONSULTATION, "closeOnSpot", "case.closeOnSpot.consultationsOnly")
                    .text("outcome", given.outcome(), NOTE_MAX);
            String resultCode = Checks.clean(given.outcomeResultType());
            checks.that(
                    resultCode == null || resultTypeOf(version, resultCode).isPresent(),
                    "outcomeResultType",
                    "case.result.unknown",
                    resultCode == null ? "" : resultCode);
        }
        checks.throwIfAny();

        ServiceCase c = new ServiceCase();
        c.type = given.type();
        c.channel = given.channel();
        c.service = version.service();
        c.serviceVersion = version;
        c.handlingInstitution = version.service().holder();
        c.registeringInstitution = registeringInstitution;
        c.centre = centre;
        c.registeredBy = step.actor().username();
        c.registeredAt = step.at();
        c.registeredOn = step.today();
        c.client = client;
        c.representative = representative;
        c.intake.putAll(intake);
        for (NewCase.Attachment attachment : given.attachments()) {
            c.documents.add(new CaseDocument(
                    attachment.file(),
                    DocumentPurpose.ATTACHMENT,
                    attachment.fieldCode(),
                    step.at(),
                    step.actor().username()));
        }
        c.note = Checks.clean(given.note());
        c.feeDueCents = c.type == CaseType.APPLICATION ? version.totalFee().cents() : 0;
        c.outsidePietura =
                c.type == CaseType.APPLICATION && !version.service().holder().mayUseSystemOn(step.today());
        c.deadlineKind = version.deadlineKind();
        c.dueOn = c.shift(step.today(), Objects.requireNonNullElse(version.deadlineDays(), 0), step.calendar());
        c.normOn = version.normDays() == null ? null : c.shift(step.today(), version.normDays(), step.calendar());
        c.state = CaseState.NEW;
        c.record(step, CaseEventType.REGISTERED, null, null, null);
        if (given.closeOnSpot()) {
            c.close(
                    step,
                    CaseState.COMPLETED,
                    CaseEventType.COMPLETED,
                    Checks.clean(given.outcomeResultType()),
                    given.outcome(),
                    List.of());
        }
        return c;
    }

    /** Gives the case its number before it is stored: the year of registration and a running number. */
    void numbered(long runningNumber) {
        if (number == null) {
            number = registeredOn.getYear() + "-" + String.format("%06d", runningNumber);
        }
    }

    // ----- handling by the holder's specialists -----

    /** A specialist of the handling institution takes an unassigned case. */
    public void take(StaffAccount specialist, CaseStep step) {
        requireHandler(step);
        requireState(CaseAction.TAKE, CaseState.NEW);
        this.assignee = specialist;
        transition(step, CaseEventType.TAKEN, CaseState.IN_PROGRESS, null, specialist.username());
    }

    /** Gives an open case to a specialist of the handling institution (a new case starts being worked on). */
    public void assign(StaffAccount specialist, CaseStep step) {
        requireHandler(step);
        requireState(CaseAction.ASSIGN, CaseState.NEW, CaseState.IN_PROGRESS, CaseState.WAITING);
        if (!specialist.active()
                || !specialist.has(Role.SPECIALIST)
                || !specialist.institution().id().equals(handlingInstitution.id())) {
            throw RuleViolation.ofField("assignee", "case.assign.notASpecialist", specialist.fullName());
        }
        if (assignee != null && assignee.id().equals(specialist.id())) {
            throw RuleViolation.ofField("assignee", "case.assign.alreadyAssigned", specialist.fullName());
        }
        this.assignee = specialist;
        transition(
                step,
                CaseEventType.ASSIGNED,
                state == CaseState.NEW ? CaseState.IN_PROGRESS : state,
                null,
                specialist.username());
    }

    /** Asks the client for more; the deadline's clock stops until {@link #resume}. */
    public void askClient(String reason, CaseStep step) {
        requireState(CaseAction.ASK_CLIENT, CaseState.IN_PROGRESS);
        requireAssignee(step);
        if (!serviceVersion.suspensionAllowed()) {
            throw new RuleViolation("case.suspend.notAllowed");
        }
        String why = requiredReason(reason);
        this.suspendedSince = step.today();
        transition(step, CaseEventType.SUSPENDED, CaseState.WAITING, why, null);
    }

    static final int LEGAL_HOLD_MAX = 500;

    /**
     * Kept whatever its retention period, for the reason given (a court case, an audit, a complaint), until the hold
     * is lifted; by its holder's staff. A case whose data was erased holds nothing more to keep.
     */
    public void holdForLaw(String reason, CaseStep step) {
        requireHandler(step);
        if (erasedOn != null) {
            throw new RuleViolation("case.hold.erased");
        }
        if (legalHold != null) {
            throw new RuleViolation("case.hold.already");
        }
        new Checks().text("reason", reason, LEGAL_HOLD_MAX).throwIfAny();
        legalHold = Checks.clean(reason);
        record(step, CaseEventType.LEGAL_HOLD, state, legalHold, null);
    }

    /** The hold lifted: the retention period applies again. */
    public void releaseHold(CaseStep step) {
        requireHandler(step);
        if (legalHold == null) {
            throw new RuleViolation("case.hold.none");
        }
        legalHold = null;
        record(step, CaseEventType.HOLD_RELEASED, state, null, null);
    }

    /**
     * Whether its personal data is due for erasure on {@code today}: closed more than {@code years} years ago, not
     * held, not erased yet.
     */
    public boolean dueForErasure(LocalDate today, int years) {
        return !state.open()
                && closedOn != null
                && legalHold == null
                && erasedOn == null
                && closedOn.plusYears(years).isBefore(today);
    }

    /**
     * Its retention period over, the case keeps only what the figures are made of (service, holder, centre,
     * channel, dates, states, deadlines, result type, fees' amounts, the rating's score, who took each step) and
     * loses the client's identity and contacts, the representative, the intake, its documents, notes and what
     * anyone wrote at a step. The documents it held are returned, for their files to go where nothing else needs
     * them.
     */
    public List<FileRef> erasePersonalData(LocalDate today, int years) {
        if (!dueForErasure(today, years)) {
            throw new IllegalStateException("Case " + number + " is not due for erasure");
        }
        List<FileRef> removed = documents.stream().map(CaseDocument::ref).toList();
        client = client.erased();
        representative = null;
        intake.clear();
        documents.clear();
        note = null;
        resultNote = null;
        if (clientRating != null) {
            clientRating = clientRating.erased();
        }
        feeEntries.forEach(FeeEntry::erase);
        events.forEach(CaseEvent::erase);
        erasedOn = today;
        return removed;
    }

    /** The most documents one addition brings. */
    public static final int DOCUMENTS_ADDED_MAX = 10;

    /**
     * Documents the client brought later (to the centre, or sent otherwise) join the open case as what they are:
     * attachments, or the application the client signed (printed, signed, scanned); a closed case takes none.
     */
    public void addDocuments(List<FileRef> files, DocumentPurpose purpose, CaseStep step) {
        if (purpose == DocumentPurpose.RESULT || purpose == DocumentPurpose.SEALED_RESULT) {
            throw new IllegalArgumentException("A result is recorded with the case's completion");
        }
        if (!state.open()) {
            throw new RuleViolation("case.documents.closed");
        }
        new Checks()
                .that(files != null && !files.isEmpty(), "documents", "case.documents.none")
                .that(
                        files == null || files.size() <= DOCUMENTS_ADDED_MAX,
                        "documents",
                        "case.documents.tooMany",
                        DOCUMENTS_ADDED_MAX)
                .throwIfAny();
        for (FileRef file : files) {
            documents.add(new CaseDocument(
                    file,
                    purpose == null ? DocumentPurpose.ATTACHMENT : purpose,
                    null,
                    step.at(),
                    step.actor().username()));
        }
        String names = String.join(", ", files.stream().map(FileRef::name).toList());
        record(
                step,
                CaseEventType.DOCUMENTS_ADDED,
                state,
                null,
                names.length() > 200 ? names.substring(0, 199) + "…" : names);
    }

    /**
     * The result, as just recorded, sealed with the holder's electronic seal: the container holding its documents and
     * notice joins the case beside them, and is what the client receives. Once, right as the case closes.
     */
    public void sealResult(FileRef container, CaseStep step) {
        if (state.open() || !step.at().equals(closedAt)) {
            throw new IllegalStateException("A result is sealed as the case closes");
        }
        if (documents.stream().anyMatch(d -> d.purpose() == DocumentPurpose.SEALED_RESULT)) {
            throw new IllegalStateException("The result is sealed already");
        }
        documents.add(new CaseDocument(
                container,
                DocumentPurpose.SEALED_RESULT,
                null,
                step.at(),
                step.actor().username()));
        record(step, CaseEventType.RESULT_SEALED, state, null, container.name());
    }

    /** The documents of the result as recorded (not the sealed container of them). */
    public List<FileRef> resultDocuments() {
        return documents.stream()
                .filter(d -> d.purpose() == DocumentPurpose.RESULT)
                .map(CaseDocument::ref)
                .toList();
    }

    /**
     * A message of the client about this case arrived (a reply to a request, from their e-address): recorded on the
     * open case; whether it resumes is the specialist's to decide. A closed case records nothing.
     */
    public boolean clientReplied(String subject, CaseStep step) {
        if (!state.open()) {
            return false;
        }
        String about = Checks.clean(subject);
        record(
                step,
                CaseEventType.CLIENT_REPLIED,
                state,
                null,
                about == null ? null : about.substring(0, Math.min(200, about.length())));
        return true;
    }

    /**
     * The client answered: the clock runs again, and the deadline and the norm move by the days it stood
     * still (working days after the day of suspension up to and including today, or calendar days).
     */
    public void resume(String note, CaseStep step) {
        requireState(CaseAction.RESUME, CaseState.WAITING);
        requireAssignee(step);
        new Checks().optionalText("reason", note, REASON_MAX).throwIfAny();
        WorkingDayCalendar calendar = step.calendar();
        int stood = deadlineKind == DeadlineKind.CALENDAR_DAYS
                ? (int) ChronoUnit.DAYS.between(suspendedSince, step.today())
                : calendar.workingDaysBetween(suspendedSince, step.today());
        if (stood > 0) {
            dueOn = shift(dueOn, stood, calendar);
            normOn = normOn == null ? null : shift(normOn, stood, calendar);
            remindedFor = null;
        }
        suspendedDays += stood;
        suspendedSince = null;
        if (overdueSince != null && !step.today().isAfter(dueOn)) {
            overdueSince = null;
        }
        transition(step, CaseEventType.RESUMED, CaseState.IN_PROGRESS, Checks.clean(note), String.valueOf(stood));
    }

    /** The day {@code days} after {@code day}, counted as the service counts its deadline. */
    private LocalDate shift(LocalDate day, int days, WorkingDayCalendar calendar) {
        return deadlineKind == DeadlineKind.CALENDAR_DAYS
                ? calendar.addCalendarDays(day, days)
                : calendar.addWorkingDays(day, days);
    }

    /** Extends the deadline by {@code days}, when the service allows it and within its limit. */
    public void extend(Integer days, String reason, CaseStep step) {
        requireState(CaseAction.EXTEND, CaseState.IN_PROGRESS, CaseState.WAITING);
        requireAssignee(step);
        if (!serviceVersion.extensionAllowed()) {
            throw new RuleViolation("case.extend.notAllowed");
        }
        int limit = serviceVersion.maxExtensionDays() == null ? 0 : serviceVersion.maxExtensionDays();
        new Checks()
                .present("days", days)
                .that(days == null || days >= 1, "days", "case.extend.positive")
                .that(
                        days == null || days < 1 || extensionDays + days <= limit,
                        "days",
                        "case.extend.beyondLimit",
                        limit,
                        extensionDays,
                        Math.max(0, limit - extensionDays))
                .text("reason", reason, REASON_MAX)
                .throwIfAny();
        extensionDays += days;
        dueOn = shift(dueOn, days, step.calendar());
        remindedFor = null;
        if (overdueSince != null && !step.today().isAfter(dueOn)) {
            overdueSince = null;
        }
        transition(step, CaseEventType.EXTENDED, state, Checks.clean(reason), String.valueOf(days));
    }

    /**
     * Sends the case to another institution that is competent; it starts there as new and unassigned,
     * keeps its deadline and its whole history.
     */
    public void forward(Institution to, String reason, CaseStep step) {
        requireHandler(step);
        requireState(CaseAction.FORWARD, CaseState.NEW, CaseState.IN_PROGRESS);
        new Checks()
                .present("institution", to)
                .text("reason", reason, REASON_MAX)
                .throwIfAny();
        if (to.id().equals(handlingInstitution.id())) {
            throw RuleViolation.ofField("institution", "case.forward.sameInstitution");
        }
        if (to.training() != handlingInstitution.training()) { // a sandbox's case stays in the sandbox
            throw RuleViolation.ofField("institution", "case.forward.unknownInstitution");
        }
        if (!to.mayUseSystemOn(step.today())) {
            throw RuleViolation.ofField(
                    "institution", "case.forward.noAgreement", to.name().lv());
        }
        String from = String.valueOf(handlingInstitution.id());
        this.handlingInstitution = to;
        this.assignee = null;
        transition(step, CaseEventType.FORWARDED, CaseState.NEW, Checks.clean(reason), from);
    }

    /** Records the result: one of the service version's result types, with documents and a note. */
    public void complete(String resultTypeCode, String resultNote, List<FileRef> resultDocuments, CaseStep step) {
        requireState(CaseAction.COMPLETE, CaseState.IN_PROGRESS);
        requireAssignee(step);
        completeWith(resultTypeCode, resultNote, resultDocuments, step);
    }

    /**
     * The consultant of the centre that registered an application for a holder outside Pietura records the holder's
     * answer: granted, as one of the service's result types, with the holder's documents and a note.
     */
    public void completeForHolder(String resultTypeCode, String answer, List<FileRef> holderDocuments, CaseStep step) {
        requireHolderAnswer(step);
        completeWith(resultTypeCode, answer, holderDocuments, step);
    }

    /** ... or refused, with the holder's reasons. */
    public void refuseForHolder(String reasons, List<FileRef> holderDocuments, CaseStep step) {
        requireHolderAnswer(step);
        new Checks().text("reason", reasons, NOTE_MAX).throwIfAny();
        close(step, CaseState.REFUSED, CaseEventType.REFUSED, null, reasons, holderDocuments);
    }

    /** The application went to the holder's e-address ({@code detail}: which message). */
    public void sentToHolder(String detail, CaseStep step) {
        record(step, CaseEventType.SENT_TO_HOLDER, state, null, detail);
    }

    private void requireHolderAnswer(CaseStep step) {
        if (!outsidePietura) {
            throw new RuleViolation("case.holder.inPietura");
        }
        if (centre == null || !centre.id().equals(step.actor().centreId())) {
            throw new AccessDenied("case.notYourInstitution");
        }
        if (!state.open()) {
            throw new RuleViolation("case.holder.closed");
        }
    }

    private void completeWith(String resultTypeCode, String resultNote, List<FileRef> resultDocuments, CaseStep step) {
        String code = Checks.clean(resultTypeCode);
        new Checks()
                .present("resultType", code)
                .that(
                        code == null || resultTypeOf(serviceVersion, code).isPresent(),
                        "resultType",
                        "case.result.unknown",
                        code == null ? "" : code)
                .optionalText("resultNote", resultNote, NOTE_MAX)
                .that(
                        resultDocuments.size() <= MAX_ATTACHMENTS,
                        "documents",
                        "case.attachments.tooMany",
                        MAX_ATTACHMENTS)
                .that(
                        !serviceVersion.feeBeforeResult() || feeOutstanding().isFree(),
                        "resultType",
                        "case.fee.unpaid",
                        feeOutstanding().formatted())
                .throwIfAny();
        close(step, CaseState.COMPLETED, CaseEventType.COMPLETED, code, resultNote, resultDocuments);
    }

    // ----- fees -----

    /**
     * The client pays {@code amount} of the application's fees (by cash, card, or bank transfer with its
     * reference); never more than is still owed.
     *
     * @return the entry's number on the case, from 1: its receipt is {@code <case number>/<n>}
     */
    public int payFee(PaymentMethod method, Money amount, String reference, CaseStep step) {
        requireFeeAccount();
        if (state == CaseState.REFUSED) {
            throw new RuleViolation("case.fee.refused");
        }
        String cleanReference = Checks.clean(reference);
        Money outstanding = feeOutstanding();
        new Checks()
                .present("feeMethod", method)
                .that(amount != null && amount.cents() > 0, "feeAmount", "case.fee.amount")
                .that(
                        amount == null || amount.cents() <= outstanding.cents(),
                        "feeAmount",
                        "case.fee.moreThanOwed",
                        outstanding.formatted())
                .that(
                        method != PaymentMethod.BANK_TRANSFER || cleanReference != null,
                        "feeReference",
                        "case.fee.referenceRequired")
                .optionalText("feeReference", cleanReference, FeeEntry.FEE_REFERENCE_MAX)
                .throwIfAny();
        return addFeeEntry(
                new FeeEntry(FeeEntry.Kind.PAYMENT, method, amount.cents(), cleanReference, null, step),
                CaseEventType.FEE_PAID,
                step);
    }

    /** The client is exempt from what they still owe, for a legal reason (a law's article, a status). */
    public int exemptFromFee(String legalReason, CaseStep step) {
        requireFeeAccount();
        if (!state.open()) {
            throw new RuleViolation("case.fee.closed");
        }
        Money outstanding = feeOutstanding();
        new Checks()
                .that(!outstanding.isFree(), "feeReason", "case.fee.nothingOwed")
                .text("feeReason", legalReason, FeeEntry.FEE_REASON_MAX)
                .throwIfAny();
        return addFeeEntry(
                new FeeEntry(FeeEntry.Kind.EXEMPTION, null, outstanding.cents(), null, Checks.clean(legalReason), step),
                CaseEventType.FEE_EXEMPTED,
                step);
    }

    /** Pays back {@code amount} of what the client paid, with the reason; never more than they paid. */
    public int refundFee(PaymentMethod method, Money amount, String reason, CaseStep step) {
        requireFeeAccount();
        Money paid = feePaid();
        new Checks()
                .present("feeMethod", method)
                .that(amount != null && amount.cents() > 0, "feeAmount", "case.fee.amount")
                .that(
                        amount == null || amount.cents() <= paid.cents(),
                        "feeAmount",
                        "case.fee.moreThanPaid",
                        paid.formatted())
                .text("feeReason", reason, FeeEntry.FEE_REASON_MAX)
                .throwIfAny();
        return addFeeEntry(
                new FeeEntry(FeeEntry.Kind.REFUND, method, amount.cents(), null, Checks.clean(reason), step),
                CaseEventType.FEE_REFUNDED,
                step);
    }

    private void requireFeeAccount() {
        if (type != CaseType.APPLICATION || feeDueCents == 0) {
            throw new RuleViolation("case.fee.none");
        }
    }

    private int addFeeEntry(FeeEntry entry, CaseEventType type, CaseStep step) {
        feeEntries.add(entry);
        record(
                step,
                type,
                state,
                entry.reason(),
                entry.amount().formatted()
                        + (entry.method() == null ? "" : " " + entry.method().name()));
        return feeEntries.size();
    }

    /** What the client paid, less what was paid back. */
    public Money feePaid() {
        return new Money(sumOf(FeeEntry.Kind.PAYMENT) - sumOf(FeeEntry.Kind.REFUND));
    }

    /** What the client was exempted from. */
    public Money feeExempt() {
        return new Money(sumOf(FeeEntry.Kind.EXEMPTION));
    }

    /** What the client still owes. */
    public Money feeOutstanding() {
        return new Money(
                Math.max(0, feeDueCents - feePaid().cents() - feeExempt().cents()));
    }

    private long sumOf(FeeEntry.Kind kind) {
        return feeEntries.stream()
                .filter(e -> e.kind() == kind)
                .mapToLong(e -> e.amount().cents())
                .sum();
    }

    /** The fee account's entries, in the order recorded (the n-th is receipt n). */
    public List<FeeEntry> feeEntries() {
        return Collections.unmodifiableList(feeEntries);
    }

    /** Refuses the application, giving the reasons the client will read. */
    public void refuse(String reasons, List<FileRef> resultDocuments, CaseStep step) {
        requireState(CaseAction.REFUSE, CaseState.IN_PROGRESS);
        requireAssignee(step);
        new Checks().text("reason", reasons, NOTE_MAX).throwIfAny();
        close(step, CaseState.REFUSED, CaseEventType.REFUSED, null, reasons, resultDocuments);
    }

    private void close(
            CaseStep step,
            CaseState to,
            CaseEventType type,
            String resultCode,
            String text,
            List<FileRef> resultDocuments) {
        for (FileRef file : resultDocuments) {
            documents.add(new CaseDocument(
                    file, DocumentPurpose.RESULT, null, step.at(), step.actor().username()));
        }
        this.resultType = resultCode;
        this.resultNote = Checks.clean(text);
        this.closedOn = step.today();
        this.closedAt = step.at();
        this.handlingWorkingDays =
                Math.max(0, step.calendar().workingDaysBetween(registeredOn, closedOn) - suspendedDays);
        this.closedBy = step.actor().username();
        this.suspendedSince = null;
        transition(step, type, to, Checks.clean(text), resultCode);
    }

    // ----- the deadline watch -----

    /** Flags an open case whose deadline has passed, once; a waiting case's clock stands still. */
    public boolean flagIfOverdue(CaseStep step) {
        if (state == CaseState.NEW || state == CaseState.IN_PROGRESS) {
            if (overdueSince == null && step.today().isAfter(dueOn)) {
                overdueSince = step.today();
                record(step, CaseEventType.OVERDUE, state, null, null);
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the assignee should be reminded today: {@code workingDaysBefore} working days (or fewer)
     * before the due day, once for each due day.
     */
    public boolean needsReminder(int workingDaysBefore, CaseStep step) {
        return state == CaseState.IN_PROGRESS
                && assignee != null
                && !Objects.equals(remindedFor, dueOn)
                && !step.today().isAfter(dueOn)
                && !step.today().isBefore(step.calendar().subtractWorkingDays(dueOn, workingDaysBefore));
    }

    public void reminded(CaseStep step) {
        remindedFor = dueOn;
        record(step, CaseEventType.REMINDED, state, null, assignee == null ? null : assignee.username());
    }

    // ----- the client's rating -----

    /**
     * Opens a one-time rating for the client: at a kiosk in the centre, or through a link. Only the hash
     * of the token is kept; a new token replaces an unused one.
     */
    public void openRating(String tokenHash, RatingChannel channel, CaseStep step) {
        if (state.open()) {
            throw new RuleViolation("case.rating.notClosed");
        }
        clientRating = clientRating().offered(tokenHash, channel, step.at().plus(RATING_LINK_VALID));
    }

    public boolean ratingOpen(Instant now) {
        return clientRating().open(now);
    }

    /** The client's rating as it stands ({@link ClientRating#NONE} until one is offered). */
    private ClientRating clientRating() {
        return clientRating == null ? ClientRating.NONE : clientRating;
    }

    /** The client's 1 to 5 and an optional comment; the token is used up. */
    public void rate(Integer value, String comment, CaseStep step) {
        clientRating = clientRating().rated(value, comment, step.at());
        record(step, CaseEventType.RATED, state, null, String.valueOf(value));
    }

    // ----- who may do what -----

    /**
     * What {@code staff} may do now. A specialist of the handling institution takes, assigns and
     * forwards; the assignee works the case; whoever may see a closed case may give the client a rating
     * link.
     */
    public Set<CaseAction> actionsFor(StaffAccount staff) {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        boolean handler = staff.has(Role.SPECIALIST) && staff.institution().id().equals(handlingInstitution.id());
        boolean isAssignee = handler && assignee != null && assignee.id().equals(staff.id());
        if (handler && state == CaseState.NEW) {
            actions.add(CaseAction.TAKE);
        }
        if (handler && state.open()) {
            actions.add(CaseAction.ASSIGN);
        }
        if (handler && (state == CaseState.NEW || state == CaseState.IN_PROGRESS)) {
            actions.add(CaseAction.FORWARD);
        }
        if (isAssignee && state == CaseState.IN_PROGRESS) {
            actions.add(CaseAction.COMPLETE);
            actions.add(CaseAction.REFUSE);
            if (serviceVersion.suspensionAllowed()) {
                actions.add(CaseAction.ASK_CLIENT);
            }
        }
        if (isAssignee && state == CaseState.WAITING) {
            actions.add(CaseAction.RESUME);
        }
        if (isAssignee
                && (state == CaseState.IN_PROGRESS || state == CaseState.WAITING)
                && serviceVersion.extensionAllowed()
                && remainingExtensionDays() > 0) {
            actions.add(CaseAction.EXTEND);
        }
        boolean clerkHere = staff.has(Role.CLERK)
                && centre != null
                && staff.centre() != null
                && staff.centre().id().equals(centre.id());
        if ((clerkHere || handler) && !state.open() && !clientRating().given()) {
            actions.add(CaseAction.RATING_LINK);
        }
        if ((clerkHere || handler) && state.open()) {
            actions.add(CaseAction.ADD_DOCUMENTS);
        }
        if ((clerkHere || handler) && type == CaseType.APPLICATION && feeDueCents > 0) {
            actions.add(CaseAction.FEES);
        }
        if (clerkHere) {
            actions.add(CaseAction.RATE_VISIT); // on the day of the visit: the facade checks the day
        }
        if (clerkHere && outsidePietura && state.open()) {
            actions.add(CaseAction.RECORD_ANSWER);
        }
        if (handler && erasedOn == null) {
            actions.add(legalHold == null ? CaseAction.HOLD : CaseAction.RELEASE_HOLD);
        }
        return actions;
    }

    public int remainingExtensionDays() {
        int limit = serviceVersion.maxExtensionDays() == null ? 0 : serviceVersion.maxExtensionDays();
        return Math.max(0, limit - extensionDays);
    }

    private void requireHandler(CaseStep step) {
        if (!handlingInstitution.id().equals(step.actor().institutionId())) {
            throw new AccessDenied("case.notYourInstitution");
        }
    }

    private void requireAssignee(CaseStep step) {
        requireHandler(step);
        if (assignee == null || !assignee.id().equals(step.actor().staffId())) {
            throw new RuleViolation("case.notAssignedToYou");
        }
    }

    private void requireState(CaseAction action, CaseState... allowed) {
        for (CaseState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new RuleViolation("case.state.notAllowed." + state.name(), action.name());
    }

    private static String requiredReason(String reason) {
        new Checks().text("reason", reason, REASON_MAX).throwIfAny();
        return Checks.clean(reason);
    }

    private void transition(CaseStep step, CaseEventType type, CaseState to, String reason, String detail) {
        CaseState from = state;
        state = to;
        record(step, type, from, reason, detail);
    }

    /**
     * @param reason what a person wrote, shown as written
     * @param detail what the step concerned: a user name, a result type, a number of days
     */
    private void record(CaseStep step, CaseEventType type, CaseState from, String reason, String detail) {
        events.add(new CaseEvent(this, step, type, from, state, reason, detail));
    }

    private static Optional<ResultType> resultTypeOf(ServiceVersion version, String code) {
        return version.resultTypes().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    // ----- reading -----

    /** Open and past its due day (a waiting case's clock stands still). */
    public boolean overdueOn(LocalDate today) {
        return (state == CaseState.NEW || state == CaseState.IN_PROGRESS) && today.isAfter(dueOn);
    }

    /** Open and past the service norm, though maybe not yet the deadline. */
    public boolean pastNormOn(LocalDate today) {
        return state.open() && normOn != null && today.isAfter(normOn);
    }

    /** Closed by its due day. */
    public boolean closedInTime() {
        return closedOn != null && !closedOn.isAfter(dueOn);
    }

    public Optional<ResultType> result() {
        return resultType == null ? Optional.empty() : resultTypeOf(serviceVersion, resultType);
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String number() {
        return number;
    }

    public CaseType type() {
        return type;
    }

    public Channel channel() {
        return channel;
    }

    public Service service() {
        return service;
    }

    public ServiceVersion serviceVersion() {
        return serviceVersion;
    }

    public Institution handlingInstitution() {
        return handlingInstitution;
    }

    public Institution registeringInstitution() {
        return registeringInstitution;
    }

    public Centre centre() {
        return centre;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public Client client() {
        return client;
    }

    public Optional<Representative> representative() {
        return representative == null || !representative.isPresent() ? Optional.empty() : Optional.of(representative);
    }

    public Map<String, String> intake() {
        return Collections.unmodifiableMap(intake);
    }

    public String legalHold() {
        return legalHold;
    }

    public LocalDate erasedOn() {
        return erasedOn;
    }

    public List<CaseDocument> documents() {
        return Collections.unmodifiableList(documents);
    }

    public String note() {
        return note;
    }

    public CaseState state() {
        return state;
    }

    public StaffAccount assignee() {
        return assignee;
    }

    public DeadlineKind deadlineKind() {
        return deadlineKind;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate normOn() {
        return normOn;
    }

    public LocalDate suspendedSince() {
        return suspendedSince;
    }

    public int suspendedDays() {
        return suspendedDays;
    }

    public int extensionDays() {
        return extensionDays;
    }

    public LocalDate overdueSince() {
        return overdueSince;
    }

    public String resultTypeCode() {
        return resultType;
    }

    public String resultNote() {
        return resultNote;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    /** Working days it took, waiting for the client excluded; {@code null} while open. */
    public Integer handlingWorkingDays() {
        return handlingWorkingDays;
    }

    /** Whether the holder does not work in Pietura: the application went to its e-address. */
    public boolean outsidePietura() {
        return outsidePietura;
    }

    /** The fees the client owes for this application; nothing for a consultation. */
    public Money feeDue() {
        return new Money(feeDueCents);
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public Integer rating() {
        return clientRating().score();
    }

    public String ratingComment() {
        return clientRating().comment();
    }

    public RatingChannel ratingChannel() {
        return clientRating().channel();
    }

    public Instant ratedAt() {
        return clientRating().ratedAt();
    }

    /** Where the open rating token is meant to be used. */
    public RatingChannel ratingChannelOfToken() {
        return clientRating().tokenChannel();
    }

    public List<CaseEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
