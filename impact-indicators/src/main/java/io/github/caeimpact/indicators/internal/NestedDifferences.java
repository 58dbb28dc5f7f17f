package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.internal.LinkedTables.Quantity;
import io.github.caeimpact.indicators.internal.LinkedTables.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The differences of nested figures: two quantities of a release where one's people (with the
 * same values, for sums) are all among the other's, and fewer than k people are left over. A
 * reader who knows the two populations are nested reads the few left over by subtraction, in one
 * release, without any masked cell. Where the difference bears an attribute (two sums of money, or
 * two numerators of one indicator), it is added to the system as a masked unit of its own, never
 * published, with its relation (larger = smaller + difference): the line rule and the audit then
 * protect it like any cell under k. Differences between counts of people of different indicators
 * (who has data for one and not another; mostly populations, even as numerators) are only
 * counted, for the statement.
 */
final class NestedDifferences {

    private static final double TOLERANCE = 1e-9;

    private NestedDifferences() {
    }

    /** One nested pair: the larger quantity, the smaller, and the people left over in increasing order. */
    record Pair(int larger, int smaller, int[] persons) {
    }

    /**
     * Adds a masked unit, and its relation, for each nested pair whose difference bears an attribute.
     *
     * @param system the system, before its masks are chosen
     * @param k the threshold
     * @return the number of units added (appended after the system's own), one per set of people left over
     */
    static int addAttributeDifferences(LinkedTables system, int k) {
        List<Pair> pairs = pairs(system, k, null, true);
        // One unit per set of people left over: many pairs of figures leave the same few.
        Map<String, Integer> unitOf = new HashMap<>();
        for (Pair pair : pairs) {
            Quantity larger = system.quantities.get(pair.larger());
            Quantity smaller = system.quantities.get(pair.smaller());
            double[] values = new double[pair.persons().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = larger.valueOf(pair.persons()[i]);
            }
            String key = larger.isCount() + Arrays.toString(pair.persons()) + (larger.isCount() ? "" : Arrays.toString(values));
            Integer unit = unitOf.get(key);
            if (unit == null) {
                unit = system.unit("difference of " + system.units.get(larger.unit).label + " " + larger.role + " and "
                        + system.units.get(smaller.unit).label + " " + smaller.role, -1);
                system.units.get(unit).difference = true;
                double[] ones = new double[pair.persons().length];
                Arrays.fill(ones, 1);
                system.quantity(unit, Role.COUNTED, pair.persons(), ones);
                if (!larger.isCount()) {
                    system.quantity(unit, Role.MAGNITUDE, pair.persons(), values);
                }
                unitOf.put(key, unit);
            }
            int part = system.units.get(unit).quantity(larger.isCount() ? Role.COUNTED : Role.MAGNITUDE);
            system.table(pair.larger(), List.of(pair.smaller(), part));
        }
        return unitOf.size();
    }

    /**
     * Counts the nested pairs of shown counts of people not protected as attributes (populations,
     * numerators of different indicators) left fewer than k apart.
     *
     * @param system the system
     * @param shown whether each unit is shown
     * @param k the threshold
     * @return the number of such pairs
     */
    static int populationDifferences(LinkedTables system, boolean[] shown, int k) {
        return pairs(system, k, shown, false).size();
    }

    /**
     * Finds the nested pairs left fewer than k apart: those bearing an attribute, or the others;
     * among shown units only when
     * {@code shown} is given. Quantities are compared in order of size, each with those at most
     * k - 1 people larger.
     */
    private static List<Pair> pairs(LinkedTables system, int k, boolean[] shown, boolean attributes) {
        List<Integer> order = new ArrayList<>();
        for (int q = 0; q < system.quantities.size(); q++) {
            Quantity quantity = system.quantities.get(q);
            if (quantity.persons.length > 0 && !system.units.get(quantity.unit).difference
                    && (shown == null ? publishable(system, quantity.unit, k) : shown[quantity.unit])) {
                order.add(q);
            }
        }
        order.sort(Comparator.comparingInt((Integer q) -> system.quantities.get(q).persons.length).thenComparingInt(q -> q));
        List<Pair> found = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Quantity small = system.quantities.get(order.get(i));
            for (int j = i + 1; j < order.size(); j++) {
                Quantity large = system.quantities.get(order.get(j));
                int left = large.persons.length - small.persons.length;
                if (left >= k) {
                    break;
                }
                if (left == 0 || large.unit == small.unit || large.isCount() != small.isCount()
                        || bearsAttribute(system, small, large) != attributes || !nested(small, large)) {
                    continue;
                }
                found.add(new Pair(order.get(j), order.get(i), leftOver(small, large)));
            }
        }
        return found;
    }

    /** Tells whether the threshold rules let a unit be shown: a unit they mask is no side of a difference. */
    private static boolean publishable(LinkedTables system, int unit, int k) {
        long counted = system.counted(unit);
        int numerator = system.units.get(unit).quantity(Role.NUMERATOR);
        long with = numerator < 0 ? k : Math.round(system.quantities.get(numerator).total);
        return counted >= k && with >= k && (numerator < 0 || counted - with >= k);
    }

    /**
     * Tells whether a difference reveals what the few people have rather than who is counted: two
     * sums of money, or two numerators of one indicator (such as its figure for women and for the
     * entrants of one year). Numerators of different indicators are mostly populations (entrants
     * aged 55 or more, minimum-income recipients): their differences are counted with the
     * populations.
     */
    private static boolean bearsAttribute(LinkedTables system, Quantity a, Quantity b) {
        return !a.isCount() || a.role == Role.NUMERATOR && b.role == Role.NUMERATOR
                && indicator(system.units.get(a.unit).label).equals(indicator(system.units.get(b.unit).label));
    }

    /** The indicator of a unit, the first part of its label ({@code PUB11|GENDER|WOMAN}). */
    private static String indicator(String label) {
        int bar = label.indexOf('|');
        return bar < 0 ? label : label.substring(0, bar);
    }

    private static boolean nested(Quantity small, Quantity large) {
        for (int i = 0; i < small.persons.length; i++) {
            int person = small.persons[i];
            if (!large.members.get(person)
                    || Math.abs(large.valueOf(person) - small.values[i]) > TOLERANCE * Math.max(1, Math.abs(small.values[i]))) {
                return false;
            }
        }
        return true;
    }

    private static int[] leftOver(Quantity small, Quantity large) {
        return Arrays.stream(large.persons).filter(p -> !small.members.get(p)).toArray();
    }
}
