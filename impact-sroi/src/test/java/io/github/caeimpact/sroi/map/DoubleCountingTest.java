package io.github.caeimpact.sroi.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoubleCountingTest {

    @Test
    void theWholeCostAndItsPartsTogetherAreFlagged() {
        List<Outcome> outcomes = PublicFinanceOutcomes.builder(ProxyLibrary.standard(), 2025)
                .longTermUnemploymentAvoided(BigDecimal.ONE, BigDecimal.ZERO)
                .longTermUnemploymentDirectSpendingAvoided(BigDecimal.ONE, BigDecimal.ZERO).build();
        assertThat(DoubleCounting.in(outcomes)).extracting(DoubleCounting::reason).anyMatch(r -> r.contains("as a whole and by its parts"));
    }

    @Test
    void aMapWithoutTheShippedLongTermUnemploymentProxiesHasNone() {
        List<Outcome> outcomes = PublicFinanceOutcomes.builder(ProxyLibrary.standard(), 2025)
                .contributionsOnPay(BigDecimal.TEN, BigDecimal.ZERO).rsaMonthsAvoided(BigDecimal.ONE, BigDecimal.ZERO).build();
        assertThat(DoubleCounting.in(outcomes)).isEmpty();
    }

    @Test
    void theShippedMapsCountNothingTwice() throws IOException {
        for (String name : List.of("cae-impact-map-artenreel-style.json", "sample-sroi-map.json", "tiers-lieu-map.json")) {
            Path file = Path.of("..", "impact-examples", "data", name);
            try (InputStream in = Files.newInputStream(file)) {
                assertThat(DoubleCounting.in(ImpactMaps.read(in))).as(name).isEmpty();
            }
        }
    }

    @Test
    void aFindingNamesAtLeastTwoOutcomes() {
        assertThatThrownBy(() -> new DoubleCounting(List.of("one"), "why")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outcomes");
        assertThatThrownBy(() -> new DoubleCounting(List.of("a", "b"), null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("reason");
    }
}
