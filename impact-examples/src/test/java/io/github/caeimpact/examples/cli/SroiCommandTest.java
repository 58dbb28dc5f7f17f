package io.github.caeimpact.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.caeimpact.model.json.JsonLimits;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.map.Distribution;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.map.Prior;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The uncertainty options of {@code impact sroi}. */
class SroiCommandTest {

    @TempDir
    Path temp;

    /** The shipped example map with its first outcome's deadweight and attribution uncertain. */
    private Path uncertainMap;

    @BeforeEach
    void writeUncertainMap() throws IOException {
        ImpactMap example = ImpactMaps.example();
        BigDecimal deadweight = example.outcomes().get(0).deadweight();
        ImpactMap uncertain = example.withDistributions(Map.of(
                ParameterId.outcome(0, "deadweight"), new Distribution.Triangular(
                        deadweight.subtract(new BigDecimal("0.1")), deadweight, deadweight.add(new BigDecimal("0.1")), null),
                ParameterId.attribution(0, 0), new Distribution.FromPrior(Prior.ATTRIBUTION,
                        example.outcomes().get(0).attribution().get(0))));
        uncertainMap = temp.resolve("uncertain-map.json");
        Files.writeString(uncertainMap, ImpactMaps.toJson(uncertain), StandardCharsets.UTF_8);
    }

    private static JsonNode json(ImpactCliTest.Run run) throws IOException {
        assertThat(run.status()).as(run.err()).isZero();
        return StrictJson.mapper(JsonLimits.DEFAULT.withMaxNumberLength(1_000)).readTree(run.out());
    }

    @Test
    void sensitivityBreakEvenAndMonteCarloAreAddedToTheResult() throws IOException {
        JsonNode result = json(ImpactCliTest.run("sroi", uncertainMap.toString(), "--sensitivity", "--break-even",
                "--target", "2", "--monte-carlo", "2000", "--seed", "5", "--threads", "2"));
        assertThat(result.get("sroiRatio")).isNotNull();
        JsonNode first = result.get("sensitivity").get(0);
        for (String field : new String[] {"parameter", "outcome", "low", "high", "ratioLow", "ratioHigh", "swing"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        // The first outcome's deadweight moves between its stated bounds, not ± 20 %.
        for (JsonNode row : result.get("sensitivity")) {
            if (row.get("path").asText().equals("outcomes[0].deadweight")) {
                assertThat(row.get("high").decimalValue().subtract(row.get("low").decimalValue()))
                        .isEqualByComparingTo("0.2");
            }
        }
        JsonNode breakEven = result.get("breakEven");
        assertThat(breakEven.get(0).has("value")).isTrue();
        assertThat(breakEven.get(0).has("reason")).isTrue();
        JsonNode monteCarlo = result.get("monteCarlo");
        assertThat(monteCarlo.get("iterations").asInt()).isEqualTo(2000);
        assertThat(monteCarlo.get("target").asDouble()).isEqualTo(2.0);
        assertThat(monteCarlo.get("sroiRatio").get("mean").isNumber()).isTrue();
        assertThat(monteCarlo.get("probabilityRatioAboveOne").isNumber()).isTrue();
        assertThat(monteCarlo.get("drivers")).hasSize(2);
    }

    @Test
    void sensitivityDefaultsToTwentyPercent() throws IOException {
        JsonNode result = json(ImpactCliTest.run("sroi", uncertainMap.toString(), "--sensitivity"));
        for (JsonNode row : result.get("sensitivity")) {
            if (row.get("path").asText().equals("outcomes[1].quantity")) {
                BigDecimal low = row.get("low").decimalValue();
                BigDecimal high = row.get("high").decimalValue();
                assertThat(high.divide(low, java.math.MathContext.DECIMAL64)).isEqualByComparingTo("1.5");
            }
        }
        assertThat(result.has("breakEven")).isFalse();
        assertThat(result.has("monteCarlo")).isFalse();
    }

    @Test
    void theSameSeedGivesTheSameOutputOnOneAndFourThreads() {
        ImpactCliTest.Run one = ImpactCliTest.run("sroi", uncertainMap.toString(), "--monte-carlo", "3000", "--seed", "9",
                "--threads", "1");
        ImpactCliTest.Run four = ImpactCliTest.run("sroi", uncertainMap.toString(), "--monte-carlo", "3000", "--seed", "9",
                "--threads", "4");
        assertThat(one.status()).as(one.err()).isZero();
        assertThat(four.out()).isEqualTo(one.out());
    }

    @Test
    void aBadDistributionExitsWithOneAndNamesThePath() throws IOException {
        String bad = Files.readString(uncertainMap).replaceFirst("\"prior\" : \"attribution\"", "\"prior\" : \"nope\"");
        Path file = Files.writeString(temp.resolve("bad.json"), bad, StandardCharsets.UTF_8);
        ImpactCliTest.Run run = ImpactCliTest.run("sroi", file.toString(), "--monte-carlo", "10");
        assertThat(run.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(run.err()).contains("$.outcomes[0].attribution");
    }

    @Test
    void badOptionsExitWithTwo() {
        String map = uncertainMap.toString();
        String[][] cases = {
            {"sroi", map, "--sensitivity", "0"},
            {"sroi", map, "--sensitivity", "150"},
            {"sroi", map, "--target", "2"},
            {"sroi", map, "--seed", "3"},
            {"sroi", map, "--monte-carlo", "0"},
            {"sroi", map, "--monte-carlo", "10", "--threads", "0"},
            {"sroi", map, "--monte-carlo", "ten"},
        };
        for (String[] args : cases) {
            ImpactCliTest.Run run = ImpactCliTest.run(args);
            assertThat(run.status()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(ImpactCli.UNUSABLE);
            assertThat(run.err()).as(String.join(" ", args)).contains(args[2]);
        }
    }

    @Test
    void aMapValuingContributionsBesideTheWholeCostOfLongTermUnemploymentIsWarnedOf() throws IOException {
        java.util.List<io.github.caeimpact.sroi.map.Outcome> publicFinance = io.github.caeimpact.sroi.map.PublicFinanceOutcomes
                .builder(io.github.caeimpact.sroi.proxy.ProxyLibrary.standard(), 2025)
                .longTermUnemploymentAvoided(BigDecimal.ONE, new BigDecimal("0.5")).build();
        // The example map values the contributions on the entrepreneurs' pay already.
        ImpactMap twice = ImpactMaps.example().withAddedOutcomes(publicFinance);
        Path file = temp.resolve("twice.json");
        Files.writeString(file, ImpactMaps.toJson(twice), StandardCharsets.UTF_8);
        ImpactCliTest.Run run = ImpactCliTest.run("sroi", file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: double counting in pf-employer-contributions, pf-employee-contributions, "
                + "pf-long-term-unemployment-avoided");
        assertThat(ImpactCliTest.run("sroi", uncertainMap.toString()).err()).doesNotContain("double counting");
    }
}
