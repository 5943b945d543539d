package lv.pietura.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A JPQL list query with optional filters, a count and a page. Filters whose value is {@code null} are
 * left out; sort keys map to paths the repository names, so no caller text reaches the JPQL.
 * <pre>
 *   PagedQuery.of(em, StaffAccount.class, "s", "StaffAccount s")
 *       .where("s.institution.id = :tenant", "tenant", scope.institution())
 *       .sortable("name", "s.fullName").orderBy("s.username")
 *       .page(request);
 * </pre>
 */
public final class PagedQuery<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final String alias;
    private final String from;
    private String fetchJoins = "";
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private final Map<String, String> sortPaths = new LinkedHashMap<>();
    private String defaultOrder;

    private PagedQuery(EntityManager em, Class<T> type, String alias, String from) {
        this.em = em;
        this.type = type;
        this.alias = alias;
        this.from = from;
        this.defaultOrder = alias + ".id";
    }

    public static <T> PagedQuery<T> of(EntityManager em, Class<T> type, String alias, String from) {
        return new PagedQuery<>(em, type, alias, from);
    }

    /** Joins used only when reading rows (never in the count), such as {@code join fetch s.institution}. */
    public PagedQuery<T> fetch(String joins) {
        this.fetchJoins = " " + joins;
        return this;
    }

    /** Adds {@code condition} when {@code value} is not {@code null} (or not blank text). */
    public PagedQuery<T> where(String condition, String parameter, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** Adds a case-insensitive "contains" condition; {@code condition} uses {@code like :parameter escape '!'}. */
    public PagedQuery<T> whereContains(String condition, String parameter, String text) {
        String clean = Checks.clean(text);
        return where(
                condition, parameter, clean == null ? null : "%" + escapeLike(clean.toLowerCase(Locale.ROOT)) + "%");
    }

    public PagedQuery<T> where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Binds a parameter used by a condition added with {@link #where(String)}. */
    public PagedQuery<T> parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public PagedQuery<T> sortable(String key, String path) {
        sortPaths.put(key, path);
        return this;
    }

    public PagedQuery<T> orderBy(String order) {
        this.defaultOrder = order;
        return this;
    }

    public Page<T> page(PageRequest request) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + from + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || request.first() >= total) {
            return new Page<>(List.of(), total);
        }
        String path = request.sortKey() == null ? null : sortPaths.get(request.sortKey());
        String order =
                path == null ? defaultOrder : path + (request.ascending() ? " asc" : " desc") + ", " + defaultOrder;
        String tieBreak = order.contains(alias + ".id") ? "" : ", " + alias + ".id";
        TypedQuery<T> rows = em.createQuery(
                "select " + alias + " from " + from + fetchJoins + where + " order by " + order + tieBreak, type);
        parameters.forEach(rows::setParameter);
        rows.setFirstResult(request.first()).setMaxResults(request.size());
        return new Page<>(rows.getResultList(), total);
    }

    /**
     * The rows after {@code after} (from the newest when {@code null}), newest first by {@code atPath}
     * then {@code keyPath}: a keyset page that an index on those columns reads directly, without counting
     * or skipping rows. One row more than asked is read to know whether another slice follows.
     */
    public Slice<T> slice(String atPath, String keyPath, Cursor after, int size, Function<T, Cursor> cursorOf) {
        List<String> all = new ArrayList<>(conditions);
        Map<String, Object> bound = new HashMap<>(parameters);
        if (after != null) {
            all.add("(" + atPath + " < :keysetAt or (" + atPath + " = :keysetAt and " + keyPath + " < :keysetKey))");
            bound.put("keysetAt", after.at());
            bound.put("keysetKey", after.key());
        }
        int limit = Math.max(1, Math.min(size, PageRequest.MAX_SIZE));
        String where = all.isEmpty() ? "" : " where " + String.join(" and ", all);
        TypedQuery<T> rows = em.createQuery(
                "select " + alias + " from " + from + fetchJoins + where + " order by " + atPath + " desc, " + keyPath
                        + " desc",
                type);
        bound.forEach(rows::setParameter);
        List<T> found = rows.setMaxResults(limit + 1).getResultList();
        boolean more = found.size() > limit;
        List<T> shown = more ? found.subList(0, limit) : found;
        return new Slice<>(shown, more ? cursorOf.apply(shown.get(limit - 1)) : null);
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
