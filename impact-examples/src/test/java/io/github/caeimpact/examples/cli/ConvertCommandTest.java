package io.github.caeimpact.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact convert} between JSON and .xlsx impact maps, and {@code impact sroi MAP.xlsx}. */
class ConvertCommandTest {

    private static final Path SAMPLE_MAP = Path.of("data", "sample-sroi-map.json");
    private static final JsonMapper TREES = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @TempDir
    Path temp;

    @Test
    void jsonToXlsxToJsonGivesTheSameMapAndSroiReadsTheWorkbookLikeJson() throws IOException {
        Path xlsx = temp.resolve("map.xlsx");
        Path json = temp.resolve("map.json");
        ImpactCliTest.Run toXlsx = ImpactCliTest.run("convert", SAMPLE_MAP.toString(), xlsx.toString());
        assertThat(toXlsx.status()).as(toXlsx.err()).isZero();
        ImpactCliTest.Run toJson = ImpactCliTest.run("convert", xlsx.toString(), json.toString());
        assertThat(toJson.status()).as(toJson.err()).isZero();
        assertThat(TREES.readTree(json.toFile())).isEqualTo(TREES.readTree(SAMPLE_MAP.toFile()));
        ImpactCliTest.Run fromXlsx = ImpactCliTest.run("sroi", xlsx.toString(), "--dataset", ImpactCliTest.SAMPLE.toString());
        ImpactCliTest.Run fromJson = ImpactCliTest.run("sroi", SAMPLE_MAP.toString(), "--dataset", ImpactCliTest.SAMPLE.toString());
        assertThat(fromXlsx.status()).as(fromXlsx.err()).isZero();
        assertThat(fromXlsx.out()).isEqualTo(fromJson.out());
        assertThat(ImpactCliTest.run("validate", xlsx.toString()).out()).contains("valid impact map");
    }

    @Test
    void damagedWorkbookGivesErrorsAtSheetRowAndColumn() throws IOException {
        String damaged = Files.readString(SAMPLE_MAP).replaceFirst("\"deadweight\": 0.625", "\"deadweight\": \"most\"");
        Path json = Files.writeString(temp.resolve("damaged.json"), damaged);
        Path xlsx = temp.resolve("damaged.xlsx");
        // convert checks the map first: the damaged JSON is refused with its JSON path.
        assertThat(ImpactCliTest.run("convert", json.toString(), xlsx.toString()).status()).isEqualTo(ImpactCli.INVALID_INPUT);
        try (var out = Files.newOutputStream(xlsx)) {
            io.github.caeimpact.sroi.xlsx.MapWorkbook.write(TREES.readTree(damaged), out);
        }
        ImpactCliTest.Run run = ImpactCliTest.run("sroi", xlsx.toString());
        assertThat(run.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(run.err()).containsPattern("ERROR Impact map![A-Z]+2 \\(Deadweight\\) \\[");
        Path garbage = Files.writeString(temp.resolve("garbage.xlsx"), "not a workbook");
        assertThat(ImpactCliTest.run("sroi", garbage.toString()).err()).contains("ERROR workbook [XLSX_MALFORMED]");
        assertThat(ImpactCliTest.run("convert", SAMPLE_MAP.toString(), temp.resolve("map.csv").toString()).status())
                .isEqualTo(ImpactCli.UNUSABLE);
    }
}
