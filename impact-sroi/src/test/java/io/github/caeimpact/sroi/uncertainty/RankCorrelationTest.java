package io.github.caeimpact.sroi.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankCorrelationTest {

    @Test
    void tiesTakeTheirMeanRank() {
        assertThat(RankCorrelation.ranks(new double[] {10, 20, 10, 30})).containsExactly(1.5, 3, 1.5, 4);
    }

    @Test
    void aMonotoneRelationHasRankCorrelationOne() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {1, 8, 27, 64, 125};
        assertThat(RankCorrelation.pearson(RankCorrelation.ranks(x), RankCorrelation.ranks(y))).isEqualTo(1.0);
        double[] down = {5, 4, 3, 2, 1};
        assertThat(RankCorrelation.pearson(RankCorrelation.ranks(x), RankCorrelation.ranks(down)))
                .isCloseTo(-1.0, within(1e-15));
    }

    @Test
    void spearmanOfAHandExampleWithoutTies() {
        // Ranks x: 1 2 3 4 5, ranks y: 2 1 4 3 5; Σd² = 4; ρ = 1 − 6 × 4 / (5 × 24) = 0.8.
        double rho = RankCorrelation.pearson(RankCorrelation.ranks(new double[] {1, 2, 3, 4, 5}),
                RankCorrelation.ranks(new double[] {0.2, 0.1, 0.4, 0.3, 0.5}));
        assertThat(rho).isCloseTo(0.8, within(1e-15));
    }

    @Test
    void aConstantHasNoCorrelation() {
        assertThat(RankCorrelation.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
    }
}
