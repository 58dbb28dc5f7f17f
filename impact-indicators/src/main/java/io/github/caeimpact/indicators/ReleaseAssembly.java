package io.github.caeimpact.indicators;

import io.github.caeimpact.indicators.ReleaseLedger.Contributions;
import io.github.caeimpact.indicators.ReleaseLedger.Key;
import io.github.caeimpact.indicators.disclosure.CellKey;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.indicators.disclosure.DisclosureStatement;
import io.github.caeimpact.indicators.disclosure.DominanceRule;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import io.github.caeimpact.indicators.internal.LinkedTables;
import io.github.caeimpact.indicators.internal.LinkedTables.Place;
import io.github.caeimpact.indicators.internal.LinkedTables.Role;
import io.github.caeimpact.indicators.internal.Suppression;
import io.github.caeimpact.model.Organisation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The disclosure pass of a release: every published figure (each indicator overall and in every
 * category of every breakdown, each ESF+ cell) becomes a unit of one {@link LinkedTables} system,
 * with the tables the reader sees (overall = sum of a breakdown's cells, gender by age band = its
 * margins, a territory = its organisations, an ESF+ row = its genders, an ESF+ partition = its
 * rows); the relations between tables are found person by person and kept where a reader can know
 * them from the definitions, so each unit carries its place (figure and category). The masks chosen for the whole
 * system are then applied to the indicator report and the ESF+ table.
 */
final class ReleaseAssembly {

    /** The ESF+ columns, as units are named. */
    static final List<String> ESF_COLUMNS = List.of("women", "men", "nonBinary", "undisclosed", "total");

    private static final List<List<String>> ESF_PARTITIONS = List.of(
            List.of("EECO02", "EECO04", "EECO05"), List.of("EECO09", "EECO10", "EECO11"));

    private final ReleaseLedger ledger;
    private final MeasureOptions options;
    private final Map<String, Organisation> organisations;
    private final LinkedTables system;
    private final Map<Key, Integer> quantityOf = new HashMap<>();
    private final Map<String, Integer> unitOf = new LinkedHashMap<>();
    private int groups;
    private io.github.caeimpact.model.Period period;

    private ReleaseAssembly(ReleaseLedger ledger, MeasureOptions options, Map<String, Organisation> organisations) {
        this.ledger = ledger;
        this.options = options;
        this.organisations = organisations;
        this.system = new LinkedTables(ledger.people());
    }

    /** The role of an indicator's numerator in the disclosure pass: counted people, a sum of money, or none. */
    static Role numeratorRole(Statistic statistic) {
        return switch (statistic) {
            case PROPORTION -> Role.NUMERATOR;
            case SUM, MEAN, PAIRED_MEAN_CHANGE -> Role.MAGNITUDE;
            default -> null;
        };
    }

    static Release publish(ReleaseLedger ledger, IndicatorReport unmasked, Catalogue catalogue, MeasureOptions options,
            Map<String, Organisation> organisations, CellKey cellKey) {
        return new ReleaseAssembly(ledger, options, organisations).run(unmasked, catalogue, cellKey);
    }

    private Release run(IndicatorReport unmasked, Catalogue catalogue, CellKey cellKey) {
        period = unmasked.period();
        EsfReport esf = ledger.esf().report();
        for (IndicatorSection section : unmasked.indicators()) {
            addIndicator(section, catalogue.definition(section.indicatorId()));
        }
        addEsf(esf);
        DisclosureControl control = DisclosureControl.of(options.disclosureThreshold());
        Suppression.Outcome outcome = system.protect(control, DominanceRule.of(options.dominancePercent()));
        DisclosureStatement statement = new DisclosureStatement(control.k(), options.dominancePercent(), cellKey != null, outcome.counts(),
                outcome.relations(), outcome.audited(), outcome.differences(), outcome.populationDifferences());
        Map<String, MaskReason> masks = new HashMap<>();
        unitOf.forEach((name, unit) -> {
            MaskReason reason = outcome.reasons().get(unit);
            if (reason != null) {
                masks.put(name, reason);
            }
        });
        ReleasePublisher.Shown shown = cellKey == null ? ReleasePublisher.AS_MEASURED : new ReleasePerturbation(cellKey, ledger, catalogue);
        IndicatorReport report = ReleasePublisher.indicators(unmasked, masks, unitOf.keySet(), options, organisations, shown);
        PublishedEsfReport published = ReleasePublisher.esf(esf, masks, statement, shown);
        return new Release(report, published, statement);
    }

    private void addIndicator(IndicatorSection section, IndicatorDefinition definition) {
        String id = section.indicatorId();
        system.describe(id, definition.esfCodes());
        Role extra = numeratorRole(definition.statistic());
        if (extra == Role.MAGNITUDE && definition.unit() != IndicatorUnit.EUR && definition.unit() != IndicatorUnit.EUR_PER_MONTH) {
            extra = null;
        }
        List<Role> roles = extra == null ? List.of(Role.COUNTED, Role.MISSING) : List.of(Role.COUNTED, Role.MISSING, extra);
        int overall = unit(ReleasePublisher.name(id, null, List.of()), groups++, id, null, List.of(), roles);
        system.summed(overall);
        system.headline(overall);
        IndicatorResult total = section.overall().result();
        if (total.counted() + total.missing() > 0 && total.counted() + total.missing() < options.disclosureThreshold()) {
            return;
        }
        Map<BreakdownKind, Map<List<String>, Integer>> byKind = new HashMap<>();
        for (Breakdown breakdown : section.breakdowns()) {
            int group = groups++;
            Map<List<String>, Integer> cells = new LinkedHashMap<>();
            for (List<String> category : ReleasePublisher.categories(breakdown, organisations, period)) {
                int unit = unit(ReleasePublisher.name(id, breakdown.kind(), category), group, id, breakdown.kind(), category, roles);
                if (breakdown.kind() == BreakdownKind.GENDER) {
                    system.summed(unit);
                }
                cells.put(category, unit);
            }
            byKind.put(breakdown.kind(), cells);
            // Every breakdown partitions the overall figure, the combined one too: its margins may be withheld.
            tables(overall, List.copyOf(cells.values()), roles);
        }
        linkCombined(byKind, roles);
        linkTerritories(byKind, roles);
    }

