package lv.pietura.eaddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class AddresseeListTest {

    @Test
    void aCsvExtractGivesEachCodeOnceWithoutTheDashAndAHeaderIsSkipped() {
        AddresseeList list = AddresseeList.parse("""
                personas_kods;vārds
                010190-12349;Anna Bērziņa
                "311299-10008";Jānis
                01019012349;Anna vēlreiz
                40003521600,SIA Miegs
                """);
        assertThat(list.identifiers()).containsExactly("01019012349", "31129910008", "40003521600");
        assertThat(list.invalid()).isEmpty();
    }

    @Test
    void linesThatAreNoCodeAreNamedWithTheirLineNumber() {
        AddresseeList list = AddresseeList.parse("010190-12349\r\n010190-12340\n\n  \nAnna\n4000352160");
        assertThat(list.identifiers()).containsExactly("01019012349");
        assertThat(list.invalid()).extracting(AddresseeList.Line::number).containsExactly(2, 5, 6);
        assertThat(list.invalid())
                .extracting(AddresseeList.Line::text)
                .containsExactly("010190-12340", "Anna", "4000352160");
    }

    @Test
    void anEmptyListIsRefused() {
        assertThatThrownBy(() -> AddresseeList.parse(" \n\n"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("eaddress.bulk.empty"));
        assertThatThrownBy(() -> AddresseeList.parse(null)).isInstanceOf(RuleViolation.class);
    }
}
