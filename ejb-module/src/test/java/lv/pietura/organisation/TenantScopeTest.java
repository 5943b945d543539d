package lv.pietura.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A scope is everything, one institution's or one centre's, and a centre's never reads as everything. */
class TenantScopeTest {

    @Test
    void anInstitutionsScopeHoldsOnlyItsOwnRecords() {
        TenantScope vsaa = TenantScope.of(1);
        assertThat(vsaa.reach()).isEqualTo(TenantScope.Reach.INSTITUTION);
        assertThat(vsaa.includes(1L)).isTrue();
        assertThat(vsaa.includes(2L)).isFalse();
        assertThat(vsaa.institution()).isEqualTo(1L);
    }

    @Test
    void everythingHoldsEveryRecord() {
        assertThat(TenantScope.everything().reach()).isEqualTo(TenantScope.Reach.EVERYTHING);
        assertThat(TenantScope.everything().includes(7L)).isTrue();
        assertThat(TenantScope.everything().institution()).isNull();
    }

    @Test
    void aCentresScopeHoldsNoInstitutionWholeAndNeverNarrowsAnInstitutionQueryToNothing() {
        TenantScope adazi = TenantScope.ofCentre(10);
        assertThat(adazi.reach()).isEqualTo(TenantScope.Reach.CENTRE);
        assertThat(adazi.isEverything()).isFalse();
        assertThat(adazi.includes(3L)).isFalse();
        assertThatThrownBy(adazi::institution).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TenantScope(3L, 10L)).isInstanceOf(IllegalArgumentException.class);
    }
}
