package lv.pietura.support;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import lv.pietura.files.FileRef;
import lv.pietura.shared.Checks;
import lv.pietura.shared.RuleViolation;

/**
 * A staff member's request for help: the page they were on, what they did, the files they sent, the case it is about
 * (only one they may see), and the thread that follows. Support answers or asks back, the requester replies, either
 * closes it; a closed request takes nothing more. The first answer or question back is the first response, the
 * moment the figures measure.
 */
@Entity
@Table(name = "support_request")
public class SupportRequest {

    public static final int SUBJECT_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int PAGE_MAX = 500;
    public static final int FILES_MAX = 3;
    /** A page of the application as its own links name it: a path from its root, nothing that leaves it. */
    private static final Pattern PAGE = Pattern.compile("/[A-Za-z0-9._~/-]*(\\?[A-Za-z0-9._~=&%+-]*)?");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    /** The staff member who asked; none for an e-address holder. */
    @Column(name = "requester_id")
    private Long requesterId;

    @Column(name = "requester", nullable = false, length = 64)
    private String requester;

    /** The requester's institution, whose administrators are support's first line; none for a holder. */
    @Column(name = "institution_id")
    private Long institutionId;

    /** Where a holder's answers are mailed: the alert address they had confirmed when they asked (staff: none). */
    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "page", length = PAGE_MAX)
    private String page;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "description", nullable = false, length = TEXT_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SupportStatus status;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "support_request_file", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<SupportFile> files = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "support_reply", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<SupportReply> replies = new ArrayList<>();

    protected SupportRequest() {}

    /**
     * What the requester writes; the case already checked as one they may see. A staff member is named by their
     * account, institution and user name; an e-address holder by the e-address alone.
     */
    public record Filing(
            Long requesterId,
            String requester,
            Long institutionId,
            String contactEmail,
            String page,
            Long caseId,
            String caseNumber,
            String subject,
            String description,
            List<FileRef> files) {}

    /**
     * A request filed: a subject and what they did are required; a page that is not one of the application's own
     * paths is not kept (it came from a link, not from the requester).
     *
     * @throws RuleViolation naming every problem at once
     */
    public static SupportRequest filed(Filing filing, Instant at) {
        List<FileRef> files = filing.files() == null ? List.of() : filing.files();
        new Checks()
                .text("subject", filing.subject(), SUBJECT_MAX)
                .text("description", filing.description(), TEXT_MAX)
                .that(files.size() <= FILES_MAX, "file", "support.files.tooMany", FILES_MAX)
                .throwIfAny();
        SupportRequest request = new SupportRequest();
        request.requesterId = filing.requesterId();
        request.requester = filing.requester();
        request.institutionId = filing.institutionId();
        request.contactEmail = Checks.clean(filing.contactEmail());
        request.page = pageOf(filing.page());
        request.caseId = filing.caseId();
        request.caseNumber = filing.caseNumber();
        request.subject = filing.subject().strip();
        request.description = filing.description().strip();
        request.status = SupportStatus.OPEN;
        request.filedAt = at;
        files.forEach(f -> request.files.add(new SupportFile(f)));
        return request;
    }

    /** The page kept: one of the application's own paths, or none. */
    static String pageOf(String page) {
        String clean = Checks.clean(page);
        return clean != null
                        && clean.length() <= PAGE_MAX
                        && !clean.startsWith("//")
                        && PAGE.matcher(clean).matches()
                ? clean
                : null;
    }

    /** Support answers; the requester may reply or close. */
    public void answer(String author, String text, Instant at) {
        respond(ReplyKind.ANSWER, SupportStatus.ANSWERED, author, text, at);
    }

    /** Support asks the requester something; the requester's turn. */
    void askBack(String author, String text, Instant at) {
        respond(ReplyKind.QUESTION, SupportStatus.ASKED_BACK, author, text, at);
    }

    /** The requester replies; support's turn again. */
    void reply(String author, String text, Instant at) {
        write(ReplyKind.REPLY, author, text, at);
        status = SupportStatus.OPEN;
    }

    /** Closed by support or the requester, with an optional last word. */
    void close(String author, String text, Instant at) {
        openOrRefuse();
        new Checks().optionalText("text", text, TEXT_MAX).throwIfAny();
        replies.add(new SupportReply(ReplyKind.CLOSING, author, text == null ? "" : text.strip(), at));
        status = SupportStatus.CLOSED;
        closedAt = at;
    }

    private void respond(ReplyKind kind, SupportStatus next, String author, String text, Instant at) {
        write(kind, author, text, at);
        status = next;
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
    }

    private void write(ReplyKind kind, String author, String text, Instant at) {
        openOrRefuse();
        new Checks().text("text", text, TEXT_MAX).throwIfAny();
        replies.add(new SupportReply(kind, author, text.strip(), at));
    }

    private void openOrRefuse() {
        if (status == SupportStatus.CLOSED) {
            throw new RuleViolation("support.closed");
        }
    }

    public Long id() {
        return id;
    }

    public Long requesterId() {
        return requesterId;
    }

    /** Whether {@code staffId}'s request (a staff member's), or {@code holder}'s (an e-address holder's; no account). */
    public boolean requestedBy(Long staffId, String holder) {
        return staffId != null ? staffId.equals(requesterId) : requesterId == null && requester.equals(holder);
    }

    public String requester() {
        return requester;
    }

    public Long institutionId() {
        return institutionId;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String page() {
        return page;
    }

    public Long caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public SupportStatus status() {
        return status;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<SupportFile> files() {
        return Collections.unmodifiableList(files);
    }

    public List<SupportReply> replies() {
        return Collections.unmodifiableList(replies);
    }
}
