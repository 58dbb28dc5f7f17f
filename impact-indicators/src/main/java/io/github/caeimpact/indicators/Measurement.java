package io.github.caeimpact.indicators;

import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import io.github.caeimpact.indicators.internal.Categories;
import io.github.caeimpact.indicators.internal.ResponseRates;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A measurement in progress: participants are added one at a time and only accumulators are kept,
 * so a dataset of any size can be streamed through it. Measurements of parts of a dataset (other
 * threads, other organisations) can be merged; the report is the same as measuring the whole.
 * Not thread-safe: use one per thread and merge.
 */
public final class Measurement {

    private static final Comparator<List<String>> CATEGORY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final IndicatorEngine engine;
    private final Period period;
    private final LocalDate referenceDate;
    private final Map<String, Organisation> organisations;
    private final MeasureOptions options;
    private final List<IndicatorCalculator> calculators;
    private final List<MeasureContext> contexts;
    private final Accumulator[] overall;
    private final ResponseRates responseRates;
    private final Map<BreakdownKind, TreeMap<List<String>, Accumulator[]>> breakdowns = new EnumMap<>(BreakdownKind.class);
    private long participants;

    Measurement(IndicatorEngine engine, Period period, LocalDate referenceDate, Collection<Organisation> organisations, MeasureOptions options) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.period = Objects.requireNonNull(period, "period");
        this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
        this.options = Objects.requireNonNull(options, "options");
        Map<String, Organisation> byId = new LinkedHashMap<>();
        for (Organisation organisation : Objects.requireNonNull(organisations, "organisations")) {
            byId.put(organisation.id(), organisation);
        }
        this.organisations = Map.copyOf(byId);
        this.calculators = List.copyOf(engine.calculators().values());
        this.contexts = engine.calculators().keySet().stream()
                .map(id -> new MeasureContext(period, referenceDate, this.organisations, engine.catalogue().definition(id), options))
                .toList();
        this.overall = newAccumulators();
        this.responseRates = new ResponseRates(engine.catalogue(), period);
        for (BreakdownKind kind : options.breakdowns()) {
            breakdowns.put(kind, new TreeMap<>(CATEGORY_ORDER));
        }
    }

    private Accumulator[] newAccumulators() {
        Accumulator[] accumulators = new Accumulator[calculators.size()];
        for (int i = 0; i < accumulators.length; i++) {
            accumulators[i] = calculators.get(i).newAccumulator(contexts.get(i));
        }
        return accumulators;
    }

    private void addTo(Accumulator[] accumulators, Participant participant) {
        for (int i = 0; i < accumulators.length; i++) {
            accumulators[i].add(participant, contexts.get(i));
        }
    }

    /**
     * Adds one participant to every indicator, overall and in each breakdown.
     *
     * @param participant the participant
     * @return this measurement
     */
    public Measurement add(Participant participant) {
        Objects.requireNonNull(participant, "participant");
        participants++;
        addTo(overall, participant);
        responseRates.add(participant);
        for (Map.Entry<BreakdownKind, TreeMap<List<String>, Accumulator[]>> entry : breakdowns.entrySet()) {
            List<String> category = Categories.of(entry.getKey(), participant, referenceDate, organisations);
            addTo(entry.getValue().computeIfAbsent(category, c -> newAccumulators()), participant);
        }
        return this;
    }

    /**
     * Absorbs another measurement of the same engine, period, reference date and options.
     *
     * @param other the other measurement; left unchanged
     * @return this measurement
     * @throws IllegalArgumentException if the measurements are not comparable, or if other is this one
     */
    public Measurement merge(Measurement other) {
        Objects.requireNonNull(other, "other");
        if (other == this) {
            throw new IllegalArgumentException("a measurement cannot absorb itself: every participant would count twice");
        }
        if (other.engine != engine || !other.period.equals(period) || !other.referenceDate.equals(referenceDate)
                || !other.options.equals(options)) {
            throw new IllegalArgumentException("can only merge measurements of the same engine, period, reference date and options");
        }
        participants += other.participants;
        mergeInto(overall, other.overall);
        responseRates.merge(other.responseRates);
        for (Map.Entry<BreakdownKind, TreeMap<List<String>, Accumulator[]>> entry : other.breakdowns.entrySet()) {
            TreeMap<List<String>, Accumulator[]> mine = breakdowns.get(entry.getKey());
            entry.getValue().forEach((category, theirs) -> mergeInto(mine.computeIfAbsent(category, c -> newAccumulators()), theirs));
        }
        return this;
    }

    private static void mergeInto(Accumulator[] target, Accumulator[] source) {
        for (int i = 0; i < target.length; i++) {
            target[i].merge(source[i]);
        }
    }

    /**
     * Returns the number of participants added so far.
     *
     * @return the count
     */
    public long participants() {
        return participants;
    }

    /**
     * Returns how many per-person values the accumulators keep in all, overall and in every
     * breakdown category (see {@link Accumulator#retainedValues()}).
     *
     * @return the number of values kept
     */
    public long retainedValues() {
        long kept = 0;
        for (Accumulator accumulator : overall) {
            kept += accumulator.retainedValues();
        }
        for (TreeMap<List<String>, Accumulator[]> cells : breakdowns.values()) {
            for (Accumulator[] accumulators : cells.values()) {
                for (Accumulator accumulator : accumulators) {
                    kept += accumulator.retainedValues();
                }
            }
        }
        return kept;
    }

    /**
     * Returns the report of the participants added so far, with small cells masked.
     *
     * <p>Rules, with k the disclosure threshold and a cell's population its people counted plus
     * missing: the overall figure is masked when its population is 1 to k - 1 (or fewer than k
     * were counted); then every breakdown of it is withheld whole, without categories
     * ({@link io.github.caeimpact.indicators.disclosure.MaskReason#OVERALL_BELOW_THRESHOLD}).
     * Otherwise a breakdown cell is masked when fewer than k people were counted in it, or, when
     * nobody was, when its population is below k; complementary cells are masked so that no line
     * holds a single masked cell; organisations and territories are masked together (a territory
     * is the sum of its organisations); gender by age band follows the masks of gender and of age band.
     *
     * @return the report
     */
    public IndicatorReport report() {
        return report(DisclosureControl.of(options.disclosureThreshold()));
    }

    /**
     * Returns the report with nothing masked, for checks inside this package only; never published.
     *
     * @return the unmasked report
     */
    IndicatorReport unmaskedReport() {
        return report(null);
    }

    private IndicatorReport report(DisclosureControl control) {
        List<IndicatorSection> sections = new ArrayList<>();
        for (int i = 0; i < calculators.size(); i++) {
            IndicatorResult total = overall[i].result();
            long population = total.counted() + total.missing();
            Cell overallCell = control != null && population > 0 && control.isBelowThreshold(disclosive(total))
                    ? new Cell(List.of(), null, MaskReason.BELOW_THRESHOLD) : new Cell(List.of(), total, null);
            List<Breakdown> published;
            if (control != null && population > 0 && control.isBelowThreshold(population)) {
                // A few people: even the categories present would describe them, so no breakdown is published.
                published = options.breakdowns().stream()
                        .map(kind -> Breakdown.suppressed(kind, MaskReason.OVERALL_BELOW_THRESHOLD)).toList();
            } else {
                Map<BreakdownKind, Breakdown> built = breakdowns(control, i);
                published = options.breakdowns().stream().map(built::get).toList();
            }
            sections.add(new IndicatorSection(calculators.get(i).indicatorId(), overallCell, published));
        }
        return new IndicatorReport(engine.catalogue().sources(), period, referenceDate, options.disclosureThreshold(), participants, sections,
                responseRates.rates(options.disclosureThreshold()));
    }

    /**
     * Returns the number of people a figure discloses: its population (counted plus missing), or
     * the people counted when some were counted (fewer, and their values are what the figure shows).
     */
    private static long disclosive(IndicatorResult result) {
        return result.counted() > 0 ? result.counted() : result.counted() + result.missing();
    }

    private Map<BreakdownKind, Breakdown> breakdowns(DisclosureControl control, int index) {
        Map<BreakdownKind, Table> tables = new EnumMap<>(BreakdownKind.class);
        breakdowns.forEach((kind, cells) -> tables.put(kind, Table.of(cells, index)));
        Map<BreakdownKind, Breakdown> built = new EnumMap<>(BreakdownKind.class);
        Table organisationTable = tables.get(BreakdownKind.ORGANISATION);
        Table territoryTable = tables.get(BreakdownKind.TERRITORY);
        if (control != null && organisationTable != null && territoryTable != null) {
            // Organisations are nested in territories: mask both tables together (see linkedMasks).
            List<MaskReason> masks = linkedMasks(control, territoryTable, organisationTable);
            int territories = territoryTable.keys.size();
            built.put(BreakdownKind.TERRITORY, territoryTable.breakdown(BreakdownKind.TERRITORY, masks.subList(0, territories)));
            built.put(BreakdownKind.ORGANISATION, organisationTable.breakdown(BreakdownKind.ORGANISATION, masks.subList(territories, masks.size())));
        }
        // One-dimensional breakdowns first: their masks force masks in the combined table (see combinedForced).
        for (Map.Entry<BreakdownKind, Table> entry : tables.entrySet()) {
            BreakdownKind kind = entry.getKey();
            if (kind != BreakdownKind.GENDER_BY_AGE_BAND && !built.containsKey(kind)) {
                Table table = entry.getValue();
                built.put(kind, table.breakdown(kind, control == null ? table.unmasked() : control.mask(table.keys, table.counts())));
            }
        }
        Table combined = tables.get(BreakdownKind.GENDER_BY_AGE_BAND);
        if (combined != null) {
            built.put(BreakdownKind.GENDER_BY_AGE_BAND, combined.breakdown(BreakdownKind.GENDER_BY_AGE_BAND, control == null ? combined.unmasked()
                    : control.mask(combined.keys, combined.counts(), combinedForced(combined.keys, built))));
        }
        return built;
    }

    /**
     * Masks the territory and organisation tables as one system of cells: territory cells
     * (indices first), then organisation cells. Lines: all territories (their sum is the overall
     * figure), all organisations (likewise), and for each territory its own cell with its
     * organisations' cells, since the territory's figure is the sum of its organisations' figures.
     * No line is left with one masked cell or masked cells counting together fewer than k people, so subtraction reveals
     * neither a masked cell nor a group smaller than k.
     */
    private List<MaskReason> linkedMasks(DisclosureControl control, Table territories, Table organisations) {
        int offset = territories.keys.size();
        long[] counts = new long[offset + organisations.keys.size()];
        System.arraycopy(territories.counts(), 0, counts, 0, offset);
        System.arraycopy(organisations.counts(), 0, counts, offset, organisations.keys.size());
        List<List<Integer>> lines = new ArrayList<>();
        List<Integer> territoryLine = new ArrayList<>();
        for (int t = 0; t < offset; t++) {
            territoryLine.add(t);
        }
        lines.add(territoryLine);
        List<Integer> organisationLine = new ArrayList<>();
        for (int o = 0; o < organisations.keys.size(); o++) {
            organisationLine.add(offset + o);
        }
        lines.add(organisationLine);
        for (int t = 0; t < offset; t++) {
            String territory = territories.keys.get(t).get(0);
            List<Integer> nested = new ArrayList<>(List.of(t));
            for (int o = 0; o < organisations.keys.size(); o++) {
                Organisation organisation = this.organisations.get(organisations.keys.get(o).get(0));
                String home = organisation == null ? Categories.UNKNOWN : organisation.territory().departementCode();
                if (home.equals(territory)) {
                    nested.add(offset + o);
                }
            }
            lines.add(nested);
        }
        return control.maskLines(counts, lines, Set.of());
    }

    /** The cells of one breakdown of one indicator where somebody was concerned, in category order. */
    private static final class Table {
        private final List<List<String>> keys = new ArrayList<>();
        private final List<IndicatorResult> results = new ArrayList<>();

        static Table of(TreeMap<List<String>, Accumulator[]> cells, int index) {
            Table table = new Table();
            for (Map.Entry<List<String>, Accumulator[]> cell : cells.entrySet()) {
                IndicatorResult result = cell.getValue()[index].result();
                if (result.counted() > 0 || result.missing() > 0) {
                    table.keys.add(cell.getKey());
                    table.results.add(result);
                }
            }
            return table;
        }

        long[] counts() {
            return results.stream().mapToLong(Measurement::disclosive).toArray();
        }

        List<MaskReason> unmasked() {
            return java.util.Collections.nCopies(keys.size(), null);
        }

        Breakdown breakdown(BreakdownKind kind, List<MaskReason> masks) {
            List<Cell> published = new ArrayList<>();
            for (int c = 0; c < keys.size(); c++) {
                MaskReason mask = masks.get(c);
                published.add(mask == null ? new Cell(keys.get(c), results.get(c), null) : new Cell(keys.get(c), null, mask));
            }
            return new Breakdown(kind, published);
        }
    }

    /**
     * Returns the cells of the gender-by-age table whose gender or age band is masked in its own
     * breakdown: shown, they would add up to the masked figure.
     */
    private static Set<Integer> combinedForced(List<List<String>> keys, Map<BreakdownKind, Breakdown> oneDimensional) {
        Set<List<String>> maskedGenders = maskedCategories(oneDimensional.get(BreakdownKind.GENDER));
        Set<List<String>> maskedBands = maskedCategories(oneDimensional.get(BreakdownKind.AGE_BAND));
        Set<Integer> forced = new java.util.TreeSet<>();
        for (int c = 0; c < keys.size(); c++) {
            if (maskedGenders.contains(List.of(keys.get(c).get(0))) || maskedBands.contains(List.of(keys.get(c).get(1)))) {
                forced.add(c);
            }
        }
        return forced;
    }

    private static Set<List<String>> maskedCategories(Breakdown breakdown) {
        if (breakdown == null) {
            return Set.of();
        }
        Set<List<String>> masked = new java.util.HashSet<>();
        breakdown.cells().stream().filter(Cell::isMasked).forEach(cell -> masked.add(cell.category()));
        return masked;
    }
}
