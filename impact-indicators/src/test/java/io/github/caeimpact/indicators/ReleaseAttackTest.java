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
            for (int size : new int[] {12, 40, 60}) {
                Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(seed).participants(size));
                audited += indicatorAttack(dataset, "seed " + seed + " size " + size, narrowed);
            }
        }
        assertThat(audited).isPositive();
        assertThat(narrowed).as("cells of 1 to 4 people narrowed below the protection width").isEmpty();
    }

    /** Runs the per-indicator linear program on a release of the dataset; returns the cells of 1 to k - 1 people audited. */
    private int indicatorAttack(Dataset dataset, String label, List<String> narrowed) {
        int audited = 0;
        MeasureOptions options = MeasureOptions.defaults();
        Release release = Release.of(engine, dataset, options);
        IndicatorReport truth = engine.measure(dataset, options.withDisclosureThreshold(1));
        int width = DisclosureControl.of(options.disclosureThreshold()).protectionWidth();
        for (IndicatorSection section : release.indicators().indicators()) {
            if (section.overall().isMasked()) {
                continue;
            }
            Attack attack = new Attack(section, options.disclosureThreshold());
            LinearAudit audit = attack.audit();
            for (Map.Entry<String, Integer> cell : attack.unknowns.entrySet()) {
                long people = truth.section(section.indicatorId()).breakdowns().stream()
                        .filter(b -> b.kind().name().equals(cell.getKey().split("=")[0]))
                        .flatMap(b -> b.cells().stream()).filter(c -> c.category().toString().equals(cell.getKey().split("=")[1]))
                        .mapToLong(c -> c.result() == null ? 0 : c.result().counted()).sum();
                if (people == 0 || people >= options.disclosureThreshold()) {
                    continue;
                }
                audited++;
                FeasibleInterval interval = audit.interval(cell.getValue());
                if (interval.width() < width - 1e-6) {
                    narrowed.add(label + " " + section.indicatorId() + " " + cell.getKey() + " in " + interval);
                }
            }
        }
        return audited;
    }

    @Test
    void linearProgrammingOverTwoIndicatorsOfTheSamePeopleLeavesEverySmallCellItsProtectionWidth() {
        List<String> narrowed = new ArrayList<>();
        int audited = samePopulationAttack(dataset -> Release.of(engine, dataset, MeasureOptions.defaults()).indicators(), narrowed);
        assertThat(audited).isPositive();
        assertThat(narrowed).as("cells of 1 to 4 people narrowed through an indicator of the same people").isEmpty();
    }

    @Test
    void maskingEachIndicatorOnItsOwnLetsAnIndicatorOfTheSamePeopleGiveCellsAway() {
        List<String> narrowed = new ArrayList<>();
        samePopulationAttack(dataset -> engine.measure(dataset, MeasureOptions.defaults()), narrowed);
        assertThat(narrowed).isNotEmpty();
    }

    /**
     * Indicators measured over the same population (the catalogue says whom each counts) publish
     * the same people in every category: a cell masked in one and shown in the other, or masked in
     * both, is one unknown of a joint program. Adds each cell of 1 to k - 1 people narrowed below
     * the protection width; returns the number of such cells audited.
     */
    private int samePopulationAttack(java.util.function.Function<Dataset, IndicatorReport> publish, List<String> narrowed) {
        int audited = 0;
        MeasureOptions options = MeasureOptions.defaults();
        int k = options.disclosureThreshold();
        int width = DisclosureControl.of(k).protectionWidth();
        for (long seed : SEEDS) {
            for (int size : new int[] {40, 60}) {
                Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(seed).participants(size));
                IndicatorReport published = publish.apply(dataset);
                IndicatorReport truth = engine.measure(dataset, options.withDisclosureThreshold(1));
                Map<Map<String, Long>, List<IndicatorSection>> byPopulation = new java.util.LinkedHashMap<>();
                for (IndicatorSection section : published.indicators()) {
                    if (!section.overall().isMasked()) {
                        byPopulation.computeIfAbsent(population(truth.section(section.indicatorId())), x -> new ArrayList<>()).add(section);
                    }
                }
                for (List<IndicatorSection> same : byPopulation.values()) {
                    for (int i = 0; i + 1 < same.size(); i++) {
                        LinearAudit.Builder builder = LinearAudit.builder();
                        Attack first = new Attack(builder, same.get(i), k);
                        Attack second = new Attack(builder, same.get(i + 1), k);
                        sameCells(builder, first, second);
                        LinearAudit audit = first.audit();
                        Map<String, Long> people = population(truth.section(same.get(i).indicatorId()));
                        for (Attack attack : List.of(first, second)) {
                            for (Map.Entry<String, Integer> cell : attack.unknowns.entrySet()) {
                                long count = people.getOrDefault(cell.getKey(), 0L);
                                if (count == 0 || count >= k) {
                                    continue;
                                }
                                audited++;
                                FeasibleInterval interval = audit.interval(cell.getValue());
                                if (interval.width() < width - 1e-6) {
                                    narrowed.add("seed " + seed + " size " + size + " " + same.get(i).indicatorId() + "/"
                                            + same.get(i + 1).indicatorId() + " " + cell.getKey() + " in " + interval);
                                }
                            }
                        }
                    }
                }
            }
        }
        return audited;
    }

    /** The people an indicator counts in each category of each breakdown, as measured (the truth). */
    private static Map<String, Long> population(IndicatorSection truth) {
        Map<String, Long> people = new java.util.TreeMap<>();
        people.put("overall", truth.overall().result().counted());
        for (Breakdown breakdown : truth.breakdowns()) {
            for (Cell cell : breakdown.cells()) {
                people.put(breakdown.kind() + "=" + cell.category(), cell.result() == null ? 0 : cell.result().counted());
            }
        }
        return people;
    }

    /** Writes: a category of the two indicators counts the same people (unknowns equal, or an unknown equal to a shown count). */
    private static void sameCells(LinearAudit.Builder builder, Attack first, Attack second) {
        for (Map.Entry<String, Integer> cell : first.unknowns.entrySet()) {
            Integer other = second.unknowns.get(cell.getKey());
            if (other != null) {
                builder.equal(Map.of(cell.getValue(), 1.0, other, -1.0), 0);
            } else if (second.shown.containsKey(cell.getKey())) {
                builder.equal(Map.of(cell.getValue(), 1.0), second.shown.get(cell.getKey()));
            }
        }
        for (Map.Entry<String, Integer> cell : second.unknowns.entrySet()) {
            if (!first.unknowns.containsKey(cell.getKey()) && first.shown.containsKey(cell.getKey())) {
                builder.equal(Map.of(cell.getValue(), 1.0), first.shown.get(cell.getKey()));
            }
        }
    }

    /** The bounds a reader knows of a masked count from its mask reason: [lower, upper]. */
    private static double[] bounds(MaskReason reason, boolean numerator, int k) {
        return switch (reason) {
            case BELOW_THRESHOLD -> new double[] {0, k - 1};
            case NUMERATOR_BELOW_THRESHOLD -> numerator ? new double[] {0, k - 1} : new double[] {k, Double.POSITIVE_INFINITY};
            case COMPLEMENT_BELOW_THRESHOLD, COMPLEMENTARY, DOMINANCE -> new double[] {k, Double.POSITIVE_INFINITY};
            default -> new double[] {0, Double.POSITIVE_INFINITY};
        };
    }

    @Test
    void noMaskedCellIsReadFromTheSameCountInTheEsfTableAndTheIndicatorReport() {
        int[] audited = {0};
        List<String> narrowed = new ArrayList<>();
        for (long seed : SEEDS) {
            for (int size : new int[] {20, 40}) {
                Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(seed).participants(size));
                Release release = Release.of(engine, dataset, MeasureOptions.defaults());
                esfAttack(dataset, release.indicators(), release.esf(), "seed " + seed + " size " + size, audited, narrowed);
            }
        }
        assertThat(audited[0]).isPositive();
        assertThat(narrowed).as("cells of 1 to 4 people narrowed through the ESF+ table").isEmpty();
    }

    @Test
    void maskingTheIndicatorReportAndTheEsfTableEachOnItsOwnLetsTheSameCountGiveCellsAway() {
        // What a streamed run publishes: each table masked alone. The attack above finds what the release prevents.
        int[] audited = {0};
        List<String> narrowed = new ArrayList<>();
        for (long seed : SEEDS) {
            for (int size : new int[] {20, 40}) {
                Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(seed).participants(size));
                MeasureOptions options = MeasureOptions.defaults();
                esfAttack(dataset, engine.measure(dataset, options),
                        EsfReport.of(dataset).masked(DisclosureControl.of(options.disclosureThreshold())), "seed " + seed, audited, narrowed);
            }
        }
        assertThat(narrowed).isNotEmpty();
    }

    /**
     * The catalogue says which ESF+ row each share's numerator is (esfCodes): where the data agree,
     * a reader writes ESF+ row by gender = numerator by gender, both tables' totals, and solves for
     * every masked cell of either; adds to {@code narrowed} each cell of 1 to k - 1 people found
     * within an interval narrower than the protection width.
     */
    private void esfAttack(Dataset dataset, IndicatorReport publishedReport, PublishedEsfReport publishedEsf, String label,
            int[] audited, List<String> narrowed) {
        MeasureOptions options = MeasureOptions.defaults();
        int k = options.disclosureThreshold();
        int width = DisclosureControl.of(k).protectionWidth();
        IndicatorReport truth = engine.measure(dataset, options.withDisclosureThreshold(1));
        EsfReport esfTruth = EsfReport.of(dataset);
        for (IndicatorDefinition definition : Catalogue.shipped().definitions()) {
            if (definition.esfCodes().size() != 1 || definition.statistic() != Statistic.PROPORTION) {
                continue;
            }
            String code = definition.esfCodes().get(0);
            EsfRow row = esfTruth.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
            IndicatorSection trueSection = truth.section(definition.id());
            long[] esf = {row.women(), row.men(), row.nonBinary(), row.undisclosed()};
            long[] numerators = new long[4];
            Breakdown trueGenders = trueSection.breakdown(BreakdownKind.GENDER).orElseThrow();
            for (int g = 0; g < 4; g++) {
                Cell cell = trueGenders.cell(io.github.caeimpact.model.Gender.values()[g].name()).orElse(null);
                numerators[g] = cell == null || cell.result().numerator() == null ? 0 : cell.result().numerator().longValueExact();
            }
            if (!java.util.Arrays.equals(esf, numerators)) {
                continue;
            }
            LinearAudit.Builder builder = LinearAudit.builder();
            Map<String, Integer> unknowns = new java.util.TreeMap<>();
            Map<String, Long> trueValues = new java.util.HashMap<>();
            double[] constants = new double[10];
            int[] variables = new int[10];
            IndicatorSection published = publishedReport.section(definition.id());
            Breakdown genders = published.breakdown(BreakdownKind.GENDER).orElseThrow();
            PublishedEsfReport.Row esfRow = publishedEsf.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
            for (int slot = 0; slot < 10; slot++) {
                // Slots 0-3: numerator by gender; 4: overall numerator; 5-8: ESF+ by gender; 9: ESF+ total.
                MaskReason reason;
                long shown;
                boolean numerator = slot < 5;
                if (slot < 4) {
                    java.util.Optional<Cell> listed = genders.suppressed() != null ? java.util.Optional.empty()
                            : genders.cell(io.github.caeimpact.model.Gender.values()[slot].name());
                    // A category a table leaves out counts nobody, to a reader.
                    Cell cell = listed.orElse(null);
                    reason = genders.suppressed() != null ? genders.suppressed() : cell == null ? null : cell.masked();
                    shown = reason != null ? -1 : cell == null ? 0 : cell.result().numerator().longValueExact();
                    trueValues.put(definition.id() + " " + slot, numerators[slot]);
                } else if (slot == 4) {
                    reason = published.overall().masked();
                    shown = published.overall().isMasked() ? -1 : published.overall().result().numerator().longValueExact();
                } else if (slot < 9) {
                    String gender = PublishedEsfReport.GENDERS.get(slot - 5);
                    reason = esfRow.masked().get(gender);
                    shown = reason == null ? esfRow.counts().get(gender) : -1;
                    trueValues.put(code + " " + gender, esf[slot - 5]);
                } else {
                    reason = esfRow.totalMasked();
                    shown = reason == null ? esfRow.total() : -1;
                }
                if (reason == null) {
                    variables[slot] = -1;
                    constants[slot] = shown;
                } else {
                    double[] range = bounds(reason, numerator, k);
                    variables[slot] = builder.variable(range[0], range[1]);
                    if (slot != 4 && slot != 9) {
                        unknowns.put(slot < 4 ? definition.id() + " " + slot : code + " " + PublishedEsfReport.GENDERS.get(slot - 5),
                                variables[slot]);
                    }
                }
            }
            for (int g = 0; g < 4; g++) {
                equal(builder, variables, constants, new int[] {g, 5 + g}, new double[] {1, -1});
            }
            equal(builder, variables, constants, new int[] {4, 9}, new double[] {1, -1});
            equal(builder, variables, constants, new int[] {4, 0, 1, 2, 3}, new double[] {1, -1, -1, -1, -1});
            equal(builder, variables, constants, new int[] {9, 5, 6, 7, 8}, new double[] {1, -1, -1, -1, -1});
            LinearAudit audit = builder.build();
            for (Map.Entry<String, Integer> unknown : unknowns.entrySet()) {
                long value = trueValues.get(unknown.getKey());
                if (value == 0 || value >= k) {
                    continue;
                }
                audited[0]++;
                FeasibleInterval interval = audit.interval(unknown.getValue());
                if (interval.width() < width - 1e-6) {
                    narrowed.add(label + " " + unknown.getKey() + " in " + interval);
                }
            }
        }
    }

    /** Writes: the sum of coefficient times slot is zero, shown slots moved to the constant side. */
    private static void equal(LinearAudit.Builder builder, int[] variables, double[] constants, int[] slots, double[] coefficients) {
        Map<Integer, Double> terms = new java.util.TreeMap<>();
        double rest = 0;
        for (int i = 0; i < slots.length; i++) {
            if (variables[slots[i]] < 0) {
                rest -= coefficients[i] * constants[slots[i]];
            } else {
                terms.merge(variables[slots[i]], coefficients[i], Double::sum);
            }
        }
        if (!terms.isEmpty()) {
            builder.equal(terms, rest);
        }
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
     * their margins where those are published, the organisations of a territory to its cell.
     */
    private static final class Attack {
        final Map<String, Integer> unknowns = new java.util.TreeMap<>();
        final Map<String, Long> shown = new java.util.HashMap<>();
        private final LinearAudit.Builder builder;

        Attack(IndicatorSection section, int k) {
            this(LinearAudit.builder(), section, k);
        }

        /** Writes one indicator's equations into a builder shared with other indicators' attacks. */
        Attack(LinearAudit.Builder builder, IndicatorSection section, int k) {
            this.builder = builder;
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
            territories(section, builder, shown);
        }

        LinearAudit audit() {
            return builder.build();
        }

        /** Each territory's cell is the sum of the cells of its organisations (the generator's organisations). */
        private void territories(IndicatorSection section, LinearAudit.Builder builder, Map<String, Long> shown) {
            Breakdown organisations = section.breakdown(BreakdownKind.ORGANISATION).filter(b -> b.suppressed() == null).orElse(null);
            Breakdown territories = section.breakdown(BreakdownKind.TERRITORY).filter(b -> b.suppressed() == null).orElse(null);
            if (organisations == null || territories == null) {
                return;
            }
            for (Cell territory : territories.cells()) {
                String code = territory.category().get(0);
                List<Cell> inside = organisations.cells().stream().filter(cell -> ParticipantGenerator.ORGANISATIONS.stream()
                        .anyMatch(o -> o.id().equals(cell.category().get(0)) && o.territory().departementCode().equals(code))).toList();
                String key = BreakdownKind.TERRITORY + "=" + territory.category();
                Map<Integer, Double> total = new java.util.TreeMap<>();
                Integer unknown = unknowns.get(key);
                if (unknown != null) {
                    total.put(unknown, -1.0);
                }
                addsUpTo(builder, BreakdownKind.ORGANISATION, inside, total, unknown != null ? 0 : shown.get(key));
            }
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
