package io.github.caeimpact.model.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.testing.DatasetGenerator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files re-saved as a French spreadsheet does it, by the test's own hand: {@code ;}, decimal
 * commas, {@code dd/mm/yyyy}, VRAI/FAUX, French headers and some French labels, CRLF, in
 * Windows-1252 or UTF-8 with BOM; they import as the same dataset.
 */
class CsvDatasetFrenchTest {

    private static final Map<String, String> LABELS = Map.of("WOMAN", "Femme", "MAN", "Homme",
            "UNEMPLOYED", "Demandeur d'emploi", "CAPE_START", "Début de CAPE", "ENTREPRENEUR", "Entrepreneur");

    @TempDir
    Path dir;

    static String resave(CsvTable table, String canonical) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : CsvLines.rows(canonical, ',')) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(french(cell));
            }
            rows.add(cells);
        }
        rows.set(0, table.columns().stream().map(c -> c.french().toUpperCase(java.util.Locale.ROOT)).toList());
        return CsvLines.text(rows, ';', "\r\n");
    }

    private static String french(String cell) {
        if (cell.matches("-?\\d+\\.\\d+")) {
            return cell.replace('.', ',');
        }
        if (cell.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return cell.substring(8) + "/" + cell.substring(5, 7) + "/" + cell.substring(0, 4);
        }
        if (cell.equals("true") || cell.equals("false")) {
            return cell.equals("true") ? "VRAI" : "FAUX";
        }
        return LABELS.getOrDefault(cell, cell);
    }

    private void save(Dataset dataset, Charset charset, boolean bom) throws IOException {
        for (CsvTable table : CsvTable.values()) {
            String text = resave(table, CsvDataset.toText(dataset, CsvStyle.ENGLISH).get(table.fileName()));
            byte[] bytes = text.getBytes(charset);
            byte[] written = bom ? CsvDataset.bytes(text, CsvStyle.FRENCH) : bytes;
            Files.write(dir.resolve(table.fileName()), written);
        }
    }

    @Test
    void windows1252ResaveImportsIdentically() throws IOException {
        for (long seed = 0; seed < 5; seed++) {
            Dataset dataset = DatasetGenerator.dataset(seed, 25);
            save(dataset, Charset.forName("windows-1252"), false);
            assertThat(Files.readString(dir.resolve("participants.csv"), Charset.forName("windows-1252")))
                    .startsWith("IDENTIFIANT;ORGANISATION;RELATION;ANNÉE DE NAISSANCE");
            assertThat(CsvDataset.read(dir)).as("seed %d", seed).isEqualTo(dataset);
        }
    }

    @Test
    void utf8WithBomResaveImportsIdentically() throws IOException {
        for (long seed = 10; seed < 15; seed++) {
            Dataset dataset = DatasetGenerator.dataset(seed, 25);
            save(dataset, StandardCharsets.UTF_8, true);
            assertThat(Files.readAllBytes(dir.resolve("dataset.csv"))[0]).isEqualTo((byte) 0xEF);
            assertThat(CsvDataset.read(dir)).as("seed %d", seed).isEqualTo(dataset);
        }
    }

    @Test
    void accentsOfWindows1252AndUtf8ReadAlike() throws IOException {
        Dataset dataset = DatasetGenerator.dataset(2, 5);
        save(dataset, Charset.forName("windows-1252"), false);
        Dataset fromWindows = CsvDataset.read(dir);
        save(dataset, StandardCharsets.UTF_8, false);
        assertThat(CsvDataset.read(dir)).isEqualTo(fromWindows);
    }
}
