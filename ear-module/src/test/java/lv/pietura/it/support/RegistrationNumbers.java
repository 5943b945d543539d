package lv.pietura.it.support;

/**
 * Valid registration numbers for test institutions, derived from a number the test chooses, so that
 * every test class has its own institutions in the shared test database and reruns are identical.
 */
public final class RegistrationNumbers {

    private static final int[] WEIGHTS = {9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1};

    private RegistrationNumbers() {}

    /** The first valid number at or after {@code 9 + seed}, as a state body's number looks. */
    public static String stateBody(long seed) {
        return firstValid('9', seed);
    }

    /** The first valid number at or after {@code 4 + seed}, as a company's number looks. */
    public static String company(long seed) {
        return firstValid('4', seed);
    }

    private static String firstValid(char kind, long seed) {
        for (long candidate = seed; ; candidate++) {
            String ten = kind + String.format("%09d", candidate % 1_000_000_000L);
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                sum += (ten.charAt(i) - '0') * WEIGHTS[i];
            }
            int last = Math.floorMod(3 - sum, 11);
            if (last < 10) {
                return ten + last;
            }
        }
    }
}
