package lv.pietura.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Regulation 402, point 3.1: which services should be offered as an e-service. */
class EServiceCandidatesTest {

    /** The regulation's own thresholds, the configuration's defaults. */
    private final EServiceCandidates regulation = new EServiceCandidates(5_000, 10);

    @Test
    void aServiceWithMoreThan5000CasesAYearIsOneHoweverSmallItsShare() {
        assertThat(regulation.candidate(5_001, 1_000_000, false)).isTrue();
        assertThat(regulation.byShare(5_001, 1_000_000)).isFalse();
        assertThat(regulation.candidate(5_000, 1_000_000, false))
                .as("more than, not as many as")
                .isFalse();
    }

    @Test
    void aServiceWithAtLeastATenthOfItsHoldersCasesIsOneHoweverFewTheyAre() {
        assertThat(regulation.candidate(10, 100, false)).isTrue();
        assertThat(regulation.byCount(10)).isFalse();
        assertThat(regulation.candidate(99, 1_000, false)).as("9.9 %").isFalse();
        assertThat(regulation.candidate(1, 1, false))
                .as("the holder's only service")
                .isTrue();
        assertThat(regulation.candidate(0, 0, false)).as("no cases at all").isFalse();
    }

    @Test
    void aServiceAlreadyOfferedAsAnEServiceIsNever() {
        assertThat(regulation.candidate(1_000_000, 1_000_000, true)).isFalse();
    }

    @Test
    void theThresholdsAreTheConfigurations() {
        EServiceCandidates configured = new EServiceCandidates(4, 25);
        assertThat(configured.candidate(5, 1_000, false)).as("more than 4").isTrue();
        assertThat(configured.candidate(4, 16, false)).as("exactly a quarter").isTrue();
        assertThat(configured.candidate(4, 17, false)).isFalse();
        assertThat(EServiceCandidates.share(1, 3)).isEqualByComparingTo("33.3");
    }
}
