package lv.pietura.organisation;

import java.io.Serializable;
import java.util.List;
import lv.pietura.shared.RuleViolation;

/** The outcome of a staff import, row by row. */
public record ImportReport(List<RowResult> rows) implements Serializable {

    /**
     * One row: created (with the temporary password to hand over, shown once) or rejected (with why).
     */
    public record RowResult(
            long line, String username, boolean created, char[] temporaryPassword, List<RuleViolation.Problem> problems)
            implements Serializable {}

    public ImportReport {
        rows = List.copyOf(rows);
    }

    public long createdCount() {
        return rows.stream().filter(RowResult::created).count();
    }

    public long rejectedCount() {
        return rows.size() - createdCount();
    }
}
