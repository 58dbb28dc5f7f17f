package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.indicators.disclosure.DominanceRule;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a release publishes about people, as one system of linked tables: units (a cell that
 * is shown or masked as a whole, such as one indicator's figure for women) hold quantities (people
 * counted, missing, with the attribute; a sum of money), each known person by person, so that every
 * relation between published figures can be written down: the tables' own sums, and the relations
 * found between quantities of different tables ({@link Relations}). {@link #protect} then chooses
 * the masks of the whole release at once ({@link Suppression}).
 */
public final class LinkedTables {

    /** What a quantity of a unit counts. */
    public enum Role {
        /** The people the figure is computed on. */
        COUNTED,
        /** The people concerned but not counted (no answer, field not recorded). */
        MISSING,
        /** The people counted who have the attribute a share counts. */
        NUMERATOR,
        /** A sum (of money, days, points) over the people counted. */
        MAGNITUDE
    }

    /** One quantity: its unit, role and each person's contribution. */
    static final class Quantity {
        final int unit;
        final Role role;
        final int[] persons;
        final double[] values;
        final BitSet members = new BitSet();
        final double total;
        final boolean nonNegative;

        Quantity(int unit, Role role, int[] persons, double[] values) {
            this.unit = unit;
            this.role = role;
            this.persons = persons;
            this.values = values;
            double sum = 0;
            boolean positive = true;
            for (int i = 0; i < persons.length; i++) {
                members.set(persons[i]);
                sum += values[i];
                positive &= values[i] >= 0;
            }
            this.total = sum;
            this.nonNegative = role != Role.MAGNITUDE || positive;
        }

        boolean isCount() {
            return role != Role.MAGNITUDE;
        }

        double valueOf(int person) {
            int at = java.util.Arrays.binarySearch(persons, person);
            return at < 0 ? 0 : values[at];
        }
    }

    /**
     * Where a published unit sits, as its reader sees it: the figure it belongs to and its category.
     * {@link ReaderKnowledge} uses it to keep the relations a reader can know from the definitions
     * (a numerator and the people of the values it is defined by, an ESF+ row and the numerator it
     * counts) and to leave out those that hold only by chance in the data.
     *
     * @param figure the indicator id, or the ESF+ row code
     * @param esf true for a cell of the ESF+ table
     * @param category each dimension (a breakdown kind's name; GENDER and AGE_BAND for the combined
     *     breakdown, GENDER for an ESF+ column) to its value; empty for an overall figure or an ESF+ row's total
     */
    public record Place(String figure, boolean esf, Map<String, String> category) {

        /**
         * Checks and copies the parts.
         *
         * @param figure the indicator id or ESF+ row code
         * @param esf true for an ESF+ cell
         * @param category dimension to value
         * @throws NullPointerException if figure or category is null
         */
        public Place {
            Objects.requireNonNull(figure, "figure");
            category = Map.copyOf(Objects.requireNonNull(category, "category"));
        }

        /**
         * Returns the place of the same figure in a coarser category.
         *
         * @param coarser the category
         * @return the place with that category
         */
        Place in(Map<String, String> coarser) {
            return new Place(figure, esf, coarser);
        }
    }

    /** One unit: a label for messages, its group (what is withheld with it), its quantities by role. */
    static final class Unit {
        final String label;
        final int group;
        /** Where the reader sees it, or null for a unit of a system built without places (every relation found then counts). */
        Place place;
        final int[] byRole = {-1, -1, -1, -1};
        boolean summed;
        boolean headline;
        /** A difference of nested figures ({@link NestedDifferences}): masked, never published. */
        boolean difference;

        Unit(String label, int group) {
            this.label = label;
            this.group = group;
        }

        int quantity(Role role) {
            return byRole[role.ordinal()];
        }
    }

    /** A table: the total (or -1 when it is not published) is the sum of the parts. */
    record Table(int total, int[] parts) {
    }

    private final int people;
    private boolean protectedOnce;
    final List<Unit> units = new ArrayList<>();
    final List<Quantity> quantities = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();

    /**
     * Starts an empty system.
     *
     * @param people the number of people of the release, numbered 0 to people - 1
     */
    public LinkedTables(int people) {
        this.people = people;
    }

    int people() {
        return people;
    }

    /**
     * Adds a unit.
     *
     * @param label how messages name it (never with its values)
     * @param group the units withheld together when the audit cannot protect one of them (a breakdown), or -1 if it cannot be withheld
     * @return the unit's index
     */
    public int unit(String label, int group) {
        units.add(new Unit(Objects.requireNonNull(label, "label"), group));
        return units.size() - 1;
    }

    /**
     * Says which ESF+ rows the catalogue gives as a figure's numerator: {@link ReaderKnowledge}
     * credits the equality of the numerator and those rows only.
     *
     * @param figure the indicator id
     * @param codes the ESF+ rows the figure's numerator counts (the catalogue's {@code esfCodes})
     */
    public void describe(String figure, Collection<String> codes) {
        esfCodes.put(Objects.requireNonNull(figure, "figure"), Set.copyOf(Objects.requireNonNull(codes, "codes")));
    }

    /** The ESF+ rows of each described figure's numerator (see {@link #describe}). */
    final Map<String, Set<String>> esfCodes = new HashMap<>();

    /**
     * Adds a unit that a reader sees at a place: relations found between it and other placed units
     * count only when a reader can know them from the definitions ({@link ReaderKnowledge}).
     *
     * @param label how messages name it (never with its values)
     * @param group the units withheld together (a breakdown), or -1 if it cannot be withheld
     * @param place its figure and category
     * @return the unit's index
     */
    public int unit(String label, int group, Place place) {
        int unit = unit(label, group);
        units.get(unit).place = Objects.requireNonNull(place, "place");
        return unit;
    }

    /**
     * Adds a quantity to a unit.
     *
     * @param unit the unit
     * @param role what it counts; one quantity per role and unit
     * @param persons the people contributing, in increasing order
     * @param values each one's contribution (1 for a count)
     * @return the quantity's index
     * @throws IllegalArgumentException if the unit already has a quantity of this role or the arrays differ in length
     */
    public int quantity(int unit, Role role, int[] persons, double[] values) {
        Unit owner = units.get(unit);
        if (owner.quantity(role) >= 0 || persons.length != values.length) {
            throw new IllegalArgumentException(owner.label + ": a second " + role + " or unmatched contributions");
        }
        quantities.add(new Quantity(unit, role, persons.clone(), values.clone()));
        owner.byRole[role.ordinal()] = quantities.size() - 1;
        return quantities.size() - 1;
    }

    /**
     * Declares a published table: the total is the sum of the parts (the cells of a breakdown and
     * the overall figure, a territory and its organisations, an ESF+ row and its genders).
     *
     * @param total the total quantity, or -1 when the total is not published itself
     * @param parts the parts, disjoint, of the same role family as the total
     */
    public void table(int total, List<Integer> parts) {
        int[] members = parts.stream().mapToInt(Integer::intValue).toArray();
        double sum = 0;
        for (int part : members) {
            sum += quantities.get(part).total;
        }
        // A total that is not the sum of its parts (parts not exhaustive) is no equation: keep the parts as a family only.
        boolean exact = total >= 0 && Math.abs(quantities.get(total).total - sum) <= 1e-9 * Math.max(1, Math.abs(sum));
        tables.add(new Table(exact ? total : -1, members));
    }

    /**
     * Returns a unit's quantity of a role.
     *
     * @param unit the unit
     * @param role the role
     * @return the quantity's index
     * @throws IllegalArgumentException if the unit has no quantity of that role
     */
    public int quantityIndex(int unit, Role role) {
        int q = units.get(unit).quantity(role);
        if (q < 0) {
            throw new IllegalArgumentException(units.get(unit).label + " has no " + role);
        }
        return q;
    }

    /**
     * Marks a unit whose quantities may be the sum of some cells of another table (an indicator's
     * overall figure or figure by gender, an ESF+ cell): {@link Relations} looks for such sums for
     * these units only.
     *
     * @param unit the unit
     */
    public void summed(int unit) {
        units.get(unit).summed = true;
    }

    /**
     * Marks a unit as a headline figure (an indicator's overall figure): it is never chosen as a
     * complementary cell, the breakdown of the cell it would protect is withheld instead, since a
     * report without its headline figures is of no use to its readers.
     *
     * @param unit the unit
     */
    public void headline(int unit) {
        units.get(unit).headline = true;
    }

    /**
     * Returns the number of people a unit counts.
     *
     * @param unit the unit
     * @return its counted quantity's total
     */
    public long counted(int unit) {
        return Math.round(quantities.get(units.get(unit).quantity(Role.COUNTED)).total);
    }

    /**
     * Masks the release: primary rules, then complementary suppression audited by linear programming.
     * The differences of nested figures that bear an attribute are added first as masked units of
     * their own ({@link NestedDifferences}); a system is masked once.
     *
     * @param control the threshold k
     * @param dominance the p % rule
     * @return each unit's mask reason (null when shown) and what was done
     * @throws io.github.caeimpact.indicators.disclosure.ReleaseRefusedException if a unit that cannot be withheld cannot be protected
     * @throws IllegalStateException if the system was masked already
     */
    public Suppression.Outcome protect(DisclosureControl control, DominanceRule dominance) {
        if (protectedOnce) {
            throw new IllegalStateException("the linked tables were masked already");
        }
        protectedOnce = true;
        int published = units.size();
        int differences = NestedDifferences.addAttributeDifferences(this, control.k());
        return new Suppression(this, control, dominance).run(published, differences);
    }
}
