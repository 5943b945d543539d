package lv.pietura.web.api;

import java.util.List;

/** An RFC 9457 problem detail, with the field-level problems of a rule violation. */
public record Problem(String type, String title, int status, String detail, List<FieldProblem> problems) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One broken rule; {@code field} is absent when the rule concerns the whole request. */
    public record FieldProblem(String field, String code, String message) {}
}
