package io.github.caeimpact.model.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.testing.DatasetGenerator;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded damage to each file (bad dates, numbers, codes, yes/no, missing and extra columns,
 * truncated rows) gives located errors, never another exception; lenient reads account for every
 * row.
 */
class CsvDatasetBadInputTest {

    private static final List<String> DAMAGES = List.of("bad date", "bad number", "bad code", "bad boolean",
            "missing column", "extra column", "truncated row");

    @TempDir
    Path dir;

    /** The damaged location the errors must name, such as {@code events.csv:7:2}. */
    private record Damage(String location, boolean applied) {
    }

    private Damage damage(CsvTable table, Map<String, String> texts, int kind, SplittableRandom random) {
        List<List<String>> rows = CsvLines.rows(texts.get(table.fileName()), ',');
        if (rows.size() < 2) {
            return new Damage(null, false);
        }
        int rowIndex = 1 + random.nextInt(rows.size() - 1);
        List<String> row = new ArrayList<>(rows.get(rowIndex));
        int line = rowIndex + 1;
        String location;
        switch (DAMAGES.get(kind)) {
            case "missing column" -> {
                List<Integer> required = new ArrayList<>();
                for (int c = 0; c < table.columns().size(); c++) {
                    if (table.columns().get(c).required()) {
                        required.add(c);
                    }
                }
                int column = required.get(random.nextInt(required.size()));
                for (int r = 0; r < rows.size(); r++) {
                    List<String> cells = new ArrayList<>(rows.get(r));
                    cells.remove(column);
                    rows.set(r, cells);
                }
                texts.put(table.fileName(), CsvLines.text(rows, ',', "\n"));
                return new Damage(table.fileName() + ":1", true);
            }
            case "extra column" -> {
                List<String> header = new ArrayList<>(rows.get(0));
                header.add("nickname");
                rows.set(0, header);
                texts.put(table.fileName(), CsvLines.text(rows, ',', "\n"));
                return new Damage(table.fileName() + ":1:" + header.size(), true);
            }
            case "truncated row" -> {
                row = new ArrayList<>(row.subList(0, 1 + random.nextInt(row.size() - 1)));
                location = table.fileName() + ":" + line;
            }
            default -> {
                CsvCellKind wanted = switch (DAMAGES.get(kind)) {
                    case "bad date" -> CsvCellKind.DATE;
                    case "bad number" -> CsvCellKind.NUMBER;
                    case "bad code" -> CsvCellKind.CODE;
                    default -> CsvCellKind.BOOLEAN;
                };
                List<Integer> columns = new ArrayList<>();
                for (int c = 0; c < table.columns().size(); c++) {
                    if (table.columns().get(c).kind() == wanted) {
                        columns.add(c);
                    }
                }
                if (columns.isEmpty()) {
                    return new Damage(null, false);
                }
                int column = columns.get(random.nextInt(columns.size()));
                row.set(column, switch (wanted) {
                    case DATE -> random.nextBoolean() ? "31/02/2025" : "2025-13-01";
                    case NUMBER -> random.nextBoolean() ? "12,5,3" : "douze";
                    case CODE -> "Licorne";
                    default -> "peut-être";
                });
                location = table.fileName() + ":" + line + ":" + (column + 1);
            }
        }
        rows.set(rowIndex, row);
        texts.put(table.fileName(), CsvLines.text(rows, ',', "\n"));
        return new Damage(location, true);
    }

