package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.model.Dataset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An outside reader's attacks on what a release publishes, run on seeded generated cooperatives:
 * each uses the published figures only, as someone holding the reports would.
 */
class ReleaseAttackTest {

    private static final long[] SEEDS = {3L, 17L, 2026L};

    private final IndicatorEngine engine = IndicatorEngine.of(Catalogue.shipped());

    @Test
    void noSensitiveCellIsTheShownTotalLessTheShownCellsOfItsTable() {
        List<String> recovered = new ArrayList<>();
        int tables = 0;
        for (long seed : SEEDS) {
            Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(seed).participants(60));
            Release release = Release.of(engine, dataset, MeasureOptions.defaults());
            for (IndicatorSection section : release.indicators().indicators()) {
                if (section.overall().isMasked()) {
                    continue;
                }
                for (Breakdown breakdown : section.breakdowns()) {
                    if (breakdown.suppressed() != null) {
                        continue;
                    }
                    tables++;
                    // Every breakdown partitions the people of the overall figure: one masked cell is the overall less the others.
                    // A complementary cell recovered this way reveals nobody (it counts k or more); a sensitive one would.
                    List<Cell> masked = breakdown.cells().stream().filter(Cell::isMasked).toList();
                    if (masked.size() == 1 && masked.get(0).masked().isPrimary()) {
                        recovered.add("seed " + seed + " " + section.indicatorId() + " by " + breakdown.kind());
                    }
                }
            }
            for (PublishedEsfReport.Row row : release.esf().rows()) {
                tables++;
                if (row.total() != null && row.masked().size() == 1 && row.masked().values().iterator().next().isPrimary()) {
                    recovered.add("seed " + seed + " ESF+ " + row.code());
                }
            }
        }
        assertThat(tables).isPositive();
        assertThat(recovered).as("a masked cell is the shown total less the shown cells").isEmpty();
    }
}
