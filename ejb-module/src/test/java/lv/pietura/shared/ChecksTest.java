package lv.pietura.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void everyProblemOfARequestIsReportedAtOnce() {
        assertThatThrownBy(() -> new Checks()
                        .text("nameLv", " ", 10)
                        .email("email", "not-an-address")
                        .optionalText("nameEn", "x".repeat(11), 10)
                        .of(() -> RegistrationNumber.of("123"))
                        .throwIfAny())
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::field, RuleViolation.Problem::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("nameLv", "required"),
                                        org.assertj.core.groups.Tuple.tuple("email", "email.invalid"),
                                        org.assertj.core.groups.Tuple.tuple("nameEn", "tooLong"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "registrationNumber", "registrationNumber.format")));
    }

    @Test
    void aRequestWithoutProblemsPasses() {
        assertThatCode(() -> new Checks()
                        .text("name", "Ādaži", 10)
                        .email("email", "a@b.lv")
                        .throwIfAny())
                .doesNotThrowAnyException();
    }

    @Test
    void likePatternsTreatWildcardsInUserTextLiterally() {
        assertThat(PagedQuery.escapeLike("50%_off!")).isEqualTo("50!%!_off!!");
    }

    @Test
    void aTextThatShowsNothingIsNoText() {
        for (String invisible :
                new String[] {"\u00a0", "\u200b", "\u200d\u2060", "\ufeff", "\ufffe", "\ud800", "\u2028", "\u3000"}) {
            assertThat(Checks.clean(invisible))
                    .as("U+%04X", (int) invisible.charAt(0))
                    .isNull();
            assertThatThrownBy(() -> new Checks().text("nameLv", invisible, 10).throwIfAny())
                    .isInstanceOf(RuleViolation.class);
        }
        assertThat(Checks.clean(" a\ud800b ")).isEqualTo("a\ud800b");
        assertThat(Checks.clean("\u200bĀdaži")).isEqualTo("\u200bĀdaži");
        assertThat(Checks.clean("—")).isEqualTo("—");
    }
}
