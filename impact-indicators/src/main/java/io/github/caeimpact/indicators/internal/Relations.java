package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.internal.LinkedTables.Place;
import io.github.caeimpact.indicators.internal.LinkedTables.Quantity;
import io.github.caeimpact.indicators.internal.LinkedTables.Role;
import io.github.caeimpact.indicators.internal.LinkedTables.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The equations a reader can write between the quantities of a release, each a list of quantities
 * with coefficients summing to zero. Four sources: each published table (total = sum of parts);
 * indicators of one population, whose people counted or missing are the same in each category;
 * two quantities that are the same people (an ESF+ row and an indicator's numerator); and a quantity that is the sum of some cells of another table (the entrants
 * under 30 by gender of one indicator and the gender-by-age cells of another, a territory and its
 * organisations). The last two are found person by person, so no relation of the method needs to
 * be listed by hand, and kept only when a reader can know them from the definitions
 * ({@link ReaderKnowledge}); sums are looked for only for the units marked so ({@link LinkedTables#summed}:
 * overall figures, figures by gender, ESF+ cells), which keeps their number small. Empty quantities are left out of the found relations (an empty cell fits any
 * sum): the tables' own sums cover them.
 */
final class Relations {

    private static final double TOLERANCE = 1e-9;

    /** One equation: the sum of coefficient times quantity is zero. */
    record Relation(int[] quantities, double[] coefficients) {
    }

    private Relations() {
    }

    static List<Relation> of(LinkedTables system) {
        List<Relation> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Table table : system.tables) {
            if (table.total() >= 0) {
                add(found, seen, table.total(), table.parts());
            }
        }
        populations(system, found, seen);
        ReaderKnowledge reader = new ReaderKnowledge(system);
        identities(system, reader, found, seen);
        sums(system, reader, found, seen);
        return List.copyOf(found);
    }

    /**
     * Adds an equation between quantities of the same people a reader can know to be the same: each
     * joins every group of earlier ones it is known to equal, so the equations span what is known
     * without listing every pair.
     */
    private static void identities(LinkedTables system, ReaderKnowledge reader, List<Relation> found, Set<String> seen) {
        Map<String, List<Integer>> samePeople = new HashMap<>();
        int[] group = new int[system.quantities.size()];
        for (int q = 0; q < system.quantities.size(); q++) {
            group[q] = q;
            Quantity quantity = system.quantities.get(q);
            if (quantity.persons.length == 0) {
                continue;
            }
            String key = quantity.isCount() + Arrays.toString(quantity.persons) + (quantity.isCount() ? "" : Arrays.toString(quantity.values));
            List<Integer> earlier = samePeople.computeIfAbsent(key, x -> new ArrayList<>());
            for (int same : earlier) {
                if (root(group, same) != root(group, q) && reader.knowsSame(same, q)) {
                    group[root(group, same)] = root(group, q);
                    add(found, seen, same, new int[] {q});
                }
            }
            earlier.add(q);
        }
    }

    /**
     * Adds, for indicators of one population (the same people counted or missing overall: entrants,
     * respondents to one survey), that each category holds the same people counted or missing in
     * both: a reader knows it from the catalogue's populations, whatever item each one counts.
     * Which of them is counted and which missing differs by item, so the people counted alone are
     * not written equal (see {@link ReaderKnowledge}).
     */
    private static void populations(LinkedTables system, List<Relation> found, Set<String> seen) {
        Map<String, Map<Map<String, String>, Integer>> figures = new LinkedHashMap<>();
        for (int u = 0; u < system.units.size(); u++) {
            Place place = system.units.get(u).place;
            if (place != null && !place.esf() && system.units.get(u).quantity(Role.COUNTED) >= 0
                    && system.units.get(u).quantity(Role.MISSING) >= 0) {
                figures.computeIfAbsent(place.figure(), f -> new LinkedHashMap<>()).putIfAbsent(place.category(), u);
            }
        }
        Map<BitSet, Map<Map<String, String>, Integer>> first = new HashMap<>();
        for (Map<Map<String, String>, Integer> figure : figures.values()) {
            Integer overall = figure.get(Map.of());
            if (overall == null || concerned(system, overall).isEmpty()) {
                continue;
            }
            Map<Map<String, String>, Integer> base = first.putIfAbsent(concerned(system, overall), figure);
            if (base == null) {
                continue;
            }
            for (Map.Entry<Map<String, String>, Integer> cell : figure.entrySet()) {
                Integer other = base.get(cell.getKey());
                if (other != null && concerned(system, other).equals(concerned(system, cell.getValue()))) {
                    int[] quantities = {system.quantityIndex(cell.getValue(), Role.COUNTED),
                        system.quantityIndex(cell.getValue(), Role.MISSING),
                        system.quantityIndex(other, Role.COUNTED), system.quantityIndex(other, Role.MISSING)};
                    if (seen.add(Arrays.toString(quantities))) {
                        found.add(new Relation(quantities, new double[] {1, 1, -1, -1}));
                    }
                }
            }
        }
    }

    /** The people a unit concerns: counted or missing. */
    private static BitSet concerned(LinkedTables system, int unit) {
        BitSet people = (BitSet) system.quantities.get(system.quantityIndex(unit, Role.COUNTED)).members.clone();
        people.or(system.quantities.get(system.quantityIndex(unit, Role.MISSING)).members);
        return people;
    }

    private static int root(int[] group, int q) {
        int at = q;
        while (group[at] != at) {
            group[at] = group[group[at]];
            at = group[at];
        }
        return at;
    }

    private static void sums(LinkedTables system, ReaderKnowledge reader, List<Relation> found, Set<String> seen) {
        int[] block = new int[system.people()];
        for (Table table : system.tables) {
            int[] parts = table.parts();
            if (parts.length < 2) {
                continue;
            }
            Arrays.fill(block, -1);
            boolean count = system.quantities.get(parts[0]).isCount();
            Set<Integer> members = new HashSet<>();
            for (int part : parts) {
                members.add(part);
                for (int person : system.quantities.get(part).persons) {
                    block[person] = part;
                }
            }
            for (int a = 0; a < system.quantities.size(); a++) {
                Quantity candidate = system.quantities.get(a);
                if (!system.units.get(candidate.unit).summed || candidate.persons.length == 0 || candidate.isCount() != count || members.contains(a) || a == table.total()) {
                    continue;
                }
                int[] selected = union(system, candidate, block);
                int[] stated = selected == null ? null : reader.sumParts(a, selected, parts);
                if (stated != null) {
                    add(found, seen, a, stated);
                }
            }
        }
    }

    /** Returns the blocks whose union is the candidate (each inside it, with the same values), or null. */
    private static int[] union(LinkedTables system, Quantity candidate, int[] block) {
        List<Integer> selected = new ArrayList<>();
        for (int person : candidate.persons) {
            int part = block[person];
            if (part < 0) {
                return null;
            }
            if (selected.contains(part)) {
                continue;
            }
            Quantity inner = system.quantities.get(part);
            if (inner.persons.length > candidate.persons.length) {
                return null;
            }
            for (int i = 0; i < inner.persons.length; i++) {
                if (!candidate.members.get(inner.persons[i])
                        || Math.abs(inner.values[i] - candidate.valueOf(inner.persons[i])) > TOLERANCE * Math.max(1, Math.abs(inner.values[i]))) {
                    return null;
                }
            }
            selected.add(part);
        }
        return selected.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void add(List<Relation> found, Set<String> seen, int total, int[] parts) {
        int[] sorted = parts.clone();
        Arrays.sort(sorted);
        String key = total + "=" + Arrays.toString(sorted);
        if (!seen.add(key)) {
            return;
        }
        int[] quantities = new int[parts.length + 1];
        double[] coefficients = new double[parts.length + 1];
        quantities[0] = total;
        coefficients[0] = 1;
        for (int i = 0; i < parts.length; i++) {
            quantities[i + 1] = parts[i];
            coefficients[i + 1] = -1;
        }
        found.add(new Relation(quantities, coefficients));
    }
}
