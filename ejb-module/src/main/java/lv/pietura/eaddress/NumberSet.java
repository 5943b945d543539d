package lv.pietura.eaddress;

import java.util.Arrays;

/**
 * A set of registration numbers (11 digits, kept as {@code long}s) in open addressing: two million take 32 MB,
 * where a {@code HashSet<Long>} would take about four times that. What a register import has seen, to tell a
 * number's second line from its first.
 */
final class NumberSet {

    private static final long FREE = -1;

    private long[] slots = free(1 << 16);
    private int size;

    /** Adds {@code number} (not negative); false when it was there already. */
    boolean add(long number) {
        if ((size + 1) * 2L > slots.length) {
            long[] old = slots;
            slots = free(old.length * 2);
            for (long kept : old) {
                if (kept != FREE) {
                    put(slots, kept);
                }
            }
        }
        if (!put(slots, number)) {
            return false;
        }
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private static boolean put(long[] table, long number) {
        int mask = table.length - 1;
        int i = Long.hashCode(number * 0x9E3779B97F4A7C15L) & mask;
        while (table[i] != FREE) {
            if (table[i] == number) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = number;
        return true;
    }

    private static long[] free(int length) {
        long[] table = new long[length];
        Arrays.fill(table, FREE);
        return table;
    }
}
