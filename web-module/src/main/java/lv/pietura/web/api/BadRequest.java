package lv.pietura.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.util.List;
import lv.pietura.shared.TooLarge;

/** A query the API cannot understand (a malformed parameter): 400 with a problem detail. */
public class BadRequest extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    public BadRequest(String parameter, String value) {
        super(Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:pietura:problem:bad-request", "bad-request", 400,
                        "Parameter '" + parameter + "' has an unusable value: " + value, List.of()))
                .build());
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
                throw new BadRequest("body", "(empty)");
            }
            in.unread(first);
            T parsed = SharedJsonb.JSON.fromJson(new FilterInputStream(in) {
                @Override
                public void close() {
                    // the parser closes what it reads; the rest of the body is read below
                }
            }, type);
            if (parsed == null) {
                throw new BadRequest("body", "null");
            }
            in.transferTo(OutputStream.nullOutputStream()); // the rest (blanks), so a digest of the body sees it all
            return parsed;
        } catch (jakarta.json.bind.JsonbException | jakarta.json.JsonException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TooLarge tooLarge) {
                    throw tooLarge;
                }
            }
            throw new BadRequest("body", "not " + what + ": " + e.getMessage());
        } catch (IOException e) {
            throw new BadRequest("body", "unreadable");
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(parameter, value);
        }
    }

    static Long longOf(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(parameter, value);
        }
    }

    static Boolean booleanOf(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new BadRequest(parameter, value);
        };
    }
}
