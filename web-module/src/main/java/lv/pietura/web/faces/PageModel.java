package lv.pietura.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy PrimeFaces table over a facade's paged query: one count and one page query per request.
 * Filters live in the backing bean's search form, so the table only passes paging and sorting (the
 * column's {@code field} attribute is the repository's sort key).
 */
public class PageModel<T> extends KeyedLazyModel<T> {

    private static final long serialVersionUID = 1L;

    /** A facade call that can be kept in a view-scoped bean. */
    @FunctionalInterface
    public interface Source<T> extends Function<PageRequest, Page<T>>, Serializable {}

    private final Source<T> source;

    public PageModel(Source<T> source, SerializableKey<T> key) {
        super(key);
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return 0; // the row count comes with the page, see load()
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageRequest request = request(first, pageSize, sortBy);
        Page<T> page = source.apply(request);
        if (page.rows().isEmpty() && page.total() > 0) {
            int lastPageFirst = recalculateFirst(first, pageSize, (int) page.total());
            page = source.apply(request(lastPageFirst, pageSize, sortBy));
        }
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    private static PageRequest request(int first, int pageSize, Map<String, SortMeta> sortBy) {
        PageRequest request = PageRequest.of(first, pageSize);
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            if (sort.getOrder() != SortOrder.UNSORTED) {
                request = request.sortedBy(sort.getField(), sort.getOrder() == SortOrder.ASCENDING);
            }
        }
        return request;
    }
}
