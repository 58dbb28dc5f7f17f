package io.github.caeimpact.indicators.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DominanceRuleTest {

    private final DominanceRule rule = DominanceRule.of(DominanceRule.DEFAULT_PERCENT);

    @Test
    void aSumWhereOnePersonHoldsNinetyPercentIsSensitive() {
        // 9,000 of 10,000: the rest after the two largest (250 each) is 500 < 10 % of 9,000.
        assertThat(rule.isSensitive(new double[] {9_000, 250, 250, 250, 250})).isTrue();
        assertThat(rule.protection(new double[] {9_000, 250, 250, 250, 250})).isCloseTo(900 - 750, within(1e-9));
    }

    @Test
    void anEvenSumIsNotSensitive() {
        assertThat(rule.isSensitive(new double[] {1_000, 1_000, 1_000, 1_000, 1_000})).isFalse();
    }

    @Test
    void negativeContributionsCountBySize() {
        assertThat(rule.isSensitive(new double[] {-5_000, 10, 10, 10})).isTrue();
    }

    @Test
    void aThresholdCellNeedsPPercentOfItsLargestContribution() {
        assertThat(rule.thresholdProtection(new double[] {200, -800, 100})).isCloseTo(80, within(1e-9));
    }

    @Test
    void pMustBeAPercentage() {
        assertThatThrownBy(() -> DominanceRule.of(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 100]");
        assertThatThrownBy(() -> DominanceRule.of(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DominanceRule.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
