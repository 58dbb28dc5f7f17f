package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.internal.LinkedTables.Place;
import io.github.caeimpact.indicators.internal.LinkedTables.Quantity;
import io.github.caeimpact.indicators.internal.LinkedTables.Role;
import io.github.caeimpact.model.AgeBand;
import io.github.caeimpact.model.EducationLevel;
import io.github.caeimpact.model.Gender;
import io.github.caeimpact.model.LabourStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which of the relations found person by person ({@link Relations}) a reader of the release can
 * know. The people behind a cell are not published, so two cells that happen to hold the same
 * people (RIG02's one person in one cooperative and ACT02's one entrant of 2023, say) give a reader
 * no equation; the audit would otherwise credit him with the microdata, and refuse releases over
 * coincidences. A relation counts when it follows from what the catalogue and the ESF+ annex say
 * the figures are:
 * <ul>
 *   <li>never the same role of two indicators: the people counted by two items of one survey are
 *       their respondents, different by chance; what two figures of one population share (the
 *       people counted or missing, in each category) is written by {@link Relations} itself;</li>
 *   <li>a numerator and the people of another figure in the values of one participant attribute
 *       (gender, age band, situation or education at entry) that the numerator is defined by: the
 *       numerator's own breakdown by that attribute shows it (all of the people in those values,
 *       none in the others), and both figures hold the same people in each of those values;</li>
 *   <li>an ESF+ row and the numerator its code names (the catalogue's {@code esfCodes}), or the
 *       people of a figure counting every participant in the category the row is
 *       ({@link EsfCounts#CATEGORIES}); ESF+ rows that are categories of one attribute and their union;</li>
 *   <li>never within one figure: its own tables are declared, and what else holds inside it (a share
 *       of 100 %, a numerator made only of women) is chance;</li>
 *   <li>the parts of a sum are all the non-empty cells of their table in the values they cover (a
 *       slice, not a chosen subset of entry years).</li>
 * </ul>
 * Units without a {@link Place} (systems built by hand, differences of nested figures) keep every
 * relation found, and so does a figure the catalogue does not describe, where the rule needs it.
 */
final class ReaderKnowledge {

    /** The participant attributes a numerator can be defined by, with all their values. */
    private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "GENDER", names(Gender.values()), "AGE_BAND", names(AgeBand.values()),
            "ENTRY_SITUATION", names(LabourStatus.values()), "EDUCATION", names(EducationLevel.values()));

    private final LinkedTables system;
    private final Map<Place, Integer> unitAt = new HashMap<>();

    ReaderKnowledge(LinkedTables system) {
        this.system = system;
        for (int u = 0; u < system.units.size(); u++) {
            Place place = system.units.get(u).place;
            if (place != null) {
                unitAt.putIfAbsent(place, u);
            }
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new TreeSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return Set.copyOf(names);
    }

    /**
     * Tells whether a reader can know that two quantities are the same people, in either direction.
     *
     * @param a a quantity
     * @param b another quantity
     * @return true if the identity follows from the definitions
     */
    boolean knowsSame(int a, int b) {
        return knows(a, new int[] {b}, null) || knows(b, new int[] {a}, null);
    }

    /**
     * Tells whether a reader can know that a quantity is the sum of some parts of a table.
     *
     * @param total the quantity
     * @param selected the parts whose sum it is
     * @param table all the parts of their table, or null for an identity
     * @return true if the relation follows from the definitions
     */
    boolean knows(int total, int[] selected, int[] table) {
        return known(total, selected, table) != null;
    }

    /** What a known relation narrows its total to: the parts' box and the values it means; null if not known. */
    private record Known(Map<String, Set<String>> box, Map<String, Set<String>> meaning) {
    }

    /** A relation kept as found, between units without a place. */
    private static final Known UNPLACED = new Known(null, null);

    private Known known(int total, int[] selected, int[] table) {
        Quantity whole = system.quantities.get(total);
        Place place = system.units.get(whole.unit).place;
        if (place == null) {
            return UNPLACED;
        }
        List<Place> places = new ArrayList<>();
        Set<String> partFigures = new HashSet<>();
        Set<Role> partRoles = new HashSet<>();
        for (int part : selected) {
            Quantity quantity = system.quantities.get(part);
            Place at = system.units.get(quantity.unit).place;
            if (at == null) {
                return UNPLACED;
            }
            // A figure's own tables are declared; anything more found inside one figure (its numerator all women) is chance.
            if (at.figure().equals(place.figure()) && at.esf() == place.esf() || !refines(at.category(), place.category())) {
                return null;
            }
            places.add(at);
            // The parts are cells of one indicator, or ESF+ rows (several: a union of categories).
            partFigures.add(at.esf() ? "ESF+" : at.figure());
            partRoles.add(quantity.role);
        }
        Map<String, Set<String>> box = box(place, places);
        if (box == null || partFigures.size() != 1 || partRoles.size() != 1 || table != null && !covers(place, box, selected, table)) {
            return null;
        }
        Role role = partRoles.iterator().next();
        Map<String, Set<String>> meaning = table == null ? box : narrowing(place, box, table);
        boolean partsEsf = places.get(0).esf();
        boolean known;
        if (place.esf()) {
            known = partsEsf ? esfUnion(place, places) : esfRow(place, places.get(0).figure(), role, meaning);
        } else {
            known = partsEsf ? rowsOfNumerator(whole, place, places) : figures(whole, place, places.get(0).figure(), role, meaning);
        }
        return known ? new Known(box, meaning) : null;
    }

    /**
     * Returns the parts of a known sum as a reader writes it: the selected parts and the empty
     * cells of the table that the definition covers too (the sum of an ESF+ row over a breakdown by
     * gender includes the genders with nobody: a reader does not know they are empty).
     *
     * @param total the quantity
     * @param selected the non-empty parts whose sum it is
     * @param table all the parts of their table
     * @return the parts, or null if the reader cannot know the relation
     */
    int[] sumParts(int total, int[] selected, int[] table) {
        Known known = known(total, selected, table);
        if (known == null) {
            return null;
        }
        if (known == UNPLACED) {
            return selected;
        }
        Place place = placeOf(total);
        Set<Integer> parts = new TreeSet<>();
        for (int part : selected) {
            parts.add(part);
        }
        for (int part : table) {
            Place at = placeOf(part);
            if (at != null && refines(at.category(), place.category()) && inBox(at, known.meaning(), null)
                    && at.category().keySet().containsAll(known.box().keySet())) {
                parts.add(part);
            }
        }
        return parts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The values each part adds to the total's category, by attribute; null if the parts differ in their attributes. */
    private static Map<String, Set<String>> box(Place place, List<Place> places) {
        Map<String, Set<String>> box = null;
        for (Place at : places) {
            Map<String, String> extra = new TreeMap<>(at.category());
            extra.keySet().removeAll(place.category().keySet());
            if (box == null) {
                box = new TreeMap<>();
                for (String dimension : extra.keySet()) {
                    box.put(dimension, new TreeSet<>());
                }
            }
            if (!box.keySet().equals(extra.keySet())) {
                return null;
            }
            for (Map.Entry<String, String> value : extra.entrySet()) {
                box.get(value.getKey()).add(value.getValue());
            }
        }
        return box;
    }

    /** Tells whether the selected parts are every non-empty part of the table in the total's category and the box. */
    private boolean covers(Place place, Map<String, Set<String>> box, int[] selected, int[] table) {
        Set<Integer> chosen = new HashSet<>();
        for (int part : selected) {
            chosen.add(part);
        }
        for (int part : table) {
            Place at = placeOf(part);
            if (!chosen.contains(part) && system.quantities.get(part).persons.length > 0 && at != null
                    && refines(at.category(), place.category()) && inBox(at, box, null)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The values the parts narrow the total to: the box less the attributes whose every non-empty
     * value in the table is in it (a sum over all entry years says nothing of the year).
     */
    private Map<String, Set<String>> narrowing(Place place, Map<String, Set<String>> box, int[] table) {
        Map<String, Set<String>> meaning = new TreeMap<>(box);
        for (String dimension : box.keySet()) {
            boolean full = true;
            Set<String> values = new HashSet<>();
            for (int part : table) {
                Place at = placeOf(part);
                if (at == null) {
                    continue;
                }
                values.add(at.category().get(dimension));
                if (system.quantities.get(part).persons.length > 0 && refines(at.category(), place.category())
                        && inBox(at, box, dimension) && !box.get(dimension).contains(at.category().get(dimension))) {
                    full = false;
                }
            }
            // A table of one value (the women's line of gender by age band) does not cover the attribute: it fixes it.
            if (full && values.size() > 1) {
                meaning.remove(dimension);
            }
        }
        return meaning;
    }

    /** Tells whether a place's values lie in the box, on every attribute but one (null: all). */
    private static boolean inBox(Place at, Map<String, Set<String>> box, String except) {
        for (Map.Entry<String, Set<String>> dimension : box.entrySet()) {
            if (!dimension.getKey().equals(except) && !dimension.getValue().contains(at.category().get(dimension.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Relations between two indicators: a numerator and the people of another figure in the values it
     * is defined by. The same role in two figures is never the same people by definition (two items
     * of one survey have different respondents); what two figures of one population share is written
     * by {@link Relations} as people counted or missing.
     */
    private boolean figures(Quantity whole, Place place, String other, Role role, Map<String, Set<String>> meaning) {
        if (whole.role != Role.NUMERATOR || role != Role.COUNTED || meaning.size() != 1) {
            return false;
        }
        String dimension = meaning.keySet().iterator().next();
        Set<String> values = meaning.get(dimension);
        Set<String> all = ATTRIBUTES.get(dimension);
        if (all == null) {
            return false;
        }
        for (String value : all) {
            Map<String, String> category = Map.of(dimension, value);
            Quantity numerator = quantityAt(new Place(place.figure(), false, category), Role.NUMERATOR);
            Quantity counted = quantityAt(new Place(place.figure(), false, category), Role.COUNTED);
            if (values.contains(value)) {
                // The numerator's own breakdown shows what it is (all of those people) and the other figure counts them too.
                // Without that breakdown nothing shows it: the relation found is kept, as the catalogue's words may tell it.
                Quantity theirs = quantityAt(new Place(other, false, category), Role.COUNTED);
                if (numerator != null && counted != null && !samePeople(numerator, counted)
                        || counted != null && theirs != null && !samePeople(counted, theirs)) {
                    return false;
                }
            } else if (numerator != null && numerator.persons.length > 0) {
                return false;
            }
        }
        return true;
    }

    /** An ESF+ cell and an indicator's quantity: the numerator its code names, or every participant in the row's category. */
    private boolean esfRow(Place row, String figure, Role role, Map<String, Set<String>> meaning) {
        Set<String> codes = system.esfCodes.get(figure);
        if (role == Role.NUMERATOR) {
            return meaning.isEmpty() && (codes == null || codes.contains(row.figure()));
        }
        Map<String, Set<String>> category = EsfCounts.CATEGORIES.get(row.figure());
        if (role != Role.COUNTED || category == null || !category.equals(meaning)) {
            return false;
        }
        Quantity everyone = quantityAt(new Place("EECO01", true, Map.of()), Role.COUNTED);
        Quantity counted = quantityAt(new Place(figure, false, Map.of()), Role.COUNTED);
        return everyone == null || counted == null || samePeople(everyone, counted);
    }

    /** ESF+ rows that are categories of one attribute and the row of their union (EECO01 for all its values). */
    private static boolean esfUnion(Place row, List<Place> parts) {
        Map<String, Set<String>> whole = EsfCounts.CATEGORIES.get(row.figure());
        if (whole == null) {
            return false;
        }
        String dimension = null;
        Set<String> union = new TreeSet<>();
        for (Place part : parts) {
            Map<String, Set<String>> category = EsfCounts.CATEGORIES.get(part.figure());
            if (category == null || category.size() != 1 || dimension != null && !category.containsKey(dimension)) {
                return false;
            }
            dimension = category.keySet().iterator().next();
            union.addAll(category.get(dimension));
        }
        Set<String> expected = whole.isEmpty() ? ATTRIBUTES.get(dimension) : whole.get(dimension);
        return expected != null && whole.size() <= 1 && expected.equals(union);
    }

    /** An indicator's numerator and the ESF+ rows its codes name, every other row of its codes being empty in that column. */
    private boolean rowsOfNumerator(Quantity whole, Place place, List<Place> rows) {
        Set<String> codes = system.esfCodes.get(place.figure());
        if (whole.role != Role.NUMERATOR || codes == null) {
            return whole.role == Role.NUMERATOR;
        }
        Set<String> named = new HashSet<>();
        for (Place row : rows) {
            named.add(row.figure());
            if (!row.category().equals(place.category())) {
                return false;
            }
        }
        if (!codes.containsAll(named)) {
            return false;
        }
        for (String code : codes) {
            Quantity other = named.contains(code) ? null : quantityAt(new Place(code, true, place.category()), Role.COUNTED);
            if (other != null && other.persons.length > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean refines(Map<String, String> part, Map<String, String> total) {
        for (Map.Entry<String, String> dimension : total.entrySet()) {
            if (!dimension.getValue().equals(part.get(dimension.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePeople(Quantity a, Quantity b) {
        return Arrays.equals(a.persons, b.persons);
    }

    private Place placeOf(int quantity) {
        return system.units.get(system.quantities.get(quantity).unit).place;
    }

    private Quantity quantityAt(Place place, Role role) {
        Integer unit = unitAt.get(place);
        int q = unit == null ? -1 : system.units.get(unit).quantity(role);
        return q < 0 ? null : system.quantities.get(q);
    }
}
