package lv.pietura.shared;

import java.util.Arrays;
import java.util.List;

/**
 * Root of the exceptions a facade throws when a request breaks a rule. Each carries a message key of
 * the {@code lv.pietura.i18n.rules} bundle and its arguments, so the pages and the REST API say the
 * same thing in the caller's language. Subclasses are application exceptions that roll back.
 */
public abstract class PieturaException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    protected PieturaException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = present(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.toArray();
    }

    /** The arguments as a message shows them: a missing one (a value the request left out) as empty text. */
    static List<Object> present(Object... arguments) {
        return arguments == null
                ? List.of()
                : Arrays.stream(arguments).map(a -> a == null ? (Object) "" : a).toList();
    }
}
