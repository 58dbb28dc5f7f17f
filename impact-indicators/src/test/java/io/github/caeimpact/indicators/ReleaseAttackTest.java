package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.disclosure.CellKey;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.indicators.disclosure.FeasibleInterval;
import io.github.caeimpact.indicators.disclosure.LinearAudit;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Participant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Test
    void linearProgrammingOverEachIndicatorsPublishedTablesLeavesEverySmallCellItsProtectionWidth() {
        int audited = 0;
        List<String> narrowed = new ArrayList<>();
        for (long seed : SEEDS) {
            Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(seed).participants(60));
            MeasureOptions options = MeasureOptions.defaults();
            Release release = Release.of(engine, dataset, options);
            IndicatorReport truth = engine.measure(dataset, options.withDisclosureThreshold(1));
            int width = DisclosureControl.of(options.disclosureThreshold()).protectionWidth();
            for (IndicatorSection section : release.indicators().indicators()) {
                if (section.overall().isMasked()) {
                    continue;
                }
                Attack attack = new Attack(section, options.disclosureThreshold());
                for (Map.Entry<String, Integer> cell : attack.unknowns.entrySet()) {
                    long people = truth.section(section.indicatorId()).breakdowns().stream()
                            .filter(b -> b.kind().name().equals(cell.getKey().split("=")[0]))
                            .flatMap(b -> b.cells().stream()).filter(c -> c.category().toString().equals(cell.getKey().split("=")[1]))
                            .mapToLong(c -> c.result() == null ? 0 : c.result().counted()).sum();
                    if (people == 0 || people >= options.disclosureThreshold()) {
                        continue;
                    }
                    audited++;
                    FeasibleInterval interval = attack.audit.interval(cell.getValue());
                    if (interval.width() < width - 1e-6) {
                        narrowed.add("seed " + seed + " " + section.indicatorId() + " " + cell.getKey() + " in " + interval);
                    }
                }
            }
        }
        assertThat(audited).isPositive();
        assertThat(narrowed).as("cells of 1 to 4 people narrowed below the protection width").isEmpty();
    }

    /**
     * Differencing: releases of a cooperative and of the same cooperative less one person, for a
     * seeded sample of people; the difference of the published total turnover (ACT03) and social
     * contributions (PFI01), and of the people they count, is compared with her own values.
     * Returns, for each release pair where both figures are shown, whether the difference gave her
     * value exactly (sums) and whether it gave her count.
     */
    private List<boolean[]> differencing(CellKey cellKey) {
        List<Participant> people = new ParticipantGenerator(3L).participants(60);
        MeasureOptions options = MeasureOptions.defaults();
        Dataset full = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, people);
        Release all = cellKey == null ? Release.of(engine, full, options) : Release.of(engine, full, options, cellKey);
        IndicatorReport truthAll = engine.measure(full, options.withDisclosureThreshold(1));
        java.util.Random random = new java.util.Random(2026L);
        List<boolean[]> outcomes = new ArrayList<>();
        for (int draw = 0; draw < 6; draw++) {
            List<Participant> less = new ArrayList<>(people);
            less.remove(random.nextInt(less.size()));
            Dataset lessOne = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, less);
            Release other = cellKey == null ? Release.of(engine, lessOne, options) : Release.of(engine, lessOne, options, cellKey);
            IndicatorReport truthLess = engine.measure(lessOne, options.withDisclosureThreshold(1));
            for (String id : List.of("ACT03", "PFI01")) {
                IndicatorResult a = all.indicators().section(id).overall().result();
                IndicatorResult b = other.indicators().section(id).overall().result();
                IndicatorResult ta = truthAll.section(id).overall().result();
                IndicatorResult tb = truthLess.section(id).overall().result();
                if (a == null || b == null || ta.numerator().compareTo(tb.numerator()) == 0) {
                    continue;
                }
                BigDecimal hers = ta.numerator().subtract(tb.numerator());
                BigDecimal read = a.numerator().subtract(b.numerator());
                outcomes.add(new boolean[] {read.subtract(hers).abs().compareTo(new BigDecimal("0.005")) < 0,
                        a.counted() - b.counted() == ta.counted() - tb.counted()});
            }
        }
        return outcomes;
    }

    @Test
    void withoutACellKeyTwoReleasesDifferingByOnePersonGiveHerTurnoverAndContributions() {
        List<boolean[]> outcomes = differencing(null);
        assertThat(outcomes).isNotEmpty().allMatch(o -> o[0] && o[1]);
    }

    @Test
    void withACellKeyTwoReleasesDifferingByOnePersonDoNotGiveHerTurnoverOrContributions() {
        List<boolean[]> outcomes = differencing(CellKey.of("a secret key of thirty-two bytes!".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(outcomes).isNotEmpty().noneMatch(o -> o[0]);
        assertThat(outcomes).as("the people counted differ by her alone only by chance").anyMatch(o -> !o[1]);
    }

    /**
     * What a reader writes down from one indicator's published section: each masked cell's people
     * counted is an unknown (0 to k - 1 when masked below k, k or more when complementary), and
     * each published breakdown adds up to the overall figure; the gender-by-age cells add up to
     * their margins where those are published.
     */
    private static final class Attack {
        final Map<String, Integer> unknowns = new java.util.TreeMap<>();
        final LinearAudit audit;

        Attack(IndicatorSection section, int k) {
            LinearAudit.Builder builder = LinearAudit.builder();
            Map<String, Long> shown = new java.util.HashMap<>();
            for (Breakdown breakdown : section.breakdowns()) {
                if (breakdown.suppressed() != null) {
                    continue;
                }
                for (Cell cell : breakdown.cells()) {
                    String key = breakdown.kind() + "=" + cell.category();
                    if (!cell.isMasked()) {
                        shown.put(key, cell.result().counted());
                    } else if (cell.masked() == MaskReason.BELOW_THRESHOLD) {
                        unknowns.put(key, builder.variable(0, k - 1));
                    } else if (cell.masked() == MaskReason.COMPLEMENTARY) {
                        unknowns.put(key, builder.variable(k, Double.POSITIVE_INFINITY));
                    } else {
                        unknowns.put(key, builder.variable(0, Double.POSITIVE_INFINITY));
                    }
                }
                addsUpTo(builder, breakdown.kind(), breakdown.cells(), new java.util.TreeMap<>(), section.overall().result().counted());
            }
            margins(section, builder, shown);
            audit = builder.build();
        }

        private void margins(IndicatorSection section, LinearAudit.Builder builder, Map<String, Long> shown) {
            Breakdown combined = section.breakdowns().stream().filter(b -> b.kind() == BreakdownKind.GENDER_BY_AGE_BAND
                    && b.suppressed() == null).findFirst().orElse(null);
            if (combined == null) {
                return;
            }
            for (int d = 0; d < 2; d++) {
                BreakdownKind marginKind = d == 0 ? BreakdownKind.GENDER : BreakdownKind.AGE_BAND;
                Map<String, List<Cell>> lines = new java.util.TreeMap<>();
                for (Cell cell : combined.cells()) {
                    lines.computeIfAbsent(cell.category().get(d), x -> new ArrayList<>()).add(cell);
                }
                for (Map.Entry<String, List<Cell>> line : lines.entrySet()) {
                    String margin = marginKind + "=" + List.of(line.getKey());
                    Integer marginUnknown = unknowns.get(margin);
                    Long marginShown = shown.get(margin);
                    if (marginUnknown == null && marginShown == null) {
                        continue;
                    }
                    Map<Integer, Double> total = new java.util.TreeMap<>();
                    if (marginUnknown != null) {
                        total.put(marginUnknown, -1.0);
                    }
                    addsUpTo(builder, BreakdownKind.GENDER_BY_AGE_BAND, line.getValue(), total, marginShown == null ? 0 : marginShown);
                }
            }
        }

        /** Writes: the cells' people counted add up to the total, given as its unknown terms (negated) and a shown constant. */
        private void addsUpTo(LinearAudit.Builder builder, BreakdownKind kind, List<Cell> cells, Map<Integer, Double> total, double constant) {
            Map<Integer, Double> terms = new java.util.TreeMap<>(total);
            double rest = constant;
            for (Cell cell : cells) {
                Integer unknown = unknowns.get(kind + "=" + cell.category());
                if (unknown == null) {
                    rest -= cell.result().counted();
                } else {
                    terms.put(unknown, 1.0);
                }
            }
            if (!terms.isEmpty()) {
                builder.equal(terms, rest);
            }
        }
    }
}
