package io.github.caeimpact.sroi.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.sroi.ImpactMaps;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class MapWorkbookTest {

    private static final JsonMapper TREES = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static JsonNode tree(InputStream in) throws IOException {
        return TREES.readTree(in);
    }

    private static byte[] xlsx(JsonNode map) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MapWorkbook.write(map, out);
        return out.toByteArray();
    }

    private static WorkbookMap read(byte[] xlsx) {
        return MapWorkbook.read(new ByteArrayInputStream(xlsx));
    }

    private static void assertRoundTrip(JsonNode original) {
        WorkbookMap back = read(xlsx(original));
        assertThat(back.json()).isEqualTo(original);
        assertThat(ImpactMaps.read(new ByteArrayInputStream(back.json().toString().getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(ImpactMaps.read(new ByteArrayInputStream(original.toString().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void shippedExampleMapRoundTripsJsonToXlsxToJson() throws IOException {
        try (InputStream in = ImpactMaps.class.getResourceAsStream(ImpactMaps.EXAMPLE_RESOURCE)) {
            assertRoundTrip(tree(in));
        }
    }

    @Test
    void sampleMapOfTheExamplesRoundTrips() throws IOException {
        Path sample = Path.of("..", "impact-examples", "data", "sample-sroi-map.json");
        try (InputStream in = Files.newInputStream(sample)) {
            assertRoundTrip(tree(in));
        }
    }

    @Test
    void impactMapSheetHasTheSroiGuideColumns() throws IOException {
        try (InputStream in = ImpactMaps.class.getResourceAsStream(ImpactMaps.EXAMPLE_RESOURCE)) {
            byte[] bytes = xlsx(tree(in));
            try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(bytes))) {
                var header = workbook.findSheet("Impact map").orElseThrow().read().get(0);
                assertThat(header.getCellText(0)).isEqualTo("Stakeholder");
                assertThat(header.stream().map(c -> c.getText()).toList()).containsSubsequence("Outcome description",
                        "Indicator", "Quantity", "Duration (years)", "Financial proxy", "Value", "Source", "Deadweight",
                        "Displacement", "Attribution", "Drop-off", "Evidence");
                assertThat(workbook.findSheet("Inputs")).isPresent();
                assertThat(workbook.findSheet("Settings")).isPresent();
            }
        }
    }

    private static byte[] handMade(String deadweightHeader, Object deadweight) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet map = workbook.newWorksheet("Impact map");
        String[] headers = {"Stakeholder", "Outcome", "Dimension", "Outcome description", "Quantity", "Duration (years)",
            "Value", "Unit", "Base year", "Source", deadweightHeader, "Displacement", "Attribution", "Drop-off", "Evidence"};
        Object[] values = {"people", "jobs", "EXITS", "Jobs kept", 3, 1, 1000, "EUR per person", 2024, "a source",
            deadweight, 0, 0, 0, "MEASURED"};
        for (int c = 0; c < headers.length; c++) {
            map.value(0, c, headers[c]);
            if (values[c] instanceof String text && text.startsWith("=")) {
                map.formula(1, c, text.substring(1)); // written without a computed value, as fastexcel does
            } else if (values[c] instanceof String text) {
                map.value(1, c, text);
            } else {
                map.value(1, c, (Number) values[c]);
            }
        }
        Worksheet stakeholders = workbook.newWorksheet("Stakeholders");
        stakeholders.value(0, 0, "Stakeholder");
        stakeholders.value(0, 1, "Label");
        stakeholders.value(1, 0, "people");
        stakeholders.value(1, 1, "People");
        Worksheet settings = workbook.newWorksheet("Settings");
        String[][] fields = {{"name", "Hand made"}, {"currency", "EUR"}, {"mode", "FORECAST"}, {"discounting.scheme", "FR_2021"},
            {"conventions.revaluation", "NONE"}};
        for (int r = 0; r < fields.length; r++) {
            settings.value(r + 1, 0, fields[r][0]);
            settings.value(r + 1, 1, fields[r][1]);
        }
        settings.value(fields.length + 1, 0, "analysisYear");
        settings.value(fields.length + 1, 1, 2025);
        settings.value(fields.length + 2, 0, "discounting.beta");
        settings.value(fields.length + 2, 1, 1);
        Worksheet inputs = workbook.newWorksheet("Inputs");
        inputs.value(0, 0, "Funder");
        inputs.value(0, 1, "Description");
        inputs.value(0, 2, "Amount");
        inputs.value(0, 3, "In kind");
        inputs.value(1, 0, "Métropole");
        inputs.value(1, 1, "grant");
        inputs.value(1, 2, 10000);
        inputs.value(1, 3, false);
        workbook.finish();
        return out.toByteArray();
    }

    @Test
    void valueOfTheWrongKindIsLocatedAtItsCell() throws IOException {
        WorkbookMap map = read(handMade("Deadweight", "lots"));
        byte[] json = map.json().toString().getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImpactMaps.read(new ByteArrayInputStream(json)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(map.relocate(e.report()).errors())
                        .extracting(Problem::path).contains("Impact map!K2 (Deadweight)"));
    }

    @Test
    void aFormulaWithoutAComputedValueIsLocatedAtItsCell() throws IOException {
        assertThatThrownBy(() -> read(handMade("Deadweight", "=1/4"))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.report().errors()).extracting(Problem::path, Problem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("Impact map!K2 (Deadweight)", MapWorkbook.XLSX_CELL_INVALID)));
    }

    @Test
    void handMadeWorkbookWithAValidMapReads() throws IOException {
        WorkbookMap map = read(handMade("Deadweight", 0.25));
        byte[] json = map.json().toString().getBytes(StandardCharsets.UTF_8);
        assertThat(ImpactMaps.read(new ByteArrayInputStream(json)).outcomes()).hasSize(1);
        assertThat(map.locate("$.outcomes[0].deadweight")).isEqualTo("Impact map!K2 (Deadweight)");
        assertThat(map.locate("$.discounting.beta")).isEqualTo("Settings!B8 (Value)");
        assertThat(map.locate("$.discounting")).isEqualTo("Settings!B5 (Value)");
        assertThat(map.locate("$.analysisYear")).isEqualTo("Settings!B7 (Value)");
        assertThat(map.locate("$.inputs[0].amount")).isEqualTo("Inputs!C2 (Amount)");
        assertThat(map.locate("$.outcomes[0]")).isEqualTo("Impact map!2");
        assertThat(map.locate("$.outcomes")).isEqualTo("Impact map");
    }

    @Test
    void unknownHeaderMissingSheetAndGarbageAreLocatedErrors() throws IOException {
        assertThatThrownBy(() -> read(handMade("Dead weight?", 0.25))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.report().errors()).extracting(Problem::path, Problem::code)
                        .contains(org.assertj.core.groups.Tuple.tuple("Impact map!K1 (Dead weight?)", MapWorkbook.XLSX_COLUMN_UNKNOWN)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        workbook.newWorksheet("Sheet1").value(0, 0, "nothing");
        workbook.finish();
        assertThatThrownBy(() -> read(out.toByteArray())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.report().errors()).extracting(Problem::code).containsExactly(MapWorkbook.XLSX_SHEET_MISSING));
        assertThatThrownBy(() -> read("not a workbook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.report().errors())
                        .extracting(Problem::code).containsExactly(MapWorkbook.XLSX_MALFORMED));
    }
}
