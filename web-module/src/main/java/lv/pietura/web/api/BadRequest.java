package lv.pietura.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A query the API cannot understand (a malformed parameter): 400 with a problem detail. */
public class BadRequest extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    public BadRequest(String parameter, String value) {
        super(Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:pietura:problem:bad-request", "bad-request", 400,
                        "Parameter '" + parameter + "' has an unusable value: " + value, List.of()))
                .build());
    }

    /** A request body read as JSON into {@code type}; empty, {@code null} or malformed: 400 naming {@code what}. */
    static <T> T json(byte[] body, Class<T> type, String what) {
        if (body == null || body.length == 0) {
            throw new BadRequest("body", "(empty)");
        }
        try {
            T parsed = SharedJsonb.JSON.fromJson(new String(body, java.nio.charset.StandardCharsets.UTF_8), type);
            if (parsed == null) {
                throw new BadRequest("body", "null");
            }
            return parsed;
        } catch (jakarta.json.bind.JsonbException e) {
            throw new BadRequest("body", "not " + what + ": " + e.getMessage());
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
