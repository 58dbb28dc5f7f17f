package io.github.caeimpact.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.csv.CsvDataset;
import io.github.caeimpact.model.csv.CsvStyle;
import io.github.caeimpact.model.csv.CsvTable;
import io.github.caeimpact.model.json.ImpactJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample cooperative as CSV, and the CSV templates, in {@code data/csv}. */
class SampleCsvTest {

    /** The shipped folder; regenerate with {@code mvn -pl impact-examples test -Dsample.update=true}. */
    private static final Path SHIPPED = Path.of("data", "csv");

    private static Dataset jsonSample() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("data", "sample-cae.json"))) {
            return ImpactJson.read(in);
        }
    }

    @Test
    void shippedCsvIsTheSampleCooperative() throws IOException {
        Map<String, String> texts = CsvDataset.toText(jsonSample(), CsvStyle.ENGLISH);
        for (Map.Entry<String, String> file : texts.entrySet()) {
            Path path = SHIPPED.resolve(file.getKey());
            if (Boolean.getBoolean("sample.update")) {
                Files.createDirectories(SHIPPED);
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            assertThat(Files.readString(path, StandardCharsets.UTF_8)).as("%s drifted; regenerate with "
                    + "-Dsample.update=true", path).isEqualTo(file.getValue());
        }
    }

    @Test
    void importedCsvMeasuresExactlyLikeTheJsonSample() throws IOException {
        Dataset fromCsv = CsvDataset.read(SHIPPED);
        Dataset fromJson = jsonSample();
        assertThat(fromCsv).isEqualTo(fromJson);
        assertThat(ImpactJson.writeString(fromCsv)).isEqualTo(Files.readString(Path.of("data", "sample-cae.json")));
        IndicatorEngine engine = IndicatorEngine.of(Catalogue.shipped());
        assertThat(engine.measure(fromCsv, MeasureOptions.defaults()).toJson())
                .isEqualTo(engine.measure(fromJson, MeasureOptions.defaults()).toJson());
    }

    @Test
    void templatesHaveTheHeaderRowsInEnglishAndFrench() throws IOException {
        for (CsvStyle style : CsvStyle.values()) {
            Path folder = SHIPPED.resolve("templates").resolve(style == CsvStyle.FRENCH ? "fr" : "en");
            for (CsvTable table : CsvTable.values()) {
                byte[] expected = CsvDataset.bytes(CsvDataset.header(table, style), style);
                Path path = folder.resolve(table.fileName());
                if (Boolean.getBoolean("sample.update")) {
                    Files.createDirectories(folder);
                    Files.write(path, expected);
                }
                assertThat(Files.readAllBytes(path)).as("%s drifted", path).isEqualTo(expected);
            }
        }
    }

    @Test
    void readmeDocumentsEveryColumnAndFrenchLabel() throws IOException {
        StringBuilder doc = new StringBuilder();
        doc.append("# Datasets as CSV files\n\n")
                .append("`impact import DIR -o dataset.json` reads a folder of these files; `impact export DATASET "
                        + "--format csv -o DIR [--style FRENCH]` writes them. This folder holds the sample cooperative "
                        + "(`data/sample-cae.json`) as CSV, and `templates/en` and `templates/fr` hold empty files "
                        + "with their header row in English and in French.\n\n")
                .append("Reading accepts `;`, `,` or tab separators (detected), decimal commas, UTF-8 with or "
                        + "without BOM or Windows-1252 (detected), CRLF, dates `dd/mm/yyyy` or `yyyy-mm-dd`, headers "
                        + "and values in English or French whatever their case, accents, spaces, hyphens or "
                        + "underscores. An empty cell is an absent field (the model refuses an empty or blank optional text, so nothing is lost). Yes/no cells: `true`/`false`, `yes`/`no`, "
                        + "`oui`/`non`, `vrai`/`faux`, `1`/`0`. A list (sectors) separates its texts with `|`. "
                        + "Errors name the file, line and column (`events.csv:9:2 (date)`) and the rule.\n\n")
                .append("This file is generated from the code (`SampleCsvTest`); regenerate it with "
                        + "`mvn -pl impact-examples -am test -Dtest=SampleCsvTest -Dsurefire.failIfNoSpecifiedTests=false "
                        + "-Dsample.update=true`.\n");
        java.util.Set<Class<?>> codeLists = new java.util.LinkedHashSet<>();
        for (CsvTable table : CsvTable.values()) {
            doc.append("\n## `").append(table.fileName()).append("`").append(table.optional() ? " (optional)" : "")
                    .append("\n\n| English header | French header | JSON field | kind | required |\n|---|---|---|---|---|\n");
            for (var column : table.columns()) {
                doc.append("| `").append(column.english()).append("` | ").append(column.french()).append(" | ")
                        .append(column.jsonPath() == null ? "(links the row)" : "`" + column.jsonPath() + "`")
                        .append(" | ").append(column.kind()).append(column.codes() == null ? ""
                                : " (" + column.codes().getSimpleName() + ")")
                        .append(" | ").append(column.required() ? "yes" : "no").append(" |\n");
                if (column.codes() != null) {
                    codeLists.add(column.codes());
                }
            }
        }
        doc.append("\n## Code values in English and French\n\n| code list | English | French |\n|---|---|---|\n");
        for (Class<?> codes : codeLists) {
            for (Object code : codes.getEnumConstants()) {
                doc.append("| ").append(codes.getSimpleName()).append(" | `").append(((Enum<?>) code).name())
                        .append("` | ").append(CsvDataset.frenchLabel((Enum<?>) code)).append(" |\n");
            }
        }
        Path readme = SHIPPED.resolve("README.md");
        if (Boolean.getBoolean("sample.update")) {
            Files.writeString(readme, doc.toString(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(readme, StandardCharsets.UTF_8)).as("%s drifted", readme).isEqualTo(doc.toString());
    }
}
