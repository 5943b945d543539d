package lv.pietura.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every problem of one request before refusing it, so a user fixes a form in one go.
 * <pre>
 *   new Checks().text("nameLv", nameLv, 200).optionalText("nameEn", nameEn, 200).throwIfAny();
 * </pre>
 */
public final class Checks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<RuleViolation.Problem> problems = new ArrayList<>();

    /** Required text of at most {@code maxLength} characters (after trimming). */
    public Checks text(String field, String value, int maxLength) {
        if (clean(value) == null) {
            return fail(field, "required");
        }
        return optionalText(field, value, maxLength);
    }

    public Checks optionalText(String field, String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            fail(field, "tooLong", maxLength);
        }
        return this;
    }

    public Checks present(String field, Object value) {
        return value == null ? fail(field, "required") : this;
    }

    public Checks email(String field, String value) {
        if (value == null || value.isBlank()) {
            return fail(field, "required");
        }
        if (value.length() > 254 || !EMAIL.matcher(value.strip()).matches()) {
            return fail(field, "email.invalid", value);
        }
        return this;
    }

    public Checks that(boolean holds, String field, String messageKey, Object... arguments) {
        return holds ? this : fail(field, messageKey, arguments);
    }

    /** Runs a check that throws a {@link RuleViolation} (a value object's factory) and keeps its problems. */
    public Checks of(Runnable check) {
        try {
            check.run();
        } catch (RuleViolation violation) {
            problems.addAll(violation.problems());
        }
        return this;
    }

    /**
     * Builds a value with a factory that may refuse (a value object's {@code of}); a refusal's problems
     * are kept and {@code null} is returned.
     */
    public <T> T value(java.util.function.Supplier<T> factory) {
        try {
            return factory.get();
        } catch (RuleViolation violation) {
            problems.addAll(violation.problems());
            return null;
        }
    }

    public Checks fail(String field, String messageKey, Object... arguments) {
        problems.add(new RuleViolation.Problem(field, messageKey, List.of(arguments)));
        return this;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
    }

    /**
     * Trims text and turns blank into {@code null}. A text that shows nothing (spaces of any kind, zero-width,
     * control and format characters, lone surrogates) is blank: a name of U+200B would be a link no one can
     * see or hear.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() || !showsAnything(stripped) ? null : stripped;
    }

    private static boolean showsAnything(String text) {
        return text.codePoints().anyMatch(c -> switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        });
    }
}
