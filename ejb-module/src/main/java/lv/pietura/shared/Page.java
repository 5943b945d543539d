package lv.pietura.shared;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** Rows of one page and the number of rows in all pages. */
public record Page<T>(List<T> rows, long total) implements Serializable {

    public Page {
        rows = List.copyOf(rows);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(rows.stream().<R>map(mapper).toList(), total);
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0);
    }
}
