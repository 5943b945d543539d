package lv.pietura.eaddress;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The records of a register file as bytes, one at a time, with the byte offset and line number where the next
 * begins (what a restarted import goes on from). A record ends at a line end outside double quotes, so a quoted
 * name may hold a semicolon or a line break; a quote left open does not swallow the file: past
 * {@link #LONGEST} bytes a line end closes the record whatever the quotes say (the line is then reported as
 * broken). Splitting is done on bytes, which is safe for UTF-8: neither a quote nor a line end occurs inside a
 * multi-byte character.
 */
final class RegisterRecords implements Closeable {

    /** No line of the Register's file comes near this; a longer one is broken. */
    static final int LONGEST = 8192;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long offset;
    private long nextLine;
    private long recordLine;
    private byte[] record = new byte[512];
    private int length;

    private RegisterRecords(InputStream in, long offset, long line) {
        this.in = in;
        this.offset = offset;
        this.nextLine = line;
    }

    /** The file's records from {@code offset} (a record's start) on, the first of them on line {@code line}. */
    static RegisterRecords open(Path file, long offset, long line) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(offset);
            return new RegisterRecords(Channels.newInputStream(channel), offset, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next record without its line end (a record longer than {@link #LONGEST} cut there), or null at the end. */
    byte[] next() {
        length = 0;
        recordLine = nextLine;
        boolean quoted = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any ? trimmed() : null;
            }
            any = true;
            int start = position;
            while (position < limit) {
                byte b = buffer[position++];
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n') {
                    nextLine++;
                    if (!quoted || length + position - 1 - start > LONGEST) {
                        append(start, position);
                        return trimmed();
                    }
                }
            }
            append(start, position);
        }
    }

    /** The line the record {@link #next()} gave last began on (the first line is 1). */
    long recordLine() {
        return recordLine;
    }

    /** Where the next record begins. */
    long offset() {
        return offset;
    }

    /** The line the next record begins on. */
    long nextLine() {
        return nextLine;
    }

    /** The buffer's bytes from {@code start} to {@code end} to the record (as far as {@link #LONGEST} and one). */
    private void append(int start, int end) {
        offset += end - start;
        int room = LONGEST + 1 - length;
        int taken = Math.min(end - start, Math.max(0, room));
        if (length + taken > record.length) {
            record = Arrays.copyOf(record, Math.max(record.length * 2, length + taken));
        }
        System.arraycopy(buffer, start, record, length, taken);
        length += taken;
    }

    private byte[] trimmed() {
        int end = length;
        while (end > 0 && (record[end - 1] == '\r' || record[end - 1] == '\n')) {
            end--;
        }
        return Arrays.copyOf(record, end);
    }

    private boolean fill() {
        try {
            limit = in.read(buffer);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return false;
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
