package lv.pietura.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lv.pietura.security.PasswordHash;
import lv.pietura.shared.Checks;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static List<String> problems(String username, String password) {
        Checks checks = new Checks();
        PasswordPolicy.check(username, password.toCharArray(), checks);
        try {
            checks.throwIfAny();
            return List.of();
        } catch (RuleViolation v) {
            return v.problems().stream().map(RuleViolation.Problem::messageKey).toList();
        }
    }

    @Test
    void aLongUnusualPassphraseIsAccepted() {
        assertThat(problems("anna.liepa", "zaļš kaķis 7 gulēja")).isEmpty();
    }

    @Test
    void aPasswordHasAtLeastTwelveCharacters() {
        assertThat(problems("anna.liepa", "Kx9!mQ2")).containsExactly("password.tooShort");
    }

    @Test
    void aPasswordMustNotContainTheUserName() {
        assertThat(problems("anna.liepa", "Anna.Liepa-2026-rudens")).contains("password.containsUsername");
    }

    @Test
    void commonPasswordsAreRefusedWhateverDigitsAreAdded() {
        assertThat(problems("anna.liepa", "Password123456")).contains("password.common");
        assertThat(problems("anna.liepa", "parole2026!!!")).contains("password.common");
        assertThat(problems("anna.liepa", "123456789012")).contains("password.common");
    }

    @Test
    void aRepeatedPatternIsTooSimple() {
        assertThat(problems("anna.liepa", "abababababab")).contains("password.tooSimple");
    }

    @Test
    void temporaryPasswordsAlwaysSatisfyThePolicy() {
        for (int i = 0; i < 200; i++) {
            assertThat(problems("janis", new String(TemporaryPasswords.generate("janis"))))
                    .isEmpty();
        }
    }

    @Test
    void aHashVerifiesOnlyItsOwnPasswordAndUsesTheJakartaSecurityFormat() {
        String hash = PasswordHash.of("zaļš kaķis 7 gulēja".toCharArray());
        assertThat(hash).matches("PBKDF2WithHmacSHA256:210000:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+");
        assertThat(PasswordHash.matches("zaļš kaķis 7 gulēja".toCharArray(), hash))
                .isTrue();
        assertThat(PasswordHash.matches("zaļš kaķis 7 gulēj".toCharArray(), hash))
                .isFalse();
        assertThat(PasswordHash.of("zaļš kaķis 7 gulēja".toCharArray()))
                .as("salted")
                .isNotEqualTo(hash);
    }
}
