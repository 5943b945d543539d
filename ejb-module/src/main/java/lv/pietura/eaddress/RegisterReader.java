package lv.pietura.eaddress;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.RuleViolation;

/**
 * Reads a register file for the import job, an entry a line: a company, or a bad line with its reason (a
 * registration number that came earlier in the file is one). The checkpoint is the byte offset and line number
 * where the next line begins; a restarted import reads the lines before it again only to know the numbers it
 * has seen, and goes on from there.
 */
@Dependent
@Named("registerReader")
public class RegisterReader extends AbstractItemReader {

    /** Where a restarted import goes on: the next line's byte offset and number. */
    record Position(long offset, long line) implements Serializable {}

    @Inject
    @BatchProperty
    String file;

    @Inject
    RegisterFiles files;

    @Inject
    StepContext step;

    @Inject
    Clock clock;

    private RegisterRecords records;
    private RegisterFormat.Columns columns;
    private final NumberSet seen = new NumberSet();
    private LocalDate today;

    @Override
    public void open(Serializable checkpoint) {
        Path path = files.resolve(file);
        today = LocalDate.now(clock.withZone(Clocks.RIGA));
        records = RegisterRecords.open(path, 0, 1);
        byte[] header = records.next();
        if (header == null) {
            throw new RuleViolation("registerImport.empty");
        }
        columns = RegisterFormat.header(header);
        if (checkpoint instanceof Position position) {
            while (records.offset() < position.offset() && next() != null) {
                // only the numbers seen before the checkpoint are wanted
            }
        }
        step.setTransientUserData(position());
    }

    @Override
    public Object readItem() {
        RegisterFormat.Entry entry = next();
        step.setTransientUserData(position());
        return entry;
    }

    private RegisterFormat.Entry next() {
        while (true) {
            byte[] record = records.next();
            if (record == null) {
                return null;
            }
            RegisterFormat.Entry entry = RegisterFormat.entry(records.recordLine(), record, columns, today);
            if (entry instanceof RegisterFormat.Company company && !seen.add(Long.parseLong(company.regcode()))) {
                return new RegisterFormat.Bad(company.line(), "registerImport.line.duplicate", company.regcode());
            }
            if (entry != null) {
                return entry;
            }
        }
    }

    private Position position() {
        return new Position(records.offset(), records.nextLine());
    }

    @Override
    public Serializable checkpointInfo() {
        return position();
    }

    @Override
    public void close() {
        if (records != null) {
            records.close();
        }
    }
}
