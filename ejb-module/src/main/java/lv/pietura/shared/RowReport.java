package lv.pietura.shared;

import java.io.Serializable;
import java.util.List;

/** The outcome of an import, row by row: what was created and why each other row was refused. */
public record RowReport(List<Row> rows) implements Serializable {

    /** One row of the file: its line, what it is called (a code, a user name) and how it ended. */
    public record Row(long line, String key, boolean created, List<RuleViolation.Problem> problems)
            implements Serializable {}

    public RowReport {
        rows = List.copyOf(rows);
    }

    public long createdCount() {
        return rows.stream().filter(Row::created).count();
    }

    public long rejectedCount() {
        return rows.size() - createdCount();
    }
}
