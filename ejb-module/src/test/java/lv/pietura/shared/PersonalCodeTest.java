package lv.pietura.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalCodeTest {

    private static String refusal(String text) {
        try {
            PersonalCode.of(text);
            return "accepted";
        } catch (RuleViolation violation) {
            return violation.messageKey();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "010190-12349, 1990-01-01",
        "311299-10008, 1999-12-31",
        "290200-23453, 2000-02-29",
        "010619-29994, 2019-06-01",
        "280224-22349, 2024-02-28",
        "010101-23456, 2001-01-01"
    })
    void anOldFormatCodeCarriesTheBirthDateAndACheckDigit(String code, LocalDate birthDate) {
        PersonalCode personalCode = PersonalCode.of(code);
        assertThat(personalCode.birthDate()).contains(birthDate);
        assertThat(personalCode.formatted()).isEqualTo(code);
        assertThat(personalCode.newFormat()).isFalse();
    }

    @Test
    void theCenturyDigitZeroMeansTheNineteenthCentury() {
        // 15.07.1885: the check digit is computed like any other
        String digits = "1507850123";
        String code = digits + PersonalCode.checkDigit(digits);
        assertThat(PersonalCode.of(code).birthDate()).contains(LocalDate.of(1885, 7, 15));
    }

    @Test
    void aRemainderOfTenIsWrittenAsZero() {
        // (1101 - weighted sum of 1507851002) mod 11 = 10
        assertThat(PersonalCode.checkDigit("1507851002")).isZero();
        assertThat(PersonalCode.isValid("150785-10020")).isTrue();
        // a remainder of 0 is 0 too
        assertThat(PersonalCode.isValid("150785-10070")).isTrue();
    }

    @Test
    void withOrWithoutTheHyphenItIsTheSameCode() {
        assertThat(PersonalCode.of("01019012349")).isEqualTo(PersonalCode.of("010190-12349"));
        assertThat(PersonalCode.of(" 010190-12349 ").value()).isEqualTo("01019012349");
    }

    @ParameterizedTest
    @ValueSource(strings = {"010190-12348", "010190-12359", "110190-12349"})
    void aChangedDigitBreaksTheCheck(String code) {
        assertThat(refusal(code)).isEqualTo("personalCode.checksum");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"310290-12340", "310490-12340", "000190-12340", "011390-12340", "010190-32340", "290201-23450"})
    void theDatePartMustBeARealDate(String code) {
        // 31 February, 31 April, day 0, month 13, century digit 3, 29 February 2001
        assertThat(refusal(code)).isEqualTo("personalCode.date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"32579461005", "329999-99999", "39000000000", "320000-00000"})
    void aNewFormatCodeHasNeitherBirthDateNorCheckDigit(String code) {
        PersonalCode personalCode = PersonalCode.of(code);
        assertThat(personalCode.newFormat()).isTrue();
        assertThat(personalCode.birthDate()).isEmpty();
    }

    @Test
    void aCodeStartingWithThirtyOneOrThirtyIsNotNewFormat() {
        // 31.12.99 and 30.01.90 are dates: these are old-format codes and their check digit counts
        assertThat(PersonalCode.of("311299-10008").newFormat()).isFalse();
        assertThat(refusal("311299-10009")).isEqualTo("personalCode.checksum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0101901234", "010190123490", "010190-1234A", "0101-9012349", "abc"})
    void aCodeIsElevenDigits(String text) {
        assertThat(refusal(text)).isEqualTo("personalCode.format");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "010190-12349",
                "290200-23453",
                "32579461005",
                "010190-12348",
                "310290-12340",
                "011390-12340",
                "290201-23450",
                "40003245752",
                "50003000000",
                "",
                "abc",
                "0101-9012349"
            })
    void isValidSaysWhatOfSays(String text) {
        // isValid judges without building a refusal (bulk lists check 100 000 codes); the verdict is the same
        assertThat(PersonalCode.isValid(text)).isEqualTo(refusal(text).equals("accepted"));
    }

    @Test
    void aRefusalNamesTheFieldItWasAskedFor() {
        assertThatThrownBy(() -> PersonalCode.of("123", "representativeCode"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("representativeCode");
    }

    @Test
    void aMaskedCodeHidesTheIndividualPart() {
        assertThat(PersonalCode.of("010190-12349").masked()).isEqualTo("010190-*****");
    }
}
