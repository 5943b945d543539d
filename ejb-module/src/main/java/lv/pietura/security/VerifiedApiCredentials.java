package lv.pietura.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's HTTP Basic credentials that were verified lately. A portal signs in with every request, and
 * checking a password is slow on purpose (PBKDF2); so a successful check is remembered for
 * {@code pietura.api.credential-cache-seconds} (60 by default, 0 switches it off) under a salted SHA-256
 * of the name and password, never the password itself, together with the password hash it was checked
 * against. Every request still reads the account's row ({@link StaffIdentities#stateOf}, one indexed query): a changed
 * password, a lock, a deactivation or an ended agreement takes effect at once, on every node. Only
 * successes are remembered: every failure goes through the identity store, which counts it.
 */
@ApplicationScoped
public class VerifiedApiCredentials {

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pietura.api.credential-cache-seconds", defaultValue = "60")
    long seconds;

    private final byte[] salt = new SecureRandom().generateSeed(16);
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(CredentialValidationResult result, String passwordHash, Instant until) {}

    /** The identity these credentials proved lately, if the account still stands as it did then; or {@code null}. */
    public CredentialValidationResult recall(UsernamePasswordCredential credential, AccountState now) {
        if (seconds <= 0 || now == null) {
            return null;
        }
        String key = key(credential);
        Verified entry = verified.get(key);
        if (entry == null) {
            return null;
        }
        if (!entry.until().isAfter(clock.instant())
                || !now.mayWork()
                || !entry.passwordHash().equals(now.passwordHash())) {
            verified.remove(key, entry);
            return null;
        }
        return entry.result();
    }

    /** Remembers a successful check against the account as it stood ({@code checked}). */
    public void remember(
            UsernamePasswordCredential credential, CredentialValidationResult result, AccountState checked) {
        if (seconds <= 0
                || checked == null
                || checked.passwordHash() == null
                || result.getStatus() != CredentialValidationResult.Status.VALID) {
            return;
        }
        Instant now = clock.instant();
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(v -> !v.until().isAfter(now));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(
                key(credential), new Verified(result, checked.passwordHash(), now.plus(Duration.ofSeconds(seconds))));
    }

    private String key(UsernamePasswordCredential credential) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(credential.getCaller().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new String(credential.getPassword().getValue()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
