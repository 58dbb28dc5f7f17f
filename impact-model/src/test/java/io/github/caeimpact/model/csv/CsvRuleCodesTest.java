package io.github.caeimpact.model.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.model.testing.DatasetGenerator;
import io.github.caeimpact.model.validation.InvalidInputException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each CSV rule code, broken once in a valid folder, with the file, line and column it names. */
class CsvRuleCodesTest {

    @TempDir
    Path dir;

    private int folders;

    /** A valid folder's files as text, English style, comma-separated. */
    private static Map<String, String> valid() {
        return new TreeMap<>(CsvDataset.toText(DatasetGenerator.dataset(7L, 5), CsvStyle.ENGLISH));
    }

    /** Writes the files into a fresh folder and reads it; returns each error as "path CODE". */
    private List<String> errors(Map<String, String> texts, Consumer<Path> more) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("f" + folders++));
        for (Map.Entry<String, String> file : texts.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        more.accept(folder);
        try {
            CsvDataset.read(folder);
            return List.of();
        } catch (InvalidInputException e) {
            return e.report().errors().stream().map(p -> p.path() + " " + p.code()).toList();
        }
    }

    private List<String> errors(Map<String, String> texts) throws IOException {
        return errors(texts, folder -> { });
    }

    /** Replaces one cell (line counted from 1 with the header, column from 1) of a file. */
    private static Map<String, String> withCell(String file, int line, int column, String value) {
        Map<String, String> texts = valid();
        List<List<String>> rows = CsvLines.rows(texts.get(file), ',');
        List<String> row = new ArrayList<>(rows.get(line - 1));
        row.set(column - 1, value);
        rows.set(line - 1, row);
        texts.put(file, CsvLines.text(rows, ',', "\n"));
        return texts;
    }

    private static int column(CsvTable table, String english) {
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).english().equals(english)) {
                return c + 1;
            }
        }
        throw new IllegalArgumentException(english);
    }

    @Test
    void theValidFolderReadsWithoutError() throws IOException {
        assertThat(errors(valid())).isEmpty();
    }

    @Test
    void aMissingFileAndATooLargeOne() throws IOException {
        Map<String, String> texts = valid();
        texts.remove("participants.csv");
        assertThat(errors(texts)).contains("participants.csv " + CsvRuleCodes.CSV_FILE_MISSING);
        assertThat(errors(valid(), folder -> {
            try (RandomAccessFile file = new RandomAccessFile(folder.resolve("events.csv").toFile(), "rw")) {
                file.setLength(CsvDataset.MAX_FILE_BYTES + 1); // sparse: nothing is written
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).contains("events.csv " + CsvRuleCodes.CSV_FILE_TOO_LARGE);
    }

    @Test
    void headerColumnsMissingUnknownOrTwice() throws IOException {
        Map<String, String> texts = valid();
        List<List<String>> rows = CsvLines.rows(texts.get("participants.csv"), ',');
        int gender = column(CsvTable.PARTICIPANTS, "gender");
        List<List<String>> without = new ArrayList<>();
        rows.forEach(row -> {
            List<String> cells = new ArrayList<>(row);
            cells.remove(gender - 1);
            without.add(cells);
        });
        texts.put("participants.csv", CsvLines.text(without, ',', "\n"));
        assertThat(errors(texts)).anyMatch(e -> e.startsWith("participants.csv:1") && e.endsWith(" " + CsvRuleCodes.CSV_COLUMN_MISSING));

        texts = valid();
        texts.put("events.csv", texts.get("events.csv").replaceFirst("\n", ",nickname\n"));
        int width = CsvTable.EVENTS.columns().size();
        assertThat(errors(texts)).contains("events.csv:1:" + (width + 1) + " " + CsvRuleCodes.CSV_COLUMN_UNKNOWN);

        texts = valid();
        String french = CsvTable.EVENTS.columns().get(1).french();
        texts.put("events.csv", texts.get("events.csv").replaceFirst("\n", "," + french + "\n"));
        assertThat(errors(texts)).anyMatch(e -> e.startsWith("events.csv:1") && e.endsWith(" " + CsvRuleCodes.CSV_COLUMN_DUPLICATE));
    }

    @Test
    void rowsOfTheWrongLengthAndADatasetFileOfTwoRows() throws IOException {
        Map<String, String> texts = valid();
        List<List<String>> rows = CsvLines.rows(texts.get("events.csv"), ',');
        rows.set(1, rows.get(1).subList(0, 1));
        texts.put("events.csv", CsvLines.text(rows, ',', "\n"));
        assertThat(errors(texts)).anyMatch(e -> e.startsWith("events.csv:2") && e.endsWith(" " + CsvRuleCodes.CSV_ROW_LENGTH));

        texts = valid();
        List<List<String>> dataset = CsvLines.rows(texts.get("dataset.csv"), ',');
        dataset.add(dataset.get(1));
        texts.put("dataset.csv", CsvLines.text(dataset, ',', "\n"));
        assertThat(errors(texts)).anyMatch(e -> e.startsWith("dataset.csv") && e.endsWith(" " + CsvRuleCodes.CSV_DATASET_ROWS));
    }

    @Test
    void cellsThatAreNotANumberADateYesOrNoOrACodeOrAreTooLong() throws IOException {
        int birthYear = column(CsvTable.PARTICIPANTS, "birthYear");
        assertThat(errors(withCell("participants.csv", 2, birthYear, "douze")))
                .contains("participants.csv:2:" + birthYear + " (birthYear) " + CsvRuleCodes.CSV_INVALID_NUMBER);
        int date = column(CsvTable.EVENTS, "date");
        assertThat(errors(withCell("events.csv", 2, date, "31/02/2025")))
                .contains("events.csv:2:" + date + " (date) " + CsvRuleCodes.CSV_INVALID_DATE);
        int minimumIncome = column(CsvTable.PARTICIPANTS, "minimumIncome");
        assertThat(errors(withCell("participants.csv", 2, minimumIncome, "peut-être")))
                .contains("participants.csv:2:" + minimumIncome + " (minimumIncome) " + CsvRuleCodes.CSV_INVALID_BOOLEAN);
        int gender = column(CsvTable.PARTICIPANTS, "gender");
        assertThat(errors(withCell("participants.csv", 2, gender, "Licorne")))
                .contains("participants.csv:2:" + gender + " (gender) " + CsvRuleCodes.CSV_INVALID_CODE);
        assertThat(errors(withCell("participants.csv", 2, gender, "x".repeat(CsvDataset.MAX_CELL_LENGTH + 1))))
                .contains("participants.csv:2:" + gender + " (gender) " + CsvRuleCodes.CSV_CELL_TOO_LONG);
    }

    @Test
    void rowsNamingNobodyAndTwoRowsOfOneId() throws IOException {
        int participant = column(CsvTable.EVENTS, "participantId");
        assertThat(errors(withCell("events.csv", 2, participant, "nobody")))
                .anyMatch(e -> e.startsWith("events.csv:2") && e.endsWith(" " + CsvRuleCodes.CSV_UNKNOWN_KEY));
        Map<String, String> texts = valid();
        List<List<String>> rows = CsvLines.rows(texts.get("participants.csv"), ',');
        rows.add(rows.get(1));
        texts.put("participants.csv", CsvLines.text(rows, ',', "\n"));
        assertThat(errors(texts)).anyMatch(e -> e.startsWith("participants.csv:" + rows.size())
                && e.endsWith(" " + CsvRuleCodes.CSV_DUPLICATE_KEY));
    }
}
