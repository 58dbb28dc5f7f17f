package io.github.caeimpact.sroi.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.sroi.ImpactMaps;
import java.math.BigDecimal;
import java.util.List;
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
}
