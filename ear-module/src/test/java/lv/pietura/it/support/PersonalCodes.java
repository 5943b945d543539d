package lv.pietura.it.support;

/** Valid Latvian personal codes for test clients, by the published check-digit rule. */
public final class PersonalCodes {

    private static final int[] WEIGHTS = {1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private PersonalCodes() {}

    /** The old format for a birth date {@code ddmmyy}, century digit 1 (1900s) and a serial number. */
    public static String born(String ddmmyy, int serial) {
        return withCheckDigit(ddmmyy + "1" + String.format("%03d", serial));
    }

    public static String withCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (tenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = Math.floorMod(1101 - sum, 11);
        return tenDigits.substring(0, 6) + "-" + tenDigits.substring(6) + (check == 10 ? 0 : check);
    }
}
