package lv.pietura.catalogue;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Objects;
import lv.pietura.audit.Changes;

/** What a draft save changed, field by field: scalar fields with old and new value, lists by name. */
final class ContentChanges {

    private ContentChanges() {}

    static Changes between(ServiceContent before, ServiceContent after) {
        Changes changes = Changes.of();
        for (RecordComponent component : ServiceContent.class.getRecordComponents()) {
            Object old = value(component, before);
            Object now = value(component, after);
            if (Objects.equals(old, now)) {
                continue;
            }
            if (old instanceof Collection<?> || now instanceof Collection<?>) {
                changes.value(component.getName(), "changed");
            } else {
                changes.field(component.getName(), shorten(old), shorten(now));
            }
        }
        return changes;
    }

    private static Object value(RecordComponent component, ServiceContent content) {
        try {
            return component.getAccessor().invoke(content);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object shorten(Object value) {
        if (value instanceof String text && text.length() > 80) {
            return text.substring(0, 77) + "...";
        }
        return value;
    }
}
