package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PublishedEsfReportTest {

    private static EsfReport counted(long seed, int people) {
        EsfReport.Tally tally = EsfReport.tally(Fixtures.YEAR_2025, Fixtures.REFERENCE);
        new ParticipantGenerator(seed).participants(people).forEach(tally::add);
        return tally.report();
    }

    /** The cell of a row, null if masked; column 4 is the total. */
    private static Long cell(PublishedEsfReport.Row row, int column) {
        return column == 4 ? row.total() : row.counts().get(PublishedEsfReport.GENDERS.get(column));
    }

    private static long truth(EsfRow row, int column) {
        return new long[] {row.women(), row.men(), row.nonBinary(), row.undisclosed(), row.total()}[column];
    }

    /** Checks that no line (a set of cells adding up to zero with signs) holds exactly one masked cell. */
    private static void noSingleMaskedCell(List<Long> line, String where) {
        assertThat(line.stream().filter(v -> v == null).count()).as(where + " " + line).isNotEqualTo(1L);
    }

    @Test
    void labourStatusAndEducationPartitionsNeverRevealAMaskedCellBySubtraction() {
        long seed = 2_021L;
        SplittableRandom random = new SplittableRandom(seed);
        DisclosureControl control = DisclosureControl.of(5);
        int masked = 0;
        for (int c = 0; c < 40; c++) {
            EsfReport report = counted(seed + c, 8 + random.nextInt(120));
            PublishedEsfReport published = report.masked(control);
            String where = "seed " + (seed + c) + " case " + c;
            for (EsfRow row : report.rows()) {
                PublishedEsfReport.Row shown = published.row(row.code());
                List<Long> line = new ArrayList<>();
                for (int column = 0; column < 5; column++) {
                    Long value = cell(shown, column);
                    line.add(value);
                    if (value != null) {
                        assertThat(value).as(where + " " + row.code()).isEqualTo(truth(row, column)).isGreaterThanOrEqualTo(5L);
                    } else {
                        masked++;
                    }
                }
                noSingleMaskedCell(line, where + " row " + row.code());
            }
            for (List<String> partition : List.of(List.of("EECO02", "EECO04", "EECO05"), List.of("EECO09", "EECO10", "EECO11"))) {
                long parts = partition.stream().mapToLong(code -> report.row(code).total()).sum();
                if (partition.get(0).equals("EECO09") && parts != report.row("EECO01").total()) {
                    // Unknown education: no exact column relation published, nothing to recover by subtraction.
                    continue;
                }
                for (int column = 0; column < 5; column++) {
                    List<Long> line = new ArrayList<>();
                    line.add(cell(published.row("EECO01"), column));
                    for (String code : partition) {
                        line.add(cell(published.row(code), column));
                    }
                    noSingleMaskedCell(line, where + " column " + column + " of " + partition);
                }
            }
        }
        assertThat(masked).isPositive();
    }

    @Test
    void jsonShowsCountsAndMaskReasons() {
        PublishedEsfReport published = counted(7L, 40).masked(DisclosureControl.of(5));
        String json = published.toJson();
        assertThat(json).contains("\"code\" : \"EECO01\"").contains("\"disclosureThreshold\" : 5").endsWith("}\n");
        boolean anyMask = published.rows().stream().anyMatch(r -> !r.masked().isEmpty());
        assertThat(anyMask).isTrue();
        assertThat(json).contains(MaskReason.BELOW_THRESHOLD.name());
        assertThat(published.toJson()).isEqualTo(counted(7L, 40).masked(DisclosureControl.of(5)).toJson());
    }
}
