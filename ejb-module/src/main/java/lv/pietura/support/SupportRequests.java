package lv.pietura.support;

import static lv.pietura.shared.RoleNames.EADDRESS_HOLDER;
import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;
import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;
import static lv.pietura.shared.RoleNames.STAFF;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
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
import lv.pietura.audit.Actor;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.cases.CaseAccess;
import lv.pietura.cases.ServiceCase;
import lv.pietura.eaddress.MyEAddress;
import lv.pietura.files.FileKinds;
import lv.pietura.files.FileOwner;
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
 * Support requests: any signed-in user files one and follows it, a staff member or an e-address holder (a person, or a
 * company's representative for the company); support answers, asks back and closes. Support is the platform's
 * administrators for every request and, first line, an institution's administrators for the requests of their
 * institution's staff. A request is seen by its requester and by support alone; anyone else's and a missing one are
 * the same {@code NotFound}. A case named in a request is one its requester (a staff member) may see, and support is
 * shown its number only (the case page decides for itself whether they may open it). Each step is audited and mailed
 * to the requester once it is committed (a holder at the alert address they had confirmed when they asked).
 */
@Stateless
@RolesAllowed({STAFF, EADDRESS_HOLDER})
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

    @EJB
    MyEAddress holders;

    @Resource
    SessionContext session;

    /**
     * Who asks or reads: a staff member (their account, institution and roles), or the holder of an e-address (the
     * address they work now, and the address their alerts go to, if confirmed).
     */
    private record Requester(Caller staff, String holder, String holderEmail) {

        Long staffId() {
            return staff == null ? null : staff.staffId();
        }

        String name() {
            return staff == null ? holder : staff.username();
        }

        Long institutionId() {
            return staff == null ? null : staff.institutionId();
        }

        Actor actor() {
            return staff == null ? new Actor(holder, null) : staff.actor();
        }

        FileOwner fileOwner() {
            return staff == null ? FileOwner.of(holder, null) : staff.fileOwner();
        }

        /** Support for this request: a platform administrator, or an administrator of the requester's institution. */
        boolean supports(SupportRequest r) {
            return staff != null
                    && (staff.has(Role.PLATFORM_ADMIN)
                            || staff.has(Role.INSTITUTION_ADMIN)
                                    && Long.valueOf(staff.institutionId()).equals(r.institutionId()));
        }

        boolean asked(SupportRequest r) {
            return r.requestedBy(staffId(), holder);
        }
    }

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
    @RolesAllowed(STAFF)
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
                requester().fileOwner());
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
        Requester requester = requester();
        Checks checks = new Checks();
        ServiceCase named = null;
        String number = Checks.clean(caseNumber);
        if (number != null) {
            named = requester.staff() == null
                    ? null
                    : em.createQuery("select c from ServiceCase c where c.number = :number", ServiceCase.class)
                            .setParameter("number", number.toUpperCase(Locale.ROOT))
                            .getResultStream()
                            .filter(c -> CaseAccess.maySee(requester.staff(), c, null))
                            .findFirst()
                            .orElse(null);
            checks.that(named != null, "caseNumber", "support.case.unknown", number);
        }
        List<FileRef> claimed =
                checks.value(() -> files.claim(attached, FilePurpose.SUPPORT_FILE, requester.fileOwner(), "file"));
        ServiceCase about = named;
        SupportRequest request = checks.value(() -> SupportRequest.filed(
                new SupportRequest.Filing(
                        requester.staffId(),
                        requester.name(),
                        requester.institutionId(),
                        requester.holderEmail(),
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
                requester.actor(),
                AuditAction.CREATE,
                ENTITY,
                request.id(),
                requester.institutionId(),
                request.subject() + (request.caseNumber() == null ? "" : " (" + request.caseNumber() + ")"));
        return request.id();
    }

    /** The caller's own requests, the newest first. */
    public List<Line> mine() {
        Requester requester = requester();
        return lines((requester.staff() != null
                        ? em.createQuery(
                                        "select r from SupportRequest r where r.requesterId = :me"
                                                + " order by r.filedAt desc",
                                        SupportRequest.class)
                                .setParameter("me", requester.staffId())
                        : em.createQuery(
                                        "select r from SupportRequest r where r.requesterId is null"
                                                + " and r.requester = :me order by r.filedAt desc",
                                        SupportRequest.class)
                                .setParameter("me", requester.holder()))
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
        Requester reader = requester();
        SupportRequest r = readable(reader, id);
        StaffAccount requester = r.requesterId() == null ? null : em.find(StaffAccount.class, r.requesterId());
        return new View(
                r.id(),
                r.subject(),
                r.description(),
                r.page(),
                r.caseNumber(),
                r.caseId(),
                r.requester(),
                requester == null ? r.requester() : requester.fullName(),
                institutionName(r),
                r.status(),
                r.filedAt(),
                r.firstResponseAt(),
                r.closedAt(),
                r.files().stream().map(f -> f.ref()).toList(),
                List.copyOf(r.replies()),
                reader.supports(r),
                reader.asked(r),
                reader.staff() != null && reader.staff().has(Role.PLATFORM_ADMIN));
    }

    /** A file of a request its requester or support reads; one it does not carry is not found. */
    public InputStream open(long id, String fileId) {
        SupportRequest r = readable(requester(), id);
        SupportFile file = r.files().stream()
                .filter(f -> f.fileId().equals(fileId))
                .findFirst()
                .orElseThrow(() -> new NotFound("file", fileId));
        return files.open(file.sha256());
    }

    /** Support answers; the requester is told by mail. */
    @RolesAllowed({PLATFORM_ADMIN, INSTITUTION_ADMIN})
    public void answer(long id, String text) {
        Requester support = requester();
        SupportRequest r = supported(support, id);
        r.answer(support.name(), text, clock.instant());
        changed(support, r, "answered", "supportAnswered", text);
    }

    /** Support asks the requester something; the requester is told by mail. */
    @RolesAllowed({PLATFORM_ADMIN, INSTITUTION_ADMIN})
    public void askBack(long id, String text) {
        Requester support = requester();
        SupportRequest r = supported(support, id);
        r.askBack(support.name(), text, clock.instant());
        changed(support, r, "asked back", "supportAskedBack", text);
    }

    /** The requester replies to their own request. */
    public void reply(long id, String text) {
        Requester requester = requester();
        SupportRequest r = readable(requester, id);
        if (!requester.asked(r)) {
            throw new NotFound(ENTITY, id);
        }
        r.reply(requester.name(), text, clock.instant());
        changed(requester, r, "replied", null, text);
    }

    /** The requester or support closes a request; closed by support, the requester is told by mail. */
    public void close(long id, String text) {
        Requester closer = requester();
        SupportRequest r = readable(closer, id);
        r.close(closer.name(), text, clock.instant());
        changed(closer, r, "closed", closer.asked(r) ? null : "supportClosed", text);
    }

    private void changed(Requester who, SupportRequest r, String what, String mailKey, String text) {
        audit.record(who.actor(), AuditAction.UPDATE, ENTITY, r.id(), r.institutionId(), what);
        if (mailKey == null) {
            return;
        }
        StaffAccount staff = r.requesterId() == null ? null : em.find(StaffAccount.class, r.requesterId());
        String to = staff == null ? r.contactEmail() : staff.email();
        if (to != null) {
            mail.fire(new MailAfterCommit.Mailed(to, mailKey, new Object[] {
                String.valueOf(r.id()),
                r.subject(),
                text == null ? "" : text.strip(),
                address.of("/support/request?id=" + r.id())
            }));
        }
    }

    /** The caller: a holder of an e-address (as they work it now) or a staff member. */
    private Requester requester() {
        if (session.isCallerInRole(EADDRESS_HOLDER)) {
            MyEAddress.Status holder = holders.status();
            return new Requester(null, holder.address(), holder.alertEmail());
        }
        return new Requester(callers.current(), null, null);
    }

    private SupportRequest readable(Requester reader, long id) {
        SupportRequest r = em.find(SupportRequest.class, id);
        if (r == null || !reader.asked(r) && !reader.supports(r)) {
            throw new NotFound(ENTITY, id);
        }
        return r;
    }

    private SupportRequest supported(Requester support, long id) {
        SupportRequest r = em.find(SupportRequest.class, id);
        if (r == null || !support.supports(r)) {
            throw new NotFound(ENTITY, id);
        }
        return r;
    }

    private LocalizedName institutionName(SupportRequest r) {
        return r.institutionId() == null
                ? null
                : em.find(Institution.class, r.institutionId()).name();
    }

    private List<Line> lines(List<SupportRequest> requests) {
        return requests.stream()
                .map(r -> new Line(
                        r.id(),
                        r.subject(),
                        r.requester(),
                        institutionName(r),
                        r.status(),
                        r.filedAt(),
                        r.firstResponseAt()))
                .toList();
    }
}
