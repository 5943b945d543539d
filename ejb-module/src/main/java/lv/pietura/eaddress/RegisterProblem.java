package lv.pietura.eaddress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A line of a register file an import could not take: its number, the reason (a message key) and what was
 * wrong. Written by {@link RegisterWriter} in the chunk that read the line; read here.
 */
@Entity
@Table(name = "register_import_problem")
@IdClass(RegisterProblem.Key.class)
public class RegisterProblem {

    /** An import keeps the first this many of its bad lines (it counts them all). */
    static final int KEPT = 1000;

    /** The import and the line. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long importId;
        private Long lineNo;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(importId, key.importId)
                    && Objects.equals(lineNo, key.lineNo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, lineNo);
        }
    }

    @Id
    @Column(name = "import_id")
    private Long importId;

    @Id
    @Column(name = "line_no")
    private Long lineNo;

    @Column(name = "reason", nullable = false, length = 60)
    private String reason;

    @Column(name = "detail", length = 200)
    private String detail;

    protected RegisterProblem() {}

    public long lineNo() {
        return lineNo;
    }

    public String reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
