package lv.pietura.support;

import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;
import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;
import static lv.pietura.shared.RoleNames.STAFF;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.cases.CaseAccess;
import lv.pietura.cases.ServiceCase;
import lv.pietura.files.FileKinds;
import lv.pietura.files.FilePurpose;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;
import lv.pietura.mail.MailAfterCommit;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.Checks;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.PublicAddress;

/**
 * Support requests: any staff member files one and follows it; support answers, asks back and closes. Support is the
 * platform's administrators for every request and, first line, an institution's administrators for the requests of
 * their institution's staff. A request is seen by its requester and by support alone; anyone else's and a missing one
 * are the same {@code NotFound}. A case named in a request is one its requester may see, and support is shown its
 * number only (the case page decides for itself whether they may open it). Each step is audited and mailed to the
 * requester once it is committed.
 */
@Stateless
@RolesAllowed(STAFF)
public class SupportRequests {

    static final String ENTITY = "SupportRequest";
    /** A screenshot or a short log; a larger file is refused with {@code file.tooLarge}. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Inject
    PublicAddress address;

    @Inject
    Event<MailAfterCommit.Mailed> mail;

    /** A request in a list. */
    public record Line(
            long id,
            String subject,
            String requester,
            LocalizedName institution,
            SupportStatus status,
            Instant filedAt,
            Instant firstResponseAt)
            implements Serializable {}

    /** A request as its reader sees it, with what the reader may do with it. */
    public record View(
            long id,
            String subject,
            String description,
            String page,
            String caseNumber,
            Long caseId,
            String requester,
            String requesterName,
            LocalizedName institution,
            SupportStatus status,
            Instant filedAt,
            Instant firstResponseAt,
            Instant closedAt,
            List<FileRef> files,
            List<SupportReply> replies,
            boolean support,
            boolean requesterReads,
            boolean mayPublish)
            implements Serializable {

        public boolean open() {
            return status != SupportStatus.CLOSED;
        }
    }

    /**
     * A month of support in figures: requests filed, those given a first response (an answer or a question back), the
     * median and the slowest time to it in hours, and those still waiting for one.
     */
    public record Month(
            YearMonth month, long filed, long responded, Double medianHours, Double slowestHours, long waiting)
            implements Serializable {}

    /** The number of a case the caller is looking at, if they may see it: a request filed from its page names it. */
    public Optional<String> caseOnPage(long caseId) {
        ServiceCase c = em.find(ServiceCase.class, caseId);
        return c != null && CaseAccess.maySee(callers.current(), c, null) ? Optional.of(c.number()) : Optional.empty();
    }

    /** A screenshot or file for a request the caller is writing; checked by its content. */
    public FileRef upload(String fileName, InputStream content) {
        return files.store(
                content,
                fileName,
                MAX_FILE_BYTES,
                FileKinds.SUPPORT_FILES,
                FilePurpose.SUPPORT_FILE,
                callers.current().fileOwner());
    }

    /**
     * Files a request.
     *
     * @param page the page it was filed from (kept only when it is one of the application's own)
     * @param caseNumber a case it is about, or none: only one the caller may see ({@code support.case.unknown} for
     *     any other, existing or not)
     * @param attached files the caller uploaded for it ({@link #upload}), by handle
     * @return the request's number
     */
    public long file(String page, String caseNumber, String subject, String description, List<FileRef> attached) {
        Caller caller = callers.current();
        Checks checks = new Checks();
        ServiceCase named = null;
        String number = Checks.clean(caseNumber);
        if (number != null) {
            named = em.createQuery("select c from ServiceCase c where c.number = :number", ServiceCase.class)
                    .setParameter("number", number.toUpperCase(Locale.ROOT))
                    .getResultStream()
                    .filter(c -> CaseAccess.maySee(caller, c, null))
                    .findFirst()
                    .orElse(null);
            checks.that(named != null, "caseNumber", "support.case.unknown", number);
        }
        List<FileRef> claimed =
                checks.value(() -> files.claim(attached, FilePurpose.SUPPORT_FILE, caller.fileOwner(), "file"));
        ServiceCase about = named;
        SupportRequest request = checks.value(() -> SupportRequest.filed(
                new SupportRequest.Filing(
                        caller.staffId(),
                        caller.username(),
                        caller.institutionId(),
                        page,
                        about == null ? null : about.id(),
                        about == null ? null : about.number(),
                        subject,
                        description,
                        claimed),
                clock.instant()));
        checks.throwIfAny();
        em.persist(request);
        em.flush();
        audit.record(
                caller.actor(),
                AuditAction.CREATE,
                ENTITY,
                request.id(),
                caller.institutionId(),
                request.subject() + (request.caseNumber() == null ? "" : " (" + request.caseNumber() + ")"));
        return request.id();
    }

