package lv.pietura.organisation;

import java.time.Duration;

/**
 * When repeated failed sign-ins lock an account: after {@code maxFailures} wrong passwords in a row
 * the account refuses every sign-in for {@code lockDuration}, or until an administrator unlocks it.
 */
public record SignInPolicy(int maxFailures, Duration lockDuration) {

    public SignInPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("A lock needs at least one failure and a positive duration");
        }
    }
}
