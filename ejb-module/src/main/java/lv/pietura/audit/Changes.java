package lv.pietura.audit;

import java.util.Objects;
import java.util.StringJoiner;

/** The "what" of an update event: each changed field with its old and new value. */
public final class Changes {

    private final StringJoiner text = new StringJoiner("; ");

    public static Changes of() {
        return new Changes();
    }

    public Changes field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            text.add(name + ": " + before + " -> " + after);
        }
        return this;
    }

    /** A value recorded as it is (for creations and single facts). */
    public Changes value(String name, Object value) {
        text.add(name + "=" + value);
        return this;
    }

    public boolean isEmpty() {
        return text.length() == 0;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
