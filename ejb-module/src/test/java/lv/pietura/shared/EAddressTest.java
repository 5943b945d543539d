package lv.pietura.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An e-address is a personal code or a body's default mailbox, and nothing else. */
class EAddressTest {

    @Test
    void aPersonIsAddressedByTheirPersonalCodeWithOrWithoutItsHyphen() {
        assertThat(EAddress.parse(" 010190-12349 ")).contains(new EAddress(true, "01019012349"));
        assertThat(EAddress.parse("01019012349")).contains(new EAddress(true, "01019012349"));
        assertThat(new EAddress(true, "01019012349").written()).isEqualTo("01019012349");
        assertThat(new EAddress(true, "01019012349").displayed()).isEqualTo("010190-12349");
        assertThat(new EAddress(true, "01019012349").holder()).isEqualTo("010190-12349");
    }

    @Test
    void aCompanyOrInstitutionIsAddressedByItsDefaultMailbox() {
        EAddress company = EAddress.parse("_default@40003521600").orElseThrow();
        assertThat(company.person()).isFalse();
        assertThat(company.written()).isEqualTo("_DEFAULT@40003521600");
        assertThat(company.displayed()).isEqualTo("_DEFAULT@40003521600");
        assertThat(company.holder()).isEqualTo("40003521600");
        assertThat(EAddress.of(RegistrationNumber.of("90000048491")).written()).isEqualTo("_DEFAULT@90000048491");
    }

    @Test
    void pieturasOwnMailboxHasANameNobodyCanWriteTo() {
        EAddress platform = new EAddress(false, "PIETURA");
        assertThat(platform.written()).isEqualTo("_DEFAULT@PIETURA");
        assertThat(EAddress.parse("_DEFAULT@PIETURA")).isEmpty();
    }

    @Test
    void anythingElseIsNoAddress() {
        for (String text : new String[] {
            null,
            "",
            "adazi.clerk",
            "40003521600x",
            "_DEFAULT@4000352160",
            "_DEFAULT@400035216000",
            "0101-9012349",
            "010190\u000012349",
            "VID@90000069281",
            "_DEFAULT@ 40003521600"
        }) {
            assertThat(EAddress.parse(text)).as(String.valueOf(text)).isEmpty();
            assertThat(EAddress.isOne(text)).isFalse();
        }
    }
}
