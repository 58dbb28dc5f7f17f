package io.github.caeimpact.sroi.internal.json;

import io.github.caeimpact.sroi.rules.MapRuleCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.map.Distribution;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.map.Prior;
import io.github.caeimpact.sroi.map.Quantity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

public class DistributionJsonTest {

    /** A one-outcome map with distributions at every kind of numeric parameter. */
    public static final String MAP = """
            {"name": "uncertain", "currency": "EUR", "analysisYear": 2025, "mode": "FORECAST",
             "discounting": {"scheme": "FLAT", "rate": {"distribution": "UNIFORM", "min": 0.02, "max": 0.06}},
             "stakeholders": [{"id": "A", "label": "stakeholder A"}],
             "inputs": [{"funder": "funder", "description": "grant",
                         "amount": {"distribution": "NORMAL", "mean": 1000, "sd": 50, "min": 900, "max": 1100}}],
             "outcomes": [{"id": "o", "stakeholder": "A", "description": "outcome o",
               "quantity": {"distribution": "LOGNORMAL", "mu": 2.3, "sigma": 0.1, "value": 10},
               "proxy": {"value": {"distribution": "PERT", "min": 80, "mode": 100, "max": 130},
                         "unit": "EUR per unit", "baseYear": 2025, "source": "test proxy"},
               "durationYears": {"distribution": "TRIANGULAR", "min": 2, "mode": 3, "max": 5},
               "deadweight": {"prior": "deadweight"},
               "displacement": {"prior": "displacement", "value": 0.1},
               "attribution": [0.1, {"distribution": "BETA", "alpha": 2, "beta": 8}],
               "dropOff": {"distribution": "TRIANGULAR", "min": 0.05, "mode": 0.1, "max": 0.2},
               "evidence": "MEASURED"}]}
            """;

