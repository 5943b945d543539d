package lv.pietura.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.primefaces.model.LazyDataModel;

/** A lazy PrimeFaces table whose rows know their key, for selection and row actions. */
public abstract class KeyedLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Extracts a row's identity. */
    @FunctionalInterface
    public interface SerializableKey<T> extends Function<T, Object>, Serializable {}

    private final SerializableKey<T> key;

    KeyedLazyModel(SerializableKey<T> key) {
        this.key = key;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null
                ? null
                : rows.stream()
                        .filter(r -> getRowKey(r).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
