package lv.pietura.kpi;

import static lv.pietura.kpi.PeriodFigures.n;
import static lv.pietura.shared.RoleNames.CLERK;
import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;
import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;
import static lv.pietura.shared.RoleNames.SERVICE_MANAGER;
import static lv.pietura.shared.RoleNames.SPECIALIST;
import static lv.pietura.shared.RoleNames.SUPERVISOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.Service;
import lv.pietura.kpi.PeriodFigures.AtEnd;
import lv.pietura.kpi.PeriodFigures.CaseSums;
import lv.pietura.kpi.PeriodFigures.MessageSums;
import lv.pietura.kpi.PeriodFigures.Month;
import lv.pietura.kpi.PeriodFigures.OfChannel;
import lv.pietura.kpi.PeriodFigures.OfHolder;
import lv.pietura.kpi.PeriodFigures.OfHolderService;
import lv.pietura.kpi.PeriodFigures.OfService;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.Choice;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.TenantScope;
import lv.pietura.organisation.TenantScope.Reach;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.Money;
import lv.pietura.shared.RuleViolation;
import lv.pietura.visits.BookingStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The indicators as each role may read them, from the figures the nightly job built: the ministry and
 * platform administrators everything, an institution's staff the services it holds, a client consultant
 * the cases of their centre. A filter never widens that scope.
 */
@Stateless
@RolesAllowed({SUPERVISOR, PLATFORM_ADMIN, INSTITUTION_ADMIN, SERVICE_MANAGER, SPECIALIST, CLERK})
public class Dashboards {

    /** Services with more cases a year than this, not offered as an e-service, are e-service candidates ... */
    @Inject
    @ConfigProperty(name = "pietura.kpi.eservice-candidates.cases", defaultValue = "5000")
    long candidateCases;

    /** ... as are those with at least this share (per cent) of their holder's cases. */
    @Inject
    @ConfigProperty(name = "pietura.kpi.eservice-candidates.share-percent", defaultValue = "10")
    long candidateShare;

