package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.caeimpact.model.json.internal.StrictJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IndicatorReportTest {

    @Test
    void jsonCarriesValuesCountsIntervalsWarningsAndMasks() throws Exception {
        IndicatorReport report = IndicatorEngine.of(Catalogue.shipped()).measure(HandMadeDataset.dataset(),
                MeasureOptions.defaults().withDisclosureThreshold(2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.writeJson(out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).isEqualTo(report.toJson());
        JsonNode tree = StrictJson.mapper().readTree(json);
        assertThat(tree.get("catalogue").get(0).asText()).isEqualTo("CAE-IMPACT 1.0.0");
        assertThat(tree.get("disclosureThreshold").asInt()).isEqualTo(2);
        JsonNode pub04 = tree.get("indicators").get(3);
        assertThat(pub04.get("indicatorId").asText()).isEqualTo("PUB04");
        JsonNode overall = pub04.get("overall").get("result");
        assertThat(overall.get("numerator").decimalValue()).isEqualByComparingTo("1");
        assertThat(overall.get("denominator").decimalValue()).isEqualByComparingTo("3");
        assertThat(overall.get("interval").get("method").asText()).isEqualTo("WILSON");
        assertThat(overall.get("warnings").get(0).get("code").asText()).isEqualTo(Warning.SMALL_SAMPLE);
        // By gender: one woman, one man, one non-binary entrant: every cell counts 1 < k = 2 and is masked with its reason.
        JsonNode byGender = pub04.get("breakdowns").get(0);
        assertThat(byGender.get("kind").asText()).isEqualTo("GENDER");
        assertThat(byGender.get("cells")).hasSize(3).allSatisfy(cell -> assertThat(cell.get("masked").asText()).isEqualTo("BELOW_THRESHOLD"));
        assertThat(json).doesNotContain("P1").doesNotContain("\"E\"");
    }

    @Test
    void unknownIndicatorIsAnError() {
        IndicatorReport report = HandMadeDataset.report();
        assertThatThrownBy(() -> report.value("NOPE1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOPE1");
        assertThat(report.value("PUB02")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        assertThat(report.breakdown("PUB02", BreakdownKind.GENDER_BY_AGE_BAND).orElseThrow().cell("WOMAN", "FROM_18_TO_29")).isPresent();
    }
}
