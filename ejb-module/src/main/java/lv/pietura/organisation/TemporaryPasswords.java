package lv.pietura.organisation;

import java.security.SecureRandom;
import lv.pietura.shared.Checks;

/** Generates temporary passwords that satisfy the {@link PasswordPolicy} and are easy to read out. */
public final class TemporaryPasswords {

    /** No 0/O, 1/l/I: the holder may have to type it from paper. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {}

    public static char[] generate(String username) {
        while (true) {
            char[] password = new char[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                password[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
            }
            Checks checks = new Checks();
            PasswordPolicy.check(username, password, checks);
            if (!checks.hasProblems()) {
                return password;
            }
        }
    }
}