    private static ImpactMap read(String json) {
        return ImpactMaps.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Returns the first problem, the binding's (a left-out input amount also empties the total). */
    private static Problem firstProblem(String json) {
        try {
            read(json);
        } catch (InvalidInputException e) {
            assertThat(e.report().problems()).isNotEmpty();
            return e.report().problems().get(0);
        }
        throw new AssertionError("the map was accepted");
    }

    @Test
    void distributionsAreReadInPlaceOfNumbersAndTheMapHoldsTheirPoints() {
        ImpactMap map = read(MAP);
        assertThat(map.distributions().keySet()).extracting(ParameterId::path).containsExactly(
                "discounting.rate", "inputs[0].amount", "outcomes[0].attribution[1]", "outcomes[0].deadweight",
                "outcomes[0].displacement", "outcomes[0].dropOff", "outcomes[0].durationYears",
                "outcomes[0].proxy.value", "outcomes[0].quantity");
        // Points: the uniform's mean 0.04, the stated 10 and 0.1, the modes 100, 3 and 0.1, the prior's mean 0.25.
        assertThat(((io.github.caeimpact.sroi.map.Discounting.Flat) map.discounting()).rate()).isEqualByComparingTo("0.04");
        assertThat(((Quantity.Fixed) map.outcomes().get(0).quantity()).value()).isEqualByComparingTo("10");
        assertThat(map.outcomes().get(0).durationYears()).isEqualByComparingTo("3");
        assertThat(map.outcomes().get(0).deadweight()).isEqualByComparingTo("0.25");
        assertThat(map.outcomes().get(0).displacement()).isEqualByComparingTo("0.1");
        assertThat(map.outcomes().get(0).attribution().get(1)).isEqualByComparingTo("0.2");
        assertThat(map.inputs().get(0).amount()).isEqualByComparingTo("1000");
        assertThat(map.distributions().get(ParameterId.outcome(0, "deadweight")))
                .isEqualTo(new Distribution.FromPrior(Prior.DEADWEIGHT, null));
    }

    @Test
    void aWrittenMapReadsBackWithTheSameDistributions() {
        ImpactMap map = read(MAP);
        String written = ImpactMaps.toJson(map);
        assertThat(written).contains("\"prior\" : \"deadweight\"").contains("\"distribution\" : \"PERT\"");
        ImpactMap again = read(written);
        assertThat(again).isEqualTo(map);
        assertThat(ImpactMaps.toJson(again)).isEqualTo(written);
    }

    @Test
    void aLoneAttributionShareMayBeADistribution() {
        ImpactMap map = read(MAP.replace("[0.1, {\"distribution\": \"BETA\", \"alpha\": 2, \"beta\": 8}]",
                "{\"prior\": \"attribution\"}"));
        assertThat(map.distributions()).containsKey(ParameterId.attribution(0, 0));
        assertThat(map.outcomes().get(0).attribution()).hasSize(1);
        assertThat(read(ImpactMaps.toJson(map))).isEqualTo(map);
    }

    @Test
    void anInvalidDistributionIsAnErrorAtItsPath() {
        Problem minAboveMax = firstProblem(MAP.replace("\"min\": 0.05, \"mode\": 0.1, \"max\": 0.2",
                "\"min\": 0.3, \"mode\": 0.1, \"max\": 0.2"));
        assertThat(minAboveMax.path()).isEqualTo("$.outcomes[0].dropOff");
        assertThat(minAboveMax.message()).contains("min: must be at most max (0.2), was 0.3");
        Problem modeOutside = firstProblem(MAP.replace("\"min\": 2, \"mode\": 3, \"max\": 5",
                "\"min\": 2, \"mode\": 6, \"max\": 5"));
        assertThat(modeOutside.path()).isEqualTo("$.outcomes[0].durationYears");
        assertThat(modeOutside.message()).contains("mode: must lie within [min, max] = [2, 5], was 6");
        Problem sd = firstProblem(MAP.replace("\"sd\": 50", "\"sd\": 0"));
        assertThat(sd.path()).isEqualTo("$.inputs[0].amount");
        assertThat(sd.message()).contains("sd: must be above 0, was 0");
        Problem alpha = firstProblem(MAP.replace("\"alpha\": 2", "\"alpha\": -1"));
        assertThat(alpha.path()).isEqualTo("$.outcomes[0].attribution[1]");
        assertThat(alpha.message()).contains("alpha: must be above 0, was -1");
    }

    @Test
    void aShareDistributionOutsideZeroToOneIsAnError() {
        Problem share = firstProblem(MAP.replace("\"min\": 0.05, \"mode\": 0.1, \"max\": 0.2",
                "\"min\": 0.5, \"mode\": 1, \"max\": 1.5"));
        assertThat(share.path()).isEqualTo("$.outcomes[0].dropOff");
        assertThat(share.message()).contains("the distribution's range [0.5, 1.5] must lie within the parameter's range: at least 0 and at most 1");
        Problem lognormalShare = firstProblem(MAP.replace("{\"prior\": \"deadweight\"}",
                "{\"distribution\": \"LOGNORMAL\", \"mu\": -2, \"sigma\": 0.5}"));
        assertThat(lognormalShare.path()).isEqualTo("$.outcomes[0].deadweight");
    }

    @Test
    void aDiscountingParameterIsCheckedAgainstTheKindItsSchemeDeclares() {
        Problem rate = firstProblem(MAP.replace("\"min\": 0.02, \"max\": 0.06", "\"min\": 0.02, \"max\": 1.5"));
        assertThat(rate.path()).isEqualTo("$.discounting.rate");
        assertThat(rate.code()).isEqualTo(MapRuleCodes.DISTRIBUTION_INVALID);
        assertThat(rate.message()).contains("the distribution's range [0.02, 1.5] must lie within the parameter's range");
        ImpactMap beta = read(MAP.replace("{\"scheme\": \"FLAT\", \"rate\": {\"distribution\": \"UNIFORM\", \"min\": 0.02, \"max\": 0.06}}",
                "{\"scheme\": \"FR_2021\", \"beta\": {\"distribution\": \"TRIANGULAR\", \"min\": 0, \"mode\": 1, \"max\": 2}}"));
        assertThat(beta.distributions()).containsKey(new ParameterId("discounting.beta"));
        Problem betaTooHigh = firstProblem(MAP.replace("{\"scheme\": \"FLAT\", \"rate\": {\"distribution\": \"UNIFORM\", \"min\": 0.02, \"max\": 0.06}}",
                "{\"scheme\": \"FR_2021\", \"beta\": {\"distribution\": \"UNIFORM\", \"min\": 0, \"max\": 12}}"));
        assertThat(betaTooHigh.path()).isEqualTo("$.discounting.beta");
    }

    @Test
    void unknownNamesAndFieldsAreErrorsListingWhatIsAccepted() {
        assertThat(firstProblem(MAP.replace("\"prior\": \"deadweight\"", "\"prior\": \"deadWeight\"")).message())
                .contains("prior: value \"deadWeight\" is not one of [deadweight, attribution, dropOff, displacement]");
        assertThat(firstProblem(MAP.replace("\"PERT\"", "\"GAMMA\"")).message())
                .contains("one of [UNIFORM, TRIANGULAR, PERT, BETA, NORMAL, LOGNORMAL]");
        assertThat(firstProblem(MAP.replace("\"alpha\": 2", "\"alpha\": 2, \"scale\": 3")).message())
                .contains("unknown field 'scale' of a distribution");
        assertThat(firstProblem(MAP.replace("\"mean\": 1000, ", "")).message())
                .contains("mean: required by this distribution");
        Problem notAParameter = firstProblem(MAP.replace("\"analysisYear\": 2025",
                "\"analysisYear\": {\"distribution\": \"UNIFORM\", \"min\": 2024, \"max\": 2025}"));
        assertThat(notAParameter.path()).isEqualTo("$.analysisYear");
        Problem value = firstProblem(MAP.replace("\"value\": 10}", "\"value\": -1}"));
        assertThat(value.path()).isEqualTo("$.outcomes[0].quantity");
        assertThat(value.message()).contains("value: must lie within the distribution's range [0.0, Infinity], was -1");
    }
}
