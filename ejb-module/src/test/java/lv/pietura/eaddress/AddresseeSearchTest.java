package lv.pietura.eaddress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the addressee search turns the start of a registration number into a range of numbers. */
class AddresseeSearchTest {

    @Test
    void theRangeOfAPrefixEndsAtTheNextPrefixOfItsLength() {
        assertThat(InternalMailbox.nextPrefix("4000")).isEqualTo("4001");
        assertThat(InternalMailbox.nextPrefix("4")).isEqualTo("5");
        assertThat(InternalMailbox.nextPrefix("409")).isEqualTo("41");
        assertThat(InternalMailbox.nextPrefix("40399")).isEqualTo("404");
    }

    @Test
    void aPrefixOfNinesHasNoEnd() {
        assertThat(InternalMailbox.nextPrefix("9")).isNull();
        assertThat(InternalMailbox.nextPrefix("999")).isNull();
    }

    @Test
    void aNameIsComparedInLowerCaseWithoutTheMarksOfItsLetters() {
        assertThat(EAddressAccount.searchable("  SIA \"Ēnu Ķēķis\" Ģirts Žūžiņš  "))
                .isEqualTo("sia \"enu kekis\" girts zuzins");
        assertThat(EAddressAccount.searchable("e\u0301 Ö")).isEqualTo("e o");
        assertThat(EAddressAccount.searchable(null)).isEmpty();
    }
}
