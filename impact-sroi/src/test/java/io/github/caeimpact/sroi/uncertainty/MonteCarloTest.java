package io.github.caeimpact.sroi.uncertainty;

import static io.github.caeimpact.sroi.map.Maps.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.engine.EvaluationPlan;
import io.github.caeimpact.sroi.map.Distribution;
import io.github.caeimpact.sroi.map.Prior;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

    private static final ParameterId QUANTITY = ParameterId.outcome(0, "quantity");
    private static final ParameterId DEADWEIGHT = ParameterId.outcome(0, "deadweight");
    private static final ParameterId DROP_OFF = ParameterId.outcome(0, "dropOff");
    private static final ParameterId RATE = ParameterId.discounting("rate");

    private static EvaluationPlan plan() {
        return BreakEvenAnalysisTest.compile(BreakEvenAnalysisTest.oneOutcome());
    }

    private static String json(MonteCarloResult result) throws JsonProcessingException {
        return StrictJson.mapper().writeValueAsString(result);
    }

    /** Distributions over several kinds of parameter, so that every sampler is exercised. */
    private static Map<ParameterId, Distribution> several() {
        Map<ParameterId, Distribution> distributions = new LinkedHashMap<>();
        distributions.put(QUANTITY, new Distribution.Uniform(d("5"), d("15"), null));
        distributions.put(ParameterId.outcome(0, "proxy.value"), new Distribution.LogNormal(d("4.6"), d("0.2"), null));
        distributions.put(DEADWEIGHT, new Distribution.Triangular(d("0.1"), d("0.2"), d("0.6"), null));
        distributions.put(ParameterId.outcome(0, "displacement"), new Distribution.FromPrior(Prior.DISPLACEMENT, null));
        distributions.put(ParameterId.attribution(0, 0), new Distribution.Pert(d("0.1"), d("0.25"), d("0.5"), null));
        distributions.put(DROP_OFF, new Distribution.Beta(d("2"), d("18"), null));
        distributions.put(ParameterId.outcome(0, "durationYears"),
                new Distribution.Normal(d("3"), d("1"), d("1"), d("5"), null));
        distributions.put(RATE, new Distribution.Uniform(d("0.02"), d("0.06"), null));
        return distributions;
    }

    @Test
    void zeroWidthDistributionsGiveTheDeterministicResultExactly() {
        EvaluationPlan plan = plan();
        Map<ParameterId, Distribution> distributions = new LinkedHashMap<>();
        distributions.put(QUANTITY, new Distribution.Uniform(d("10"), d("10"), null));
        distributions.put(DEADWEIGHT, new Distribution.Triangular(d("0.2"), d("0.2"), d("0.2"), null));
        distributions.put(DROP_OFF, new Distribution.Pert(d("0.1"), d("0.1"), d("0.1"), null));
        distributions.put(RATE, new Distribution.Normal(d("0.05"), d("0.01"), d("0.05"), d("0.05"), null));
        MonteCarloResult result = MonteCarlo.run(plan, distributions, 3000, 7, 2, 1);
        double ratio = plan.sroiRatio(plan.baselineDoubles());
        double pv = plan.presentValue(plan.baselineDoubles());
        Summary r = result.sroiRatio();
        assertThat(new double[] {r.mean(), r.median(), r.p5(), r.p25(), r.p75(), r.p95()}).containsOnly(ratio);
        assertThat(r.sd()).isZero();
        assertThat(r.standardError()).isZero();
        assertThat(result.presentValue().mean()).isEqualTo(pv);
        assertThat(result.npv().median()).isEqualTo(pv - 1000);
        assertThat(result.probabilityRatioAboveOne()).isEqualTo(1.0);
        assertThat(result.histogram()).containsExactly(new HistogramBin(ratio, ratio, 3000));
        assertThat(result.drivers()).isEmpty();
    }

    @Test
    void linearModelMeanLiesWithinThreeStandardErrorsOfItsAnalyticMean() {
        // The ratio is proportional to Q × (1 − DW); with Q and DW independent its mean is the
        // ratio at E[Q] = (5 + 15) / 2 = 10 and E[DW] = (0.1 + 0.2 + 0.6) / 3 = 0.3.
        EvaluationPlan plan = plan();
        Map<ParameterId, Distribution> distributions = Map.of(
                QUANTITY, new Distribution.Uniform(d("5"), d("15"), null),
                DEADWEIGHT, new Distribution.Triangular(d("0.1"), d("0.2"), d("0.6"), null));
        double[] at = plan.baselineDoubles();
        at[plan.indexOf(QUANTITY)] = 10;
        at[plan.indexOf(DEADWEIGHT)] = 0.3;
        double analytic = plan.sroiRatio(at);
        for (long seed : new long[] {1, 2, 3}) {
            MonteCarloResult result = MonteCarlo.run(plan, distributions, 20_000, seed, 2, 1);
            assertThat(Math.abs(result.sroiRatio().mean() - analytic)).as("seed %d", seed)
                    .isLessThanOrEqualTo(3 * result.sroiRatio().standardError());
            assertThat(result.sroiRatio().standardError()).as("seed %d", seed).isPositive()
                    .isEqualTo(result.sroiRatio().sd() / Math.sqrt(20_000));
        }
    }

    @Test
    void sameSeedGivesByteIdenticalJsonOnOneAndFourThreads() throws JsonProcessingException {
        EvaluationPlan plan = plan();
        String one = json(MonteCarlo.run(plan, several(), 10_000, 42, 1, 1.2));
        String four = json(MonteCarlo.run(plan, several(), 10_000, 42, 4, 1.2));
        assertThat(four).isEqualTo(one);
        assertThat(one).contains("\"probabilityRatioAboveOne\"").contains("\"drivers\"");
    }

    @Test
    void differentSeedsGiveDifferentResults() throws JsonProcessingException {
        EvaluationPlan plan = plan();
        MonteCarloResult a = MonteCarlo.run(plan, several(), 5000, 1, 2, 1);
        MonteCarloResult b = MonteCarlo.run(plan, several(), 5000, 2, 2, 1);
        assertThat(a.sroiRatio().mean()).isNotEqualTo(b.sroiRatio().mean());
        assertThat(json(a)).isNotEqualTo(json(b));
    }

    @Test
    void everyDrawStaysWithinItsDistributionsRange() {
        // The parameters' own range checks run at every evaluation: a draw outside would throw.
        MonteCarloResult result = MonteCarlo.run(plan(), several(), 20_000, 5, 1, 1);
        assertThat(result.iterations()).isEqualTo(20_000);
        assertThat(result.histogram()).hasSize(MonteCarlo.BINS);
        assertThat(result.histogram().stream().mapToLong(HistogramBin::count).sum()).isEqualTo(20_000);
        assertThat(result.driverIterations()).isEqualTo(MonteCarlo.DRIVER_ITERATIONS);
    }

    @Test
    void driversRankTheParameterThatMovesTheRatioMostFirst() {
        // Quantity spans ×0.5..×1.5 of the ratio; deadweight 0.19..0.21 barely moves it.
        Map<ParameterId, Distribution> distributions = Map.of(
                QUANTITY, new Distribution.Uniform(d("5"), d("15"), null),
                DEADWEIGHT, new Distribution.Uniform(d("0.19"), d("0.21"), null));
        MonteCarloResult result = MonteCarlo.run(plan(), distributions, 4000, 3, 1, 1);
        assertThat(result.drivers()).extracting(Driver::path)
                .containsExactly("outcomes[0].quantity", "outcomes[0].deadweight");
        assertThat(result.drivers().get(0).rankCorrelation()).isGreaterThan(0.95);
        assertThat(result.drivers().get(1).rankCorrelation()).isNegative();
        assertThat(result.drivers().get(0).parameter()).isEqualTo("quantity");
        assertThat(result.drivers().get(0).outcome()).isEqualTo("o");
    }

    @Test
    void probabilitiesCountRatiosStrictlyAboveOneAndTheTarget() {
        // Q uniform on [5, 15]: ratio = 0.13329446 × Q, above 1 when Q > 7.5021872 (P = 0.74978),
        // above 1.6 when Q > 12.003499 (P = 0.29965).
        Map<ParameterId, Distribution> distributions = Map.of(QUANTITY, new Distribution.Uniform(d("5"), d("15"), null));
        MonteCarloResult result = MonteCarlo.run(plan(), distributions, 40_000, 11, 2, 1.6);
        assertThat(result.probabilityRatioAboveOne()).isBetween(0.74978 - 0.0065, 0.74978 + 0.0065);
        assertThat(result.probabilityRatioAboveTarget()).isBetween(0.29965 - 0.0069, 0.29965 + 0.0069);
        assertThat(result.target()).isEqualTo(1.6);
    }

    @Test
    void aDistributionOutsideItsParametersRangeIsRefusedWithItsPath() {
        Map<ParameterId, Distribution> distributions = Map.of(DEADWEIGHT,
                new Distribution.Uniform(d("0.5"), d("1.5"), null));
        assertThatThrownBy(() -> MonteCarlo.run(plan(), distributions, 10, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("$.outcomes[0].deadweight: the distribution's range [0.5, 1.5]");
        assertThatThrownBy(() -> MonteCarlo.run(plan(), Map.of(), 0, 1, 1, 1))
                .hasMessage("iterations: must be 1 to 10000000, was 0");
        assertThatThrownBy(() -> MonteCarlo.run(plan(), Map.of(), 10, 1, 0, 1))
                .hasMessage("threads: must be at least 1, was 0");
        assertThatThrownBy(() -> MonteCarlo.run(plan(), Map.of(ParameterId.outcome(5, "quantity"),
                new Distribution.Uniform(BigDecimal.ONE, BigDecimal.TEN, null)), 10, 1, 1, 1))
                .hasMessage("no parameter outcomes[5].quantity");
    }
}
