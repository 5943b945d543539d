package lv.pietura.shared;

import java.io.Serializable;

/**
 * One page of a list: the first row (0-based), how many rows, and an optional sort key. Sort keys are
 * names a repository knows (never JPQL from the caller); an unknown key sorts by the default order.
 */
public record PageRequest(int first, int size, String sortKey, boolean ascending) implements Serializable {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size < 1) {
            size = 20;
        }
        if (size > MAX_SIZE) {
            size = MAX_SIZE;
        }
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true);
    }

    public PageRequest sortedBy(String key, boolean asc) {
        return new PageRequest(first, size, key, asc);
    }
}
