package lv.pietura.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;

/**
 * A request that breaks one or more business rules or carries invalid data (HTTP 422 in the API).
 * Each {@link Problem} names the offending field, when there is one, so a form can show the message
 * beside it.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends PieturaException {

    /** One broken rule: the field (or {@code null}), a message key and its arguments. */
    public record Problem(String field, String messageKey, List<Object> arguments) implements Serializable {

        public Problem {
            arguments = PieturaException.present(arguments == null ? null : arguments.toArray());
        }

        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }

    private final List<Problem> problems;

    public RuleViolation(String messageKey, Object... arguments) {
        this(List.of(new Problem(null, messageKey, present(arguments))));
    }

    public RuleViolation(List<Problem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).argumentArray());
        this.problems = List.copyOf(problems);
    }

    public static RuleViolation ofField(String field, String messageKey, Object... arguments) {
        return new RuleViolation(List.of(new Problem(field, messageKey, present(arguments))));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The field of the first problem, or {@code null}. */
    public String field() {
        return problems.get(0).field();
    }
}
