package lv.pietura.eaddress;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import lv.pietura.calendar.WorkingDayCalendar;
import lv.pietura.files.FileRef;
import lv.pietura.shared.Checks;
import lv.pietura.shared.RuleViolation;

/**
 * A message sent from one e-address account to one or more others: stored with its files and a delivery
 * per recipient in the sending transaction, then delivered by the worker. Carries its legal dates: sent
 * on, and deemed delivered on the second working day after (Notification Law, art. 9).
 */
@Entity
@Table(name = "eaddress_message")
@org.hibernate.annotations.BatchSize(size = 50)
public class Message {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int MAX_FILES = 10;
    public static final int FILE_NAME_MAX = 255;
    /** Working days after sending on which a message is deemed delivered. */
    static final int DEEMED_DELIVERED_AFTER = 2;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");
    private static final Pattern ANY_CONTROL = Pattern.compile("\\p{Cntrl}");

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sender_account_id", nullable = false)
    private EAddressAccount sender;

    @Column(name = "sent_by", length = 64)
    private String sentBy;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "reply_to", length = 36)
    private String replyTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "deemed_delivered_on", nullable = false)
    private LocalDate deemedDeliveredOn;

    // Lists show a page of messages with their senders, file counts and recipients: loaded for 50 at once
    // (the batch sizes here and on the entities), not one query per row.
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "eaddress_message_file", joinColumns = @JoinColumn(name = "message_id"))
    @OrderColumn(name = "position")
    private List<MessageFile> files = new ArrayList<>();

    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
    @org.hibernate.annotations.BatchSize(size = 50)
    @OrderBy("position")
    private List<Delivery> deliveries = new ArrayList<>();

    protected Message() {}

    /**
     * Checks and composes a message; every problem is named at once.
     *
     * @param sentBy  the staff member who sent it for an institution, or {@code null}
     * @param caseId  the service case it belongs to, or {@code null}
     */
    public static Message compose(
            String id,
            EAddressAccount sender,
            String sentBy,
            List<EAddressAccount> recipients,
            String subject,
            String body,
            List<FileRef> files,
            Long caseId,
            String replyTo,
            Instant now,
            LocalDate today,
            WorkingDayCalendar calendar) {
        Checks checks = new Checks();
        Set<EAddressAccount> distinct = new LinkedHashSet<>(recipients);
        checks.that(!distinct.isEmpty(), "recipients", "eaddress.recipients.required");
        for (EAddressAccount recipient : distinct) {
            checks.of(() -> sender.requireMayWriteTo(recipient));
        }
        Message message =
                compose(checks, id, sender, sentBy, subject, body, files, caseId, replyTo, now, today, calendar);
        int position = 0;
        for (EAddressAccount recipient : distinct) {
            message.deliveries.add(new Delivery(message, position++, recipient, now));
        }
        return message;
    }

    /**
     * A bulk message from an institution, without its deliveries: there may be a hundred thousand, and they
     * are written by one statement ({@code Deliveries.addActivated}) after the message is stored.
     */
    static Message bulk(
            String id,
            EAddressAccount sender,
            String sentBy,
            String subject,
            String body,
            List<FileRef> files,
            Instant now,
            LocalDate today,
            WorkingDayCalendar calendar) {
        if (sender.kind() != AccountKind.INSTITUTION) {
            throw new IllegalArgumentException("Only an institution sends bulk messages");
        }
        return compose(new Checks(), id, sender, sentBy, subject, body, files, null, null, now, today, calendar);
    }

    private static Message compose(
            Checks checks,
            String id,
            EAddressAccount sender,
            String sentBy,
            String subject,
            String body,
            List<FileRef> files,
            Long caseId,
            String replyTo,
            Instant now,
            LocalDate today,
            WorkingDayCalendar calendar) {
        checks.text("subject", subject, SUBJECT_MAX).text("body", body, BODY_MAX);
        checks.that(subject == null || !ANY_CONTROL.matcher(subject).find(), "subject", "eaddress.subject.control")
                .that(body == null || !CONTROL.matcher(body).find(), "body", "eaddress.body.control")
                .that(files.size() <= MAX_FILES, "files", "eaddress.files.tooMany", MAX_FILES);
        List<MessageFile> named = new ArrayList<>();
        for (FileRef file : files) {
            String name = checks.value(() -> fileName(file.name()));
            if (name != null) {
                named.add(new MessageFile(file, name));
            }
        }
        checks.throwIfAny();
        Message message = new Message();
        message.id = id;
        message.sender = sender;
        message.sentBy = sentBy;
        message.subject = subject.strip();
        message.body = body.strip();
        message.caseId = caseId;
        message.replyTo = replyTo;
        message.createdAt = now;
        message.sentOn = today;
        message.deemedDeliveredOn = calendar.addWorkingDays(today, DEEMED_DELIVERED_AFTER);
        message.files.addAll(named);
        return message;
    }

    /**
     * A file's name as it is kept: the last part of a path, without control characters, at most 255
     * characters.
     */
    static String fileName(String given) {
        String name = given == null ? "" : given.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw RuleViolation.ofField("files", "eaddress.file.nameMissing");
        }
        if (ANY_CONTROL.matcher(name).find()) {
            throw RuleViolation.ofField("files", "eaddress.file.nameControl");
        }
        if (name.length() > FILE_NAME_MAX) {
            throw RuleViolation.ofField("files", "eaddress.file.nameTooLong", FILE_NAME_MAX);
        }
        return name;
    }

    /** The subject of an answer to a message with {@code subject}: "Re: " once, within the longest subject. */
    public static String replySubject(String subject) {
        String reply = subject.startsWith("Re: ") ? subject : "Re: " + subject;
        return reply.length() > SUBJECT_MAX ? reply.substring(0, SUBJECT_MAX) : reply;
    }

    public String id() {
        return id;
    }

    public EAddressAccount sender() {
        return sender;
    }

    public String sentBy() {
        return sentBy;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    /**
     * The message of a case whose retention period is over: its text is replaced by {@code notice} and its files go
     * (their bytes where nothing else holds them); who wrote to whom, when, about what, and its delivery stay.
     */
    public void eraseContent(String notice) {
        this.body = notice;
        this.files.clear();
    }

    public Long caseId() {
        return caseId;
    }

    public String replyTo() {
        return replyTo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public LocalDate deemedDeliveredOn() {
        return deemedDeliveredOn;
    }

    public List<MessageFile> files() {
        return List.copyOf(files);
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }
}
