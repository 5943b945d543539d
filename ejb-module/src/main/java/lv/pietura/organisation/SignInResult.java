package lv.pietura.organisation;

import java.io.Serializable;
import java.util.Set;

/** The answer to a sign-in attempt; roles and names only when the attempt succeeded. */
public record SignInResult(SignInOutcome outcome, String username, Set<String> roles, boolean mustChangePassword)
        implements Serializable {

    static SignInResult refused(SignInOutcome outcome) {
        return new SignInResult(outcome, null, Set.of(), false);
    }

    public boolean succeeded() {
        return outcome == SignInOutcome.SIGNED_IN;
    }
}
