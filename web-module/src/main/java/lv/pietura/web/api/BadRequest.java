package lv.pietura.web.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import lv.pietura.shared.TooLarge;

/**
 * A request the API cannot understand (a malformed parameter, a body that is no JSON of the right shape): 400
 * with a problem detail in the caller's language ({@link ProblemMappers.BadRequests}) that names the parameter and
 * why, and never echoes what the parser said (it would name the application's classes).
 */
public class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: the key {@code api.badRequest.<reason>} of the pages' bundle. */
    public enum Reason {
        MISSING,
        EMPTY,
        MALFORMED,
        NOT_BASE64,
        UNUSABLE
    }

    private final String parameter;
    private final Reason reason;

    public BadRequest(String parameter, Reason reason) {
        super("Parameter " + parameter + ": " + reason, null, false, false);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * A request body read as JSON into {@code type} as it streams in (never held whole); empty, {@code null}
     * or malformed: 400 naming {@code what}. A body over its operation's limit ({@link ApiGate}) stays a 413.
     */
    static <T> T json(InputStream body, Class<T> type, String what) {
        PushbackInputStream in = new PushbackInputStream(body == null ? InputStream.nullInputStream() : body, 1);
        try {
            int first = in.read();
            if (first == -1) {
                throw new BadRequest("body", Reason.EMPTY);
            }
            in.unread(first);
            T parsed = SharedJsonb.JSON.fromJson(
                    new FilterInputStream(in) {
                        @Override
                        public void close() {
                            // the parser closes what it reads; the rest of the body is read below
                        }
                    },
                    type);
            if (parsed == null) {
                throw new BadRequest("body", Reason.EMPTY);
            }
            in.transferTo(OutputStream.nullOutputStream()); // the rest (blanks), so a digest of the body sees it all
            return parsed;
        } catch (jakarta.json.bind.JsonbException | jakarta.json.JsonException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TooLarge tooLarge) {
                    throw tooLarge;
                }
            }
            throw new BadRequest("body", Reason.MALFORMED);
        } catch (IOException e) {
            throw new BadRequest("body", Reason.MALFORMED);
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(parameter, Reason.UNUSABLE);
        }
    }

    static Long longOf(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(parameter, Reason.UNUSABLE);
        }
    }

    static Boolean booleanOf(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new BadRequest(parameter, Reason.UNUSABLE);
        };
    }
}