    private void linkCombined(Map<BreakdownKind, Map<List<String>, Integer>> byKind, List<Role> roles) {
        Map<List<String>, Integer> combined = byKind.get(BreakdownKind.GENDER_BY_AGE_BAND);
        if (combined == null) {
            return;
        }
        for (int d = 0; d < 2; d++) {
            Map<List<String>, Integer> margin = byKind.get(d == 0 ? BreakdownKind.GENDER : BreakdownKind.AGE_BAND);
            Map<String, List<Integer>> lines = new LinkedHashMap<>();
            for (Map.Entry<List<String>, Integer> cell : combined.entrySet()) {
                lines.computeIfAbsent(cell.getKey().get(d), c -> new ArrayList<>()).add(cell.getValue());
            }
            for (Map.Entry<String, List<Integer>> line : lines.entrySet()) {
                Integer total = margin == null ? null : margin.get(List.of(line.getKey()));
                tables(total == null ? -1 : total, line.getValue(), roles);
            }
        }
    }

    private void linkTerritories(Map<BreakdownKind, Map<List<String>, Integer>> byKind, List<Role> roles) {
        Map<List<String>, Integer> territories = byKind.get(BreakdownKind.TERRITORY);
        Map<List<String>, Integer> organisationCells = byKind.get(BreakdownKind.ORGANISATION);
        if (territories == null || organisationCells == null) {
            return;
        }
        for (Map.Entry<List<String>, Integer> territory : territories.entrySet()) {
            List<Integer> nested = new ArrayList<>();
            organisationCells.forEach((category, unit) -> {
                Organisation organisation = organisations.get(category.get(0));
                String home = organisation == null ? io.github.caeimpact.indicators.internal.Categories.UNKNOWN
                        : organisation.territory().departementCode();
                if (home.equals(territory.getKey().get(0))) {
                    nested.add(unit);
                }
            });
            tables(territory.getValue(), nested, roles);
        }
    }

    private void addEsf(EsfReport esf) {
        Map<String, int[]> rows = new HashMap<>();
        for (EsfRow row : esf.rows()) {
            int group = groups++;
            int[] units = new int[ESF_COLUMNS.size()];
            for (int c = 0; c < units.length; c++) {
                Map<String, String> column = c < 4 ? Map.of(BreakdownKind.GENDER.name(), io.github.caeimpact.model.Gender.values()[c].name()) : Map.of();
                units[c] = unit(ReleasePublisher.esfName(row.code(), ESF_COLUMNS.get(c)), group, row.code(), null,
                        List.of(ESF_COLUMNS.get(c)), List.of(Role.COUNTED), new Place(row.code(), true, column));
                system.summed(units[c]);
            }
            rows.put(row.code(), units);
            tables(units[4], List.of(units[0], units[1], units[2], units[3]), List.of(Role.COUNTED));
        }
        for (List<String> partition : ESF_PARTITIONS) {
            if (!partition.stream().allMatch(rows::containsKey)) {
                continue;
            }
            for (int c = 0; c < ESF_COLUMNS.size(); c++) {
                int column = c;
                // The parent row (EECO01) is found by the relations when the rows do partition it.
                tables(-1, partition.stream().map(code -> rows.get(code)[column]).toList(), List.of(Role.COUNTED));
            }
        }
    }

    private int unit(String name, int group, String id, BreakdownKind kind, List<String> category, List<Role> roles) {
        return unit(name, group, id, kind, category, roles, new Place(id, false, dimensions(kind, category)));
    }

    /** A breakdown's category as the reader's dimensions: the combined breakdown is a gender and an age band. */
    static Map<String, String> dimensions(BreakdownKind kind, List<String> category) {
        if (kind == null) {
            return Map.of();
        }
        if (kind == BreakdownKind.GENDER_BY_AGE_BAND) {
            return Map.of(BreakdownKind.GENDER.name(), category.get(0), BreakdownKind.AGE_BAND.name(), category.get(1));
        }
        return Map.of(kind.name(), category.get(0));
    }

    private int unit(String name, int group, String id, BreakdownKind kind, List<String> category, List<Role> roles, Place place) {
        int unit = system.unit(name, group, place);
        unitOf.put(name, unit);
        for (Role role : roles) {
            Key key = new Key(id, kind, category, role);
            Contributions contributions = ledger.figures().get(key);
            int[] persons = contributions == null ? new int[0] : contributions.persons();
            double[] values = contributions == null ? new double[0] : contributions.values();
            quantityOf.put(key, system.quantity(unit, role, persons, values));
        }
        return unit;
    }

    /** Declares, for each role, that the total unit's quantity is the sum of the parts' (total -1: a family without published total). */
    private void tables(int total, List<Integer> parts, List<Role> roles) {
        for (Role role : roles) {
            List<Integer> quantities = parts.stream().map(p -> system.quantityIndex(p, role)).toList();
            system.table(total < 0 ? -1 : system.quantityIndex(total, role), quantities);
        }
    }
}
