package lv.pietura.web.faces;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.pietura.shared.Cursor;
import lv.pietura.shared.Slice;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table over a newest-first keyset list (a mailbox): each page is read after the cursor
 * where the page before it ended, so the database never counts or skips rows. The table offers previous
 * and next only; the row count it is given is "this page, and one more row if another page follows".
 */
public class KeysetModel<T> extends KeyedLazyModel<T> {

    private static final long serialVersionUID = 1L;

    /** A facade call that can be kept in a view-scoped bean: the slice after a cursor ({@code null}: the newest). */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Slice<T> after(Cursor cursor, int size);
    }

    private final Source<T> source;
    /** Where the page starting at a row number begins: the cursor after the previous page's last row. */
    private final Map<Integer, Cursor> pageStarts = new HashMap<>();

    private int pageSize;

    public KeysetModel(Source<T> source, SerializableKey<T> key) {
        super(key);
        this.source = source;
    }

    /** Forgets the pages read so far, as after a new search. */
    public void reset() {
        pageStarts.clear();
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return 0; // known only page by page, see load()
    }

    @Override
    public List<T> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (size != pageSize) {
            pageStarts.clear();
            pageSize = size;
        }
        int start = first;
        Slice<T> slice;
        if (start == 0 || pageStarts.containsKey(start)) {
            slice = source.after(start == 0 ? null : pageStarts.get(start), size);
        } else {
            // A page not reached by paging (the rows per page changed): walk to it from the newest.
            start = 0;
            slice = source.after(null, size);
            while (start + size <= first && slice.hasMore()) {
                pageStarts.put(start + size, slice.next());
                start += size;
                slice = source.after(slice.next(), size);
            }
        }
        if (slice.hasMore()) {
            pageStarts.put(start + size, slice.next());
        }
        setRowCount(start + slice.rows().size() + (slice.hasMore() ? 1 : 0));
        return slice.rows();
    }
}
