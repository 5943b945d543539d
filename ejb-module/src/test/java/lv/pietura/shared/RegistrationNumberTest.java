package lv.pietura.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"40003521600", "90001733697", "90000048152", "90000069281"})
    void knownRegistrationNumbersAreValid(String number) {
        assertThat(RegistrationNumber.of(number).value()).isEqualTo(number);
        assertThat(RegistrationNumber.isValid(number)).isTrue();
    }

    @Test
    void aChangedDigitBreaksTheCheck() {
        assertThatThrownBy(() -> RegistrationNumber.of("40003521601"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("registrationNumber.checksum");
        assertThat(RegistrationNumber.isValid("90001733696")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4000352160", "400035216000", "4000352160A", "40003-21600"})
    void aNumberIsElevenDigits(String text) {
        assertThatThrownBy(() -> RegistrationNumber.of(text))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("registrationNumber.format");
    }

    @Test
    void spacesBetweenDigitsAreIgnored() {
        assertThat(RegistrationNumber.of("4000 3521 600")).isEqualTo(RegistrationNumber.of("40003521600"));
    }

    @Test
    void theDefaultEAddressIsTheNumberBehindDefault() {
        assertThat(RegistrationNumber.of("90001733697").defaultEAddress()).isEqualTo("_DEFAULT@90001733697");
    }

    @Test
    void theViolationNamesTheField() {
        assertThatThrownBy(() -> RegistrationNumber.of(null))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("registrationNumber");
    }
}
