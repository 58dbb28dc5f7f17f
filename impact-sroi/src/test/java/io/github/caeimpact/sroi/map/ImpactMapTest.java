package io.github.caeimpact.sroi.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.sroi.ImpactMaps;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImpactMapTest {

    private static ImpactMap sample() {
        return Maps.map(Discounting.flat(BigDecimal.ZERO), "100",
                Maps.outcome("o", "A", "1", "1", "1", "0", "0", List.of("0"), "0"));
    }

    @Test
    void forecastMapIsInEurosWithTheGuidesConventions() {
        ImpactMap map = sample();
        assertThat(map.currency()).isEqualTo("EUR");
        assertThat(map.mode()).isEqualTo(Mode.FORECAST);
        assertThat(map.conventionsOrDefault()).isEqualTo(Conventions.GUIDE);
        assertThat(map.conventionsOrDefault().fractionalDurationOrDefault()).isEqualTo(FractionalDuration.PRO_RATA);
        assertThat(map.conventionsOrDefault().revaluationOrDefault()).isEqualTo(Revaluation.CPI);
        assertThat(map.conventionsOrDefault().dropOffFromYearOneOrDefault()).isEmpty();
    }

    @Test
    void evaluativeCopyStartsInTheGivenYear() {
        ImpactMap map = sample().evaluativeFrom(2023);
        assertThat(map.mode()).isEqualTo(Mode.EVALUATIVE);
        assertThat(map.firstYear()).isEqualTo(2023);
        assertThat(ImpactMaps.validate(map).problems()).isEmpty();
    }

    @Test
    void addedOutcomesFollowTheExistingOnes() {
        ImpactMap map = sample().withAddedOutcomes(List.of(Maps.outcome("p", "B", "1", "1", "1", "0", "0",
                List.of("0"), "0")));
        assertThat(map.outcomes()).extracting(Outcome::id).containsExactly("o", "p");
    }

    @Test
    void outcomesBoundToMaskedIndicatorsAreLeftOutAndTheOthersKeepTheirDistributions() {
        Outcome first = Maps.outcome("a", "A", "1", "1", "1", "0", "0", List.of("0"), "0").withQuantity(new Quantity.Bound("EXI04"));
        Outcome second = Maps.outcome("b", "A", "1", "1", "1", "0", "0", List.of("0"), "0").withQuantity(new Quantity.Bound("ACT03"));
        Distribution wide = new Distribution.Uniform(BigDecimal.ZERO, BigDecimal.ONE, null);
        Distribution narrow = new Distribution.Uniform(new BigDecimal("0.1"), new BigDecimal("0.2"), null);
        Distribution rate = new Distribution.Uniform(BigDecimal.ZERO, new BigDecimal("0.05"), null);
        ImpactMap map = Maps.map(Discounting.flat(BigDecimal.ZERO), "100", first, second).withDistributions(Map.of(
                ParameterId.outcome(0, "deadweight"), wide, ParameterId.outcome(1, "deadweight"), narrow,
                new ParameterId("discounting.rate"), rate));

        ImpactMap published = map.withoutOutcomesBoundTo(Set.of("EXI04"));

        assertThat(published.outcomes()).extracting(Outcome::id).containsExactly("b");
        assertThat(published.distributions()).containsOnly(Map.entry(ParameterId.outcome(0, "deadweight"), narrow),
                Map.entry(new ParameterId("discounting.rate"), rate));
        assertThat(map.withoutOutcomesBoundTo(Set.of("PUB01"))).isSameAs(map);
        assertThatThrownBy(() -> map.withoutOutcomesBoundTo(null)).isInstanceOf(NullPointerException.class).hasMessage("indicators");
    }
}