    private static final int TOP = 10;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    /**
     * Sums over the period (fees due: of the applications received in it; paid, exempted and refunded: as
     * recorded in it); open and overdue are those at the end of its last built day.
     */
    public record Totals(
            long received,
            long consultations,
            long applications,
            long completed,
            long refused,
            long onTime,
            long withinNorm,
            long openAtEnd,
            long overdueAtEnd,
            long suspensions,
            long extensions,
            long forwards,
            long rated,
            long ratingSum,
            List<Long> ratings,
            Money feesDue,
            Money feesPaid,
            Money feesExempt,
            Money feesRefunded)
            implements Serializable {

        /** Per cent of the closed cases closed by their due day; {@code null} when none closed. */
        public BigDecimal onTimeRate() {
            return percent(onTime, completed + refused);
        }

        public BigDecimal withinNormRate() {
            return percent(withinNorm, completed + refused);
        }

        public BigDecimal averageRating() {
            return rated == 0
                    ? null
                    : BigDecimal.valueOf(ratingSum).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * One line of a breakdown (a month, a channel, a service), its label where it has a name; the cases received,
     * of them consultations and applications.
     */
    public record Line(
            String key,
            LocalizedName label,
            long received,
            long consultations,
            long applications,
            long completed,
            long onTime,
            long closed)
            implements Serializable {

        public BigDecimal onTimeRate() {
            return percent(onTime, closed);
        }
    }

    /** A service Regulation 402 (point 3.1) says should be offered as an e-service. */
    public record Candidate(
            String serviceCode,
            LocalizedName serviceName,
            LocalizedName holder,
            long received,
            BigDecimal shareOfHolder)
            implements Serializable {}

    /**
     * The e-address of the institutions in scope: messages sent in the period, their deliveries as they stand,
     * the median minutes from delivery to reading, and the results of cases closed in the period.
     */
    public record Messages(
            long messages,
            long deliveries,
            long delivered,
            long failed,
            long read,
            BigDecimal medianMinutesToRead,
            long resultsToEAddress,
            long resultsOtherChannel)
            implements Serializable {

        /** Per cent of the results that reached the client's e-address. */
        public BigDecimal eAddressShare() {
            return percent(resultsToEAddress, resultsToEAddress + resultsOtherChannel);
        }
    }

    public record Dashboard(
            TenantScope scope,
            LocalDate builtUpTo,
            Totals totals,
            BigDecimal medianDays,
            List<Line> months,
            List<Line> channels,
            List<Line> services,
            List<Candidate> candidates,
            Messages messages,
            List<VisitLine> visitCentres,
            List<VisitLine> visitClerks,
            List<BookingLine> bookings)
            implements Serializable {}

    /**
     * A centre's booked visits of the period's days: booked (every booking for those days), of them still to come,
     * attended (the case registered from it), not come, and cancelled.
     */
    public record BookingLine(String label, long booked, long open, long attended, long noShows, long cancelled)
            implements Serializable {}

    /** The clients' ratings of their visits to a centre, or to a consultant: how many, and their average. */
    public record VisitLine(String label, long ratings, BigDecimal average) implements Serializable {}

    /**
     * Whose figures the caller reads: the ministry and platform administrators everything, an institution's
     * staff their institution's, a client consultant their centre's.
     */
    public TenantScope scope() {
        Caller caller = callers.current();
        if (caller.has(Role.SUPERVISOR) || caller.has(Role.PLATFORM_ADMIN)) {
            return TenantScope.everything();
        }
        if (caller.has(Role.INSTITUTION_ADMIN)
                || caller.has(Role.SERVICE_MANAGER)
                || caller.has(Role.SPECIALIST)
                || caller.ownCentre() == null) {
            return caller.ownInstitution();
        }
        return caller.ownCentre();
    }

    /** A table of the dashboard was exported ({@code table}: its name, {@code format}: XLSX or CSV): audited. */
    public void exported(String table, String format) {
        Caller caller = callers.current();
        String name = table == null ? "" : table.replaceAll("[^A-Za-z0-9]", "");
        String kind = "CSV".equalsIgnoreCase(format) ? "CSV" : "XLSX";
        audit.record(
                caller.actor(),
                AuditAction.EXPORT,
                "KpiTable",
                name.length() > 40 ? name.substring(0, 40) : name,
                caller.institutionId(),
                "dashboard table " + name + " as " + kind);
    }

    public Dashboard dashboard(KpiFilter filter) {
        if (filter.from() == null || filter.to() == null) {
            throw RuleViolation.ofField("from", "kpi.period.required");
        }
        if (filter.from().isAfter(filter.to())) {
            throw RuleViolation.ofField("to", "kpi.period.reversed");
        }
        TenantScope scope = scope();
        Conditions where = conditions(scope, filter);
        LocalDate builtUpTo = em.createQuery(
                        "select max(b.kpiDay) from BuiltDay b where b.kpiDay <= :to", LocalDate.class)
                .setParameter("to", filter.to())
                .getSingleResult();
        CaseSums sums = where.bind(
                        em.createQuery(CaseSums.SELECT + " from CaseDayFigures d where " + where.jpql, CaseSums.class))
                .getSingleResult();
        AtEnd end = builtUpTo == null || builtUpTo.isBefore(filter.from())
                ? AtEnd.NONE
                : where.bind(em.createQuery(
                                        AtEnd.SELECT + " from CaseDayFigures d where " + where.jpql
                                                + " and d.kpiDay = :last",
                                        AtEnd.class)
                                .setParameter("last", builtUpTo))
                        .getSingleResult();
        Totals totals = sums.totals(end);
        return new Dashboard(
                scope,
                builtUpTo,
                totals,
                medianDays(where),
                months(where),
                channels(where),
                services(where),
                candidates(scope, filter),
                messages(scope, filter),
                visits(scope, filter, "v.centre.id, v.centre.name"),
                scope.reach() == Reach.EVERYTHING
                        ? List.of() // a consultant's figures are their own institution's to read
                        : visits(scope, filter, "v.staff.id, v.staff.fullName"),
                bookings(scope, filter));
    }

    /** The booked visits of the period per centre (live from the bookings), scoped as the visits' ratings. */
    private List<BookingLine> bookings(TenantScope scope, KpiFilter filter) {
        StringBuilder jpql = new StringBuilder("select b.centre.name, count(b),")
                .append(" sum(case when b.status = :booked then 1 else 0 end),")
                .append(" sum(case when b.status = :attended then 1 else 0 end),")
                .append(" sum(case when b.status = :noShow then 1 else 0 end),")
                .append(" sum(case when b.status = :cancelled then 1 else 0 end)")
                .append(" from Booking b where b.day >= :from and b.day <= :to")
                .append(" and b.centre.municipality.trainingOf is null"); // a training sandbox's never count
        Map<String, Object> parameters = new HashMap<>(Map.of(
                "from", filter.from(),
                "to", filter.to(),
                "booked", BookingStatus.BOOKED,
                "attended", BookingStatus.ATTENDED,
                "noShow", BookingStatus.NO_SHOW,
                "cancelled", BookingStatus.CANCELLED));
        if (scope.reach() == Reach.INSTITUTION) {
            jpql.append(" and b.centre.municipality.id = :mine");
            parameters.put("mine", scope.institutionId());
        }
        Long centre = scope.reach() == Reach.CENTRE ? scope.centreId() : filter.centreId();
        if (centre != null) {
            jpql.append(" and b.centre.id = :centre");
            parameters.put("centre", centre);
        }
        var query = em.createQuery(
                jpql.append(" group by b.centre.id, b.centre.name order by b.centre.name")
                        .toString(),
                Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultStream()
                .map(r -> new BookingLine(
                        (String) r[0],
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue()))
                .toList();
    }

    /**
     * The ratings clients gave their visits in the period (as rated, live from the ratings), grouped by {@code by}
     * (an id and a name): every centre for the ministry, the institution's centres and consultants for its staff,
     * the centre's for a consultant.
     */
    private List<VisitLine> visits(TenantScope scope, KpiFilter filter, String by) {
        StringBuilder jpql = new StringBuilder("select ")
                .append(by)
                .append(", count(v), avg(v.rating) from VisitRating v where v.ratedOn >= :from and v.ratedOn <= :to")
                .append(" and v.centre.municipality.trainingOf is null");
        Map<String, Object> parameters = new HashMap<>(Map.of("from", filter.from(), "to", filter.to()));
        if (scope.reach() == Reach.INSTITUTION) {
            jpql.append(" and v.centre.municipality.id = :mine");
            parameters.put("mine", scope.institutionId());
        }
        Long centre = scope.reach() == Reach.CENTRE ? scope.centreId() : filter.centreId();
        if (centre != null) {
            jpql.append(" and v.centre.id = :centre");
            parameters.put("centre", centre);
        }
        var query = em.createQuery(jpql.append(" group by ").append(by).toString(), Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultStream()
                .map(r -> new VisitLine(
                        (String) r[1],
                        ((Number) r[2]).longValue(),
                        BigDecimal.valueOf(((Number) r[3]).doubleValue()).setScale(2, RoundingMode.HALF_UP)))
                .sorted(java.util.Comparator.comparing(VisitLine::label))
                .toList();
    }

    /** Holders the caller may choose among (everything scope), or just their own institution. */
    public List<Choice> institutions() {
        TenantScope scope = scope();
        var query = em.createQuery(
                "select i from Institution i where i.trainingOf is null and i.id in (select s.holder.id from Service s)"
                        + (scope.reach() == Reach.EVERYTHING ? "" : " and i.id = :mine"),
                Institution.class);
        if (scope.reach() != Reach.EVERYTHING) {
            query.setParameter("mine", scope.institutionId() == null ? -1L : scope.institutionId());
        }
        return query.getResultStream()
                .map(i -> new Choice(i.id(), i.name()))
                .sorted(java.util.Comparator.comparing(c -> c.label().lv()))
                .toList();
    }

    /** Centres with figures the caller may see: every centre, or the caller's own. */
    public List<Choice> centres() {
        TenantScope scope = scope();
        var query = em.createQuery(
                "select c from Centre c where c.id in (select distinct d.centreId from CaseDayFigures d"
                        + (scope.reach() == Reach.INSTITUTION ? " where d.institutionId = :mine" : "") + ")"
                        + (scope.reach() == Reach.CENTRE ? " and c.id = :centre" : ""),
                Centre.class);
        if (scope.reach() == Reach.INSTITUTION) {
            query.setParameter("mine", scope.institutionId());
        }
        if (scope.reach() == Reach.CENTRE) {
            query.setParameter("centre", scope.centreId());
        }
        return query.getResultStream()
                .map(c -> new Choice(c.id(), LocalizedName.of(c.name(), c.name())))
                .sorted(java.util.Comparator.comparing(c -> c.label().lv()))
                .toList();
    }

    /** Services with figures the caller may see: every service, or those the caller's institution holds. */
    public List<Choice> services() {
        TenantScope scope = scope();
        var query = em.createQuery(
                "select s from Service s where s.id in (select distinct d.serviceId from CaseDayFigures d"
                        + (scope.reach() == Reach.INSTITUTION ? " where d.institutionId = :mine" : "")
                        + (scope.reach() == Reach.CENTRE ? " where d.centreId = :centre" : "") + ")",
                Service.class);
        if (scope.reach() == Reach.INSTITUTION) {
            query.setParameter("mine", scope.institutionId());
        }
        if (scope.reach() == Reach.CENTRE) {
            query.setParameter("centre", scope.centreId());
        }
        return query.getResultStream()
                .map(s -> new Choice(s.id(), s.newest().name()))
                .sorted(java.util.Comparator.comparing(c -> c.label().lv()))
                .toList();
    }

    private List<Line> months(Conditions where) {
        return where.bind(em.createQuery(
                        Month.SELECT + " from CaseDayFigures d where " + where.jpql
                                + " group by extract(year from d.kpiDay), extract(month from d.kpiDay) order by 1, 2",
                        Month.class))
                .getResultStream()
                .map(Month::line)
                .toList();
    }

    private List<Line> channels(Conditions where) {
        return where.bind(em.createQuery(
                        OfChannel.SELECT + " from CaseDayFigures d where " + where.jpql
                                + " group by d.channel order by 2 desc, 1",
                        OfChannel.class))
                .getResultStream()
                .map(OfChannel::line)
                .toList();
    }

    private List<Line> services(Conditions where) {
        List<OfService> rows = where.bind(em.createQuery(
                        OfService.SELECT + " from CaseDayFigures d where " + where.jpql
                                + " group by d.serviceId order by 2 desc, 1",
                        OfService.class))
                .setMaxResults(TOP)
                .getResultList();
        Map<Long, Service> services =
                services(rows.stream().map(OfService::serviceId).toList());
        return rows.stream()
                .map(r -> {
                    Service s = services.get(r.serviceId());
                    return new Line(
                            s.code(),
                            s.newest().name(),
                            n(r.received()),
                            n(r.consultations()),
                            n(r.applications()),
                            n(r.completed()),
                            n(r.onTime()),
                            n(r.closed()));
                })
                .toList();
    }

    /**
     * Services not offered as an e-service that had, in the year up to the period's end, more than 5,000
     * cases or at least 10% of their holder's cases (Regulation 402, point 3.1; {@link EServiceCandidates}).
     */
    private List<Candidate> candidates(TenantScope scope, KpiFilter filter) {
        if (scope.reach() == Reach.CENTRE) {
            return List.of(); // a centre offers services, it does not decide how they are provided
        }
        LocalDate to = filter.to();
        KpiFilter year =
                new KpiFilter(to.minusYears(1).plusDays(1), to, filter.institutionId(), null, null, null, null);
        Conditions where = conditions(scope, year);
        Map<Long, Long> holderTotals = new HashMap<>();
        where.bind(em.createQuery(
                        OfHolder.SELECT + " from CaseDayFigures d where " + where.jpql + " group by d.institutionId",
                        OfHolder.class))
                .getResultStream()
                .forEach(r -> holderTotals.put(r.institutionId(), n(r.received())));
        List<OfHolderService> perService = where.bind(em.createQuery(
                        OfHolderService.SELECT + " from CaseDayFigures d where " + where.jpql
                                + " group by d.serviceId, d.institutionId",
                        OfHolderService.class))
                .getResultList();
        Map<Long, Service> services =
                services(perService.stream().map(OfHolderService::serviceId).toList());
        EServiceCandidates rule = new EServiceCandidates(candidateCases, candidateShare);
        List<Candidate> candidates = new ArrayList<>();
        for (OfHolderService r : perService) {
            long received = n(r.received());
            long holderTotal = holderTotals.getOrDefault(r.institutionId(), 0L);
            Service service = services.get(r.serviceId());
            boolean eService = service.versionInForceOn(to)
                    .or(service::latestPublished)
                    .map(v -> v.requestChannels().contains(Channel.E_SERVICE))
                    .orElse(false);
            if (rule.candidate(received, holderTotal, eService)) {
                candidates.add(new Candidate(
                        service.code(),
                        service.newest().name(),
                        service.holder().name(),
                        received,
                        EServiceCandidates.share(received, holderTotal)));
            }
        }
        candidates.sort((a, b) -> Long.compare(b.received(), a.received()));
        return candidates;
    }

    /** The e-address figures; a centre's staff see none (messages belong to institutions, not centres). */
    private Messages messages(TenantScope scope, KpiFilter filter) {
        if (scope.reach() == Reach.CENTRE) {
            return null;
        }
        Long institution = scope.reach() == Reach.INSTITUTION ? scope.institutionId() : filter.institutionId();
        String where =
                "m.kpiDay >= :from and m.kpiDay <= :to" + (institution == null ? "" : " and m.institutionId = :i");
        TypedQuery<MessageSums> sums = em.createQuery(
                        MessageSums.SELECT + " from MessageDayFigures m where " + where, MessageSums.class)
                .setParameter("from", filter.from())
                .setParameter("to", filter.to());
        TypedQuery<Spread.Count> minutes = em.createQuery(
                        PeriodFigures.select(Spread.Count.class, "m.minutesToRead, sum(m.deliveries)")
                                + " from ReadingMinutes m where " + where + " group by m.minutesToRead",
                        Spread.Count.class)
                .setParameter("from", filter.from())
                .setParameter("to", filter.to());
        if (institution != null) {
            sums.setParameter("i", institution);
            minutes.setParameter("i", institution);
        }
        MessageSums r = sums.getSingleResult();
        return new Messages(
                n(r.messages()),
                n(r.deliveries()),
                n(r.delivered()),
                n(r.failed()),
                n(r.read()),
                Spread.median(minutes.getResultList()),
                n(r.resultsToEAddress()),
                n(r.resultsOtherChannel()));
    }

    /** The median of working days to close the cases closed in the period, read from the days' spreads. */
    private BigDecimal medianDays(Conditions where) {
        return Spread.median(where.bind(em.createQuery(
                        PeriodFigures.select(Spread.Count.class, "d.workingDays, sum(d.cases)")
                                + " from HandlingDays d where " + where.jpql + " group by d.workingDays",
                        Spread.Count.class))
                .getResultList());
    }

    private Map<Long, Service> services(List<Long> ids) {
        Map<Long, Service> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select s from Service s where s.id in :ids", Service.class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(s -> found.put(s.id(), s));
        }
        return found;
    }

    /** The scope and the filter as JPQL over the daily figures {@code d} (CaseDayFigures or HandlingDays). */
    private record Conditions(String jpql, Map<String, Object> parameters) {

        <Q extends Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private static Conditions conditions(TenantScope scope, KpiFilter filter) {
        List<String> parts = new ArrayList<>(List.of("d.kpiDay >= :from", "d.kpiDay <= :to"));
        Map<String, Object> parameters = new HashMap<>(Map.of("from", filter.from(), "to", filter.to()));
        Long institution = scope.reach() == Reach.INSTITUTION ? scope.institutionId() : filter.institutionId();
        Long centre = scope.reach() == Reach.CENTRE ? scope.centreId() : filter.centreId();
        if (institution != null) {
            parts.add("d.institutionId = :institution");
            parameters.put("institution", institution);
        }
        if (centre != null) {
            parts.add("d.centreId = :centre");
            parameters.put("centre", centre);
        }
        if (filter.serviceId() != null) {
            parts.add("d.serviceId = :service");
            parameters.put("service", filter.serviceId());
        }
        if (filter.channel() != null) {
            parts.add("d.channel = :channel");
            parameters.put("channel", filter.channel().name());
        }
        if (filter.type() != null) {
            parts.add("d.caseType = :type");
            parameters.put("type", filter.type().name());
        }
        return new Conditions(String.join(" and ", parts), parameters);
    }

    /** A share in per cent with one decimal; {@code null} when there is no whole. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