    /** The caller's own requests, the newest first. */
    public List<Line> mine() {
        return lines(em.createQuery(
                        "select r from SupportRequest r where r.requesterId = :me order by r.filedAt desc",
                        SupportRequest.class)
                .setParameter("me", callers.current().staffId())
                .setMaxResults(500)
                .getResultList());
    }

    /**
     * The requests support has to see: every request for the platform's administrators, their institution's for an
     * institution's administrator; of one status, or (none) those not closed; the longest waiting first.
     */
    @RolesAllowed({PLATFORM_ADMIN, INSTITUTION_ADMIN})
    public List<Line> queue(SupportStatus status) {
        Caller caller = callers.current();
        boolean platform = caller.has(Role.PLATFORM_ADMIN);
        return lines(em.createQuery(
                        "select r from SupportRequest r where (:platform = true or r.institutionId = :institution)"
                                + " and (r.status = :status or (:status is null and r.status <> :closed))"
                                + " order by r.filedAt",
                        SupportRequest.class)
                .setParameter("platform", platform)
                .setParameter("institution", caller.institutionId())
                .setParameter("status", status)
                .setParameter("closed", SupportStatus.CLOSED)
                .setMaxResults(1000)
                .getResultList());
    }

    /**
     * Support's figures for the last {@code months} months, the newest first: of every request for the platform's
     * administrators, of their institution's for an institution's administrator.
     */
    @RolesAllowed({PLATFORM_ADMIN, INSTITUTION_ADMIN})
    public List<Month> figures(int months) {
        Caller caller = callers.current();
        YearMonth now = YearMonth.now(clock.withZone(Clocks.RIGA));
        YearMonth first = now.minusMonths(Math.max(1, months) - 1L);
        Instant from = first.atDay(1).atStartOfDay(Clocks.RIGA).toInstant();
        Map<YearMonth, List<Object[]>> byMonth = em.createQuery(
                        "select r.filedAt, r.firstResponseAt from SupportRequest r"
                                + " where (:platform = true or r.institutionId = :institution) and r.filedAt >= :from",
                        Object[].class)
                .setParameter("platform", caller.has(Role.PLATFORM_ADMIN))
                .setParameter("institution", caller.institutionId())
                .setParameter("from", from)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> YearMonth.from(((Instant) row[0]).atZone(Clocks.RIGA))));
        List<Month> figures = new ArrayList<>();
        for (YearMonth month = now; !month.isBefore(first); month = month.minusMonths(1)) {
            List<Object[]> rows = byMonth.getOrDefault(month, List.of());
            List<Double> hours = rows.stream()
                    .filter(row -> row[1] != null)
                    .map(row ->
                            Duration.between((Instant) row[0], (Instant) row[1]).toMinutes() / 60.0)
                    .sorted()
                    .toList();
            figures.add(new Month(
                    month,
                    rows.size(),
                    hours.size(),
                    median(hours),
                    hours.isEmpty() ? null : hours.get(hours.size() - 1),
                    rows.size() - hours.size()));
        }
        return figures;
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** A request its requester or support reads. */
    public View get(long id) {
        Caller caller = callers.current();
        SupportRequest r = readable(caller, id);
        StaffAccount requester = em.find(StaffAccount.class, r.requesterId());
        boolean support = supports(caller, r);
        return new View(
                r.id(),
                r.subject(),
                r.description(),
                r.page(),
                r.caseNumber(),
                r.caseId(),
                r.requester(),
                requester == null ? r.requester() : requester.fullName(),
                em.find(Institution.class, r.institutionId()).name(),
                r.status(),
                r.filedAt(),
                r.firstResponseAt(),
                r.closedAt(),
                r.files().stream().map(f -> f.ref()).toList(),
                List.copyOf(r.replies()),
                support,
                r.requesterId() == caller.staffId(),
                caller.has(Role.PLATFORM_ADMIN));
    }

    /** A file of a request its requester or support reads; one it does not carry is not found. */
    public InputStream open(long id, String fileId) {
        SupportRequest r = readable(callers.current(), id);
        SupportFile file = r.files().stream()
                .filter(f -> f.fileId().equals(fileId))
                .findFirst()
                .orElseThrow(() -> new NotFound("file", fileId));
        return files.open(file.sha256());
    }

    /** Support answers; the requester is told by mail. */
    @RolesAllowed({PLATFORM_ADMIN, INSTITUTION_ADMIN})
    public void answer(long id, String text) {
        Caller caller = callers.current();
        SupportRequest r = supported(caller, id);
        r.answer(caller.username(), text, clock.instant());
        changed(caller, r, "answered", "supportAnswered", text);
    }

    /** Support asks the requester something; the requester is told by mail. */
    @RolesAllowed({PLATFORM_ADMIN, INSTITUTION_ADMIN})
    public void askBack(long id, String text) {
        Caller caller = callers.current();
        SupportRequest r = supported(caller, id);
        r.askBack(caller.username(), text, clock.instant());
        changed(caller, r, "asked back", "supportAskedBack", text);
    }

    /** The requester replies to their own request. */
    public void reply(long id, String text) {
        Caller caller = callers.current();
        SupportRequest r = readable(caller, id);
        if (r.requesterId() != caller.staffId()) {
            throw new NotFound(ENTITY, id);
        }
        r.reply(caller.username(), text, clock.instant());
        changed(caller, r, "replied", null, text);
    }

    /** The requester or support closes a request; closed by support, the requester is told by mail. */
    public void close(long id, String text) {
        Caller caller = callers.current();
        SupportRequest r = readable(caller, id);
        r.close(caller.username(), text, clock.instant());
        changed(caller, r, "closed", r.requesterId() == caller.staffId() ? null : "supportClosed", text);
    }

    private void changed(Caller caller, SupportRequest r, String what, String mailKey, String text) {
        audit.record(caller.actor(), AuditAction.UPDATE, ENTITY, r.id(), r.institutionId(), what);
        if (mailKey == null) {
            return;
        }
        StaffAccount requester = em.find(StaffAccount.class, r.requesterId());
        if (requester != null && requester.email() != null) {
            mail.fire(new MailAfterCommit.Mailed(requester.email(), mailKey, new Object[] {
                String.valueOf(r.id()),
                r.subject(),
                text == null ? "" : text.strip(),
                address.of("/support/request?id=" + r.id())
            }));
        }
    }

    private SupportRequest readable(Caller caller, long id) {
        SupportRequest r = em.find(SupportRequest.class, id);
        if (r == null || (r.requesterId() != caller.staffId() && !supports(caller, r))) {
            throw new NotFound(ENTITY, id);
        }
        return r;
    }

    private SupportRequest supported(Caller caller, long id) {
        SupportRequest r = em.find(SupportRequest.class, id);
        if (r == null || !supports(caller, r)) {
            throw new NotFound(ENTITY, id);
        }
        return r;
    }

    /** Support for this request: a platform administrator, or an administrator of the requester's institution. */
    static boolean supports(Caller caller, SupportRequest r) {
        return caller.has(Role.PLATFORM_ADMIN)
                || (caller.has(Role.INSTITUTION_ADMIN) && caller.institutionId() == r.institutionId());
    }

    private List<Line> lines(List<SupportRequest> requests) {
        return requests.stream()
                .map(r -> new Line(
                        r.id(),
                        r.subject(),
                        r.requester(),
                        em.find(Institution.class, r.institutionId()).name(),
                        r.status(),
                        r.filedAt(),
                        r.firstResponseAt()))
                .toList();
    }
}
