package lv.pietura.web.security;

import jakarta.enterprise.context.RequestScoped;
import lv.pietura.organisation.SignInResult;

/**
 * The answer of the sign-in facade within the current request, so the sign-in page can say why an
 * attempt failed (locked, no agreement) where the identity store can only say "invalid".
 */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    void record(SignInResult result) {
        this.result = result;
    }

    public SignInResult result() {
        return result;
    }
}
