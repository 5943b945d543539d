package lv.pietura.shared;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * Rows of a keyset-paged list and where the next slice starts ({@code null} when there are no more rows).
 * Unlike {@link Page} it carries no total: counting a large mailbox on every page is what keyset paging
 * avoids.
 */
public record Slice<T>(List<T> rows, Cursor next) implements Serializable {

    public Slice {
        rows = List.copyOf(rows);
    }

    public boolean hasMore() {
        return next != null;
    }

    public <R> Slice<R> map(Function<? super T, ? extends R> mapper) {
        return new Slice<>(rows.stream().<R>map(mapper).toList(), next);
    }
}