    @Test
    void seededDamageToEachFileGivesLocatedErrorsAndNothingElse() throws IOException {
        int checked = 0;
        for (long seed = 0; seed < 6; seed++) {
            Dataset dataset = DatasetGenerator.dataset(seed, 12);
            for (CsvTable table : CsvTable.values()) {
                for (int kind = 0; kind < DAMAGES.size(); kind++) {
                    SplittableRandom random = new SplittableRandom(seed * 1000 + table.ordinal() * 10 + kind);
                    Map<String, String> texts = new java.util.LinkedHashMap<>(CsvDataset.toText(dataset, CsvStyle.ENGLISH));
                    Damage damage = damage(table, texts, kind, random);
                    if (!damage.applied()) {
                        continue;
                    }
                    String what = "seed " + seed + ", " + table.fileName() + ", " + DAMAGES.get(kind) + " at "
                            + damage.location();
                    Path folder = dir.resolve(seed + "-" + table.ordinal() + "-" + kind);
                    CsvDatasetTest.writeTexts(folder, texts);
                    try {
                        CsvDataset.read(folder);
                        fail("no error for " + what);
                    } catch (InvalidInputException e) {
                        assertThat(e.report().errors()).as(what).extracting(Problem::path)
                                .anyMatch(path -> path.equals(damage.location()) || path.startsWith(damage.location() + " ")
                                        || path.startsWith(damage.location() + ":"));
                    } catch (RuntimeException e) {
                        throw new AssertionError(what + ": " + e, e);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void lenientReadRejectsTheDamagedParticipantWithAllItsRows() throws IOException {
        Dataset dataset = DatasetGenerator.dataset(4, 12);
        Map<String, String> texts = new java.util.LinkedHashMap<>(CsvDataset.toText(dataset, CsvStyle.ENGLISH));
        List<List<String>> events = CsvLines.rows(texts.get("events.csv"), ',');
        String victim = events.get(1).get(0);
        List<String> bad = new ArrayList<>(events.get(1));
        bad.set(1, "hier");
        events.set(1, bad);
        texts.put("events.csv", CsvLines.text(events, ',', "\n"));
        List<String> orphan = new ArrayList<>(events.get(2));
        orphan.set(0, "nobody");
        texts.put("events.csv", texts.get("events.csv") + String.join(",", orphan) + "\n");
        CsvDatasetTest.writeTexts(dir, texts);

        CsvReadResult result = CsvDataset.readLenient(dir);

        assertThat(result.participantsRead()).isEqualTo(dataset.participants().size());
        assertThat(result.participantsRejected()).isEqualTo(1);
        assertThat(result.dataset().participants()).noneMatch(p -> p.id().equals(victim));
        assertThat(result.report().errors()).extracting(Problem::path)
                .contains("events.csv:2:2 (date)", "events.csv:" + (events.size() + 1) + ":1 (participantId)");
        long victimEvents = events.stream().skip(1).filter(r -> r.get(0).equals(victim)).count();
        CsvFileCount eventCount = result.files().stream().filter(f -> f.file().equals("events.csv")).findFirst().orElseThrow();
        assertThat(eventCount.read()).isEqualTo(events.size());
        assertThat(eventCount.rejected()).isEqualTo(victimEvents + 1);
        for (CsvFileCount file : result.files()) {
            assertThat(file.accepted() + file.rejected()).as(file.file()).isEqualTo(file.read());
        }
    }

    @Test
    void ruleBrokenAcrossRowsIsReportedAtTheRowThatBreaksIt() throws IOException {
        Dataset dataset = DatasetGenerator.dataset(3, 30);
        Map<String, String> texts = new java.util.LinkedHashMap<>(CsvDataset.toText(dataset, CsvStyle.ENGLISH));
        List<List<String>> events = CsvLines.rows(texts.get("events.csv"), ',');
        int row = 2;
        while (!events.get(row).get(0).equals(events.get(row - 1).get(0))) {
            row++;
        }
        List<String> second = new ArrayList<>(events.get(row));
        second.set(1, "1990-01-01");
        events.set(row, second);
        String line = "events.csv:" + (row + 1);
        texts.put("events.csv", CsvLines.text(events, ',', "\n"));
        CsvDatasetTest.writeTexts(dir, texts);

        assertThatThrownBy(() -> CsvDataset.read(dir)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.report().errors()).anyMatch(p -> p.code().equals(RuleCodes.PATHWAY_DATE_ORDER)
                        && p.path().startsWith(line) && p.message().contains("$.participants[")));
    }

    @Test
    void missingFilesAndEmptyFoldersAreLocated() throws IOException {
        Files.createDirectories(dir);
        assertThatThrownBy(() -> CsvDataset.read(dir)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.report().errors()).extracting(Problem::path)
                        .containsExactly("dataset.csv", "organisations.csv", "participants.csv"));
        Files.writeString(dir.resolve("dataset.csv"), "", StandardCharsets.UTF_8);
        Files.write(dir.resolve("organisations.csv"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'i', 0});
        Files.writeString(dir.resolve("participants.csv"), "id,\"organisationId\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvDataset.read(dir)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.report().errors()).extracting(Problem::code).containsExactly(
                        CsvRuleCodes.CSV_MALFORMED, CsvRuleCodes.CSV_ENCODING, CsvRuleCodes.CSV_MALFORMED));
    }
}
