package io.github.caeimpact.sroi.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.engine.SroiEngine;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.MapGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SroiResultTest {

    private static SroiResult readBack(String json) {
        return SroiResult.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readingComputingWritingAndReadingBackGivesTheSameFigures() throws Exception {
        ImpactMap map;
        try (InputStream in = ImpactMaps.class.getResourceAsStream(ImpactMaps.EXAMPLE_RESOURCE)) {
            map = ImpactMaps.read(in);
        }
        SroiResult result = SroiEngine.evaluate(map);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.write(out);
        String json = out.toString(StandardCharsets.UTF_8);
        SroiResult again = readBack(json);
        assertThat(again.presentValue()).isEqualByComparingTo(result.presentValue());
        assertThat(again.sroiRatio()).isEqualByComparingTo(result.sroiRatio());
        assertThat(again.byStakeholder()).isEqualTo(result.byStakeholder());
        for (Figure total : result.totals()) {
            assertThat(again.total(total.name()).value()).as(total.name()).isEqualByComparingTo(total.value());
            assertThat(again.total(total.name()).formula()).isEqualTo(total.formula());
        }
        for (OutcomeResult outcome : result.outcomes()) {
            assertThat(again.outcome(outcome.id()).presentValue().value())
                    .isEqualByComparingTo(outcome.presentValue().value());
        }
        assertThat(again.toJson()).isEqualTo(json);
    }

    @Test
    void generatedResultsRoundTripByteForByte() {
        MapGenerator generator = new MapGenerator(99L);
        for (int c = 0; c < 40; c++) {
            String json = SroiEngine.evaluate(generator.map(c)).toJson();
            assertThat(readBack(json).toJson()).as("seed 99, case %d", c).isEqualTo(json);
        }
    }

    @Test
    void jsonHasTheHeadlineNamesACommandLineNeeds() throws Exception {
        String json = SroiEngine.evaluate(ImpactMaps.example()).toJson();
        JsonNode root = StrictJson.mapper().readTree(json);
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("presentValue", "npv", "totalInputs", "sroiRatio", "netSroiRatio", "paybackMonths",
                "byStakeholder");
        assertThat(root.get("byStakeholder").get("state-and-local-authorities").isNumber()).isTrue();
        assertThat(root.get("paybackMonths").has("discounted")).isTrue();
        SroiResult result = SroiEngine.evaluate(ImpactMaps.example());
        assertThat(result.presentValue().scale()).isEqualTo(2);
        assertThat(json).contains("\"presentValue\" : " + result.presentValue().toPlainString() + ",");
    }

    @Test
    void neverIsWrittenAsNullWithAReason() throws Exception {
        ImpactMap map = io.github.caeimpact.sroi.map.Maps.map(io.github.caeimpact.sroi.map.Discounting.flat(
                java.math.BigDecimal.ZERO), "1000000", io.github.caeimpact.sroi.map.Maps.outcome("o", "A", "1", "1", "1", "0",
                "0", List.of("0"), "0"));
        JsonNode payback = StrictJson.mapper().readTree(SroiEngine.evaluate(map).toJson()).get("paybackMonths");
        assertThat(payback.get("discounted").isNull()).isTrue();
        assertThat(payback.get("discountedReason").asText()).contains("never");
    }

    @Test
    void longHorizonResultWithTinyFactorsReadsBack() {
        ImpactMap map = io.github.caeimpact.sroi.map.Maps.map(io.github.caeimpact.sroi.map.Discounting.flat(
                new java.math.BigDecimal("0.5")), "1", io.github.caeimpact.sroi.map.Maps.outcome("o", "A", "1", "1", "200",
                "0", "0", List.of("0"), "0").withStartYear(200));
        String json = SroiEngine.evaluate(map).toJson();
        assertThat(readBack(json).toJson()).isEqualTo(json);
    }

    @Test
    void sameMapGivesByteIdenticalJson() {
        assertThat(SroiEngine.evaluate(ImpactMaps.example()).toJson())
                .isEqualTo(SroiEngine.evaluate(ImpactMaps.example()).toJson());
    }

    @Test
    void malformedResultJsonFailsWithItsPath() {
        assertThatThrownBy(() -> readBack("{\"name\": \"x\", \"presentValue\": \"lots\"}"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.report().errors().get(0).path()).isEqualTo("$.presentValue"));
    }

    @Test
    void nullDocumentIsAProblemNotANullResult() {
        assertThatThrownBy(() -> readBack("null"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.report().errors().get(0).path()).isEqualTo("$"));
    }
}
