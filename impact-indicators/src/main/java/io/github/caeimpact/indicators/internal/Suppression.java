package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.indicators.disclosure.DominanceRule;
import io.github.caeimpact.indicators.disclosure.LinearAudit;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import io.github.caeimpact.indicators.disclosure.ReleaseRefusedException;
import io.github.caeimpact.indicators.internal.LinkedTables.Quantity;
import io.github.caeimpact.indicators.internal.LinkedTables.Role;
import io.github.caeimpact.indicators.internal.LinkedTables.Unit;
import io.github.caeimpact.indicators.internal.Relations.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The masks of a release: primary suppression by the threshold, numerator, complement and
 * dominance rules; the line rule; then rounds of audit and complementary suppression. The line rule
 * gives every relation holding a sensitive quantity a second masked one (or masked people adding up
 * to k); relations that only say two tables count the same people are left to the audit, which
 * makes them one unknown. Each audit round builds the linear program of all published relations
 * ({@link Relations}, with what each mask reason tells) and checks every primary cell against its
 * protection interval: a count sensitive under k must keep an interval at least
 * {@link DisclosureControl#protectionWidth()} wide; a magnitude must keep the p % rule's protection
 * on both sides ({@link DominanceRule}). Each program is the whole group of unknowns the
 * relations link, solved exactly ({@link LinearAudit}), so a cell narrowed only by a long chain of
 * relations is caught.
 * For a cell that fails, the shown unit nearest to it in the relations (fewest people first, never
 * an indicator's overall figure) is masked as complementary, at most {@link #PARTNERS} times; then,
 * or when no shown unit is linked to it, its group (the breakdown) is withheld. A withheld cell is
 * audited again under its primary reason (the reader does not see it, but may derive it from other
 * tables) and protected by hiding more, or the release is refused ({@link #protectWithheld}). A
 * count the definitions alone fix (100 % or 0 % by definition) is not protected ({@link #structural}).
 * A difference of nested figures ({@link NestedDifferences}) is audited like a cell below k; when it
 * fails after its complementary cells, the breakdowns of the figures it is the difference of are
 * withheld, then their shown copies masked, then the nearest shown unit, then the nearest overall
 * figure, then more is hidden as for a withheld cell. Deterministic: units are visited in index order.
 */
public final class Suppression {

    private static final double TOLERANCE = 1e-6;

    /**
     * The masks chosen and what was done.
     *
     * @param reasons each published unit's mask reason, null when shown
     * @param relations the number of published relations the audit used
     * @param rounds the number of audit rounds
     * @param audited the number of primary cells audited in the last round, all within their protection interval
     * @param differences the differences of nested figures bearing an attribute, protected as cells ({@link NestedDifferences})
     * @param populationDifferences the pairs of shown counts of people not protected as attributes (populations, numerators of
     *     different indicators), nested and fewer than k people apart
     */
    public record Outcome(List<MaskReason> reasons, int relations, int rounds, int audited, int differences,
            int populationDifferences) {

        /**
         * Counts the units masked for each reason.
         *
         * @return reason to count, in reason order, reasons with no unit left out
         */
        public Map<MaskReason, Integer> counts() {
            Map<MaskReason, Integer> counts = new EnumMap<>(MaskReason.class);
            reasons.stream().filter(r -> r != null).forEach(r -> counts.merge(r, 1, Integer::sum));
            return counts;
        }
    }

    private final LinkedTables system;
    private final int k;
    private final int width;
    private final DominanceRule dominance;
    private final MaskReason[] reasons;
    /** Each unit's primary reason, kept when its breakdown is withheld, so that the audit still checks it. */
    private final MaskReason[] primaryReasons;
    private List<Relation> relations;
    private final Map<Integer, List<Integer>> relationsOf = new HashMap<>();
    private final Set<Integer> passed = new HashSet<>();
    private final Map<Integer, Integer> failures = new HashMap<>();
    private final Map<Integer, Integer> withheldFailures = new HashMap<>();

    /** The complementary cells chosen for one failing cell before its breakdown is withheld instead. */
    static final int PARTNERS = 2;

    Suppression(LinkedTables system, DisclosureControl control, DominanceRule dominance) {
        this.system = system;
        this.k = control.k();
        this.width = control.protectionWidth();
        this.dominance = dominance;
        this.reasons = new MaskReason[system.units.size()];
        this.primaryReasons = new MaskReason[reasons.length];
    }

    Outcome run(int published, int differences) {
        for (int u = 0; u < reasons.length; u++) {
            reasons[u] = primary(system.units.get(u));
            primaryReasons[u] = reasons[u];
        }
        relations = Relations.of(system);
        for (int r = 0; r < relations.size(); r++) {
            for (int q : relations.get(r).quantities()) {
                relationsOf.computeIfAbsent(q, x -> new ArrayList<>()).add(r);
            }
        }
        lines();
        if (refusal != null) {
            throw new ReleaseRefusedException(refusal);
        }
        int rounds = 0;
        while (true) {
            rounds++;
            List<Integer> failing = new ArrayList<>();
            int audited = audit(failing);
            if (failing.isEmpty()) {
                boolean[] shown = new boolean[reasons.length];
                for (int u = 0; u < shown.length; u++) {
                    shown[u] = reasons[u] == null;
                }
                return new Outcome(Arrays.asList(Arrays.copyOf(reasons, published)), relations.size(), rounds, audited,
                        differences, NestedDifferences.populationDifferences(system, shown, k));
            }
            MaskReason[] before = reasons.clone();
            for (int unit : failing) {
                if (reasons[unit] == MaskReason.AUDIT) {
                    protectWithheld(unit);
                    continue;
                }
                // A cell one complementary mask did not protect is rarely saved by more far away ones: its breakdown goes.
                int partner = failures.merge(unit, 1, Integer::sum) > PARTNERS ? -1 : nearestShown(unit);
                if (partner >= 0) {
                    reasons[partner] = MaskReason.COMPLEMENTARY;
                } else {
                    withhold(unit);
                }
            }
            // What was hidden for the other failing cells of the round may protect a cell with nothing left to hide
            // around it: the release is refused only when a whole round hid nothing more.
            if (Arrays.equals(before, reasons)) {
                throw new ReleaseRefusedException(refusal != null ? refusal
                        : "the release is refused: " + system.units.get(failing.get(0)).label + " cannot be kept within its protection interval");
            }
            refusal = null;
        }
    }

    /** Why the release would be refused, when a cell of this round has nothing left to hide around it. */
    private String refusal;

    private void refuse(String message) {
        if (refusal == null) {
            refusal = message;
        }
    }

    /**
     * The line rule over every relation, a fast first pattern before the audit: no relation may
     * hold exactly one masked quantity (it would be its sum's difference), nor masked counts adding
     * up to fewer than k people; the relation's shown unit of fewest people
     * joins the mask. Repeated until no relation needs more.
     */
    private void lines() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relation relation : relations) {
                if (identity(relation)) {
                    // Two tables publishing the same people: the audit makes them one unknown, known when either is shown.
                    continue;
                }
                int hidden = 0;
                int sensitive = 0;
                double hiddenPeople = 0;
                boolean count = false;
                int partner = -1;
                for (int q : relation.quantities()) {
                    int unit = system.quantities.get(q).unit;
                    count = system.quantities.get(q).isCount();
                    if (reasons[unit] == null) {
                        partner = partner(partner, unit);
                    } else if (guarded(q)) {
                        hidden++;
                        hiddenPeople += Math.abs(system.quantities.get(q).total);
                        sensitive += reasons[unit].isPrimary() ? 1 : 0;
                    }
                }
                // Only a relation holding a sensitive quantity needs a partner: a complementary cell derived from the
                // others reveals nobody by itself, and the audit checks what it protects.
                if (sensitive > 0 && (hidden == 1 || hidden > 1 && count && hiddenPeople < k)) {
                    if (partner >= 0) {
                        reasons[partner] = MaskReason.COMPLEMENTARY;
                        changed = true;
                    } else {
                        changed |= withholdHidden(relation);
                    }
                }
            }
        }
    }

    /**
     * Tells whether the line rule must keep a masked quantity from being derived: the sensitive
     * quantity of a primary cell (the people counted below k, a numerator below k, both parts of a
     * complement below k, a dominated sum) and every quantity of a complementary or withheld cell.
     * The other quantities of a primary cell (the people counted, k or more, of a share masked for
     * its numerator) may be derived: the audit still bounds the sensitive one.
     */
    private boolean guarded(int quantity) {
        Quantity q = system.quantities.get(quantity);
        MaskReason reason = reasons[q.unit];
        return switch (reason) {
            case NUMERATOR_BELOW_THRESHOLD -> q.role == Role.NUMERATOR;
            case COMPLEMENT_BELOW_THRESHOLD -> q.role == Role.NUMERATOR || q.role == Role.COUNTED;
            case DOMINANCE -> q.role == Role.MAGNITUDE;
            default -> true;
        };
    }

    private MaskReason primary(Unit unit) {
        double counted = value(unit, Role.COUNTED);
        if (counted < k) {
            return MaskReason.BELOW_THRESHOLD;
        }
        if (unit.quantity(Role.NUMERATOR) >= 0) {
            double numerator = value(unit, Role.NUMERATOR);
            if (numerator < k) {
                return MaskReason.NUMERATOR_BELOW_THRESHOLD;
            }
            if (counted - numerator < k) {
                return MaskReason.COMPLEMENT_BELOW_THRESHOLD;
            }
        }
        int magnitude = unit.quantity(Role.MAGNITUDE);
        if (magnitude >= 0 && dominance.isSensitive(system.quantities.get(magnitude).values)) {
            return MaskReason.DOMINANCE;
        }
        return null;
    }

    private double value(Unit unit, Role role) {
        int q = unit.quantity(role);
        return q < 0 ? 0 : system.quantities.get(q).total;
    }

    private boolean hidden(int quantity) {
        return reasons[system.quantities.get(quantity).unit] != null;
    }

    /**
     * Audits every primary unit; adds the failing ones to the list; returns the number audited.
     * Quantities a relation says are the same people (two tables publishing one count) become one
     * unknown, or a known value when one of them is shown; the other relations and what the mask
     * reasons tell become the constraints.
     */
    private int audit(List<Integer> failing) {
        int[] same = sameAs();
        LinearAudit.Builder builder = LinearAudit.builder();
        Map<Integer, Integer> classVariable = new HashMap<>();
        Map<Integer, Integer> variable = new HashMap<>();
        for (int q = 0; q < system.quantities.size(); q++) {
            if (hidden(q) && !hidden(known[same[q]])) {
                continue;
            }
            if (hidden(q)) {
                int root = same[q];
                Integer v = classVariable.get(root);
                if (v == null) {
                    Quantity quantity = system.quantities.get(q);
                    // The true value lets the audit catch a wrong optimum of the simplex (see LinearAudit).
                    v = builder.variable(quantity.nonNegative ? 0 : Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, quantity.total);
                    classVariable.put(root, v);
                }
                variable.put(q, v);
            }
        }
        Set<String> written = new HashSet<>();
        for (Relation relation : relations) {
            Map<Integer, Double> terms = new java.util.TreeMap<>();
            double constant = 0;
            for (int i = 0; i < relation.quantities().length; i++) {
                int q = relation.quantities()[i];
                Integer v = variable.get(q);
                if (v != null) {
                    terms.merge(v, relation.coefficients()[i], Double::sum);
                } else {
                    constant -= relation.coefficients()[i] * system.quantities.get(q).total;
                }
            }
            terms.values().removeIf(c -> c == 0);
            if (!terms.isEmpty() && written.add(terms + "=" + constant)) {
                builder.equal(terms, constant);
            }
        }
        for (int u = 0; u < reasons.length; u++) {
            // A difference of nested figures is never published: its reason tells the reader nothing.
            if (reasons[u] != null && !system.units.get(u).difference) {
                knowledge(builder, variable, system.units.get(u), reasons[u]);
            }
        }
        LinearAudit audit = builder.build();
        int audited = 0;
        for (int u = 0; u < reasons.length; u++) {
            MaskReason sensitive = sensitiveReason(u);
            // Empty cells (nobody in the category) are left to the line rule: auditing each by a program is too slow.
            if (sensitive != null && system.counted(u) > 0) {
                audited += system.units.get(u).difference ? 0 : 1;
                // Masking more only widens the others' intervals: a unit found protected stays protected.
                if (passed.contains(u)) {
                    continue;
                }
                if (protectedEnough(audit, variable, system.units.get(u), sensitive) || structural(system.units.get(u), sensitive)) {
                    passed.add(u);
                } else {
                    failing.add(u);
                }
            }
        }
        return audited;
    }

    /** The program of the definitions alone (every quantity unknown, no mask reason told), built when first needed. */
    private LinearAudit definitions;
    private Map<Integer, Integer> definitionVariable;

    /**
     * Tells whether the definitions alone fix a unit's sensitive count, whatever the data: a share
     * broken down by the attribute that defines it (entrants with tertiary education among those
     * with tertiary education: 100 %, or 0 % among the others). Such a count tells nothing about the
     * people in it, so no mask can or need protect it. With nothing published, the relations are
     * homogeneous, every count is at least 0 and every numerator at most its people counted, so a
     * count is either fixed at 0 or unbounded.
     */
    private boolean structural(Unit unit, MaskReason reason) {
        if (reason != MaskReason.NUMERATOR_BELOW_THRESHOLD && reason != MaskReason.COMPLEMENT_BELOW_THRESHOLD) {
            return false;
        }
        if (definitions == null) {
            int[] same = sameAs();
            LinearAudit.Builder builder = LinearAudit.builder();
            definitionVariable = new HashMap<>();
            Map<Integer, Integer> classVariable = new HashMap<>();
            for (int q = 0; q < system.quantities.size(); q++) {
                Quantity quantity = system.quantities.get(q);
                definitionVariable.put(q, classVariable.computeIfAbsent(same[q], root -> builder.variable(
                        quantity.nonNegative ? 0 : Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, quantity.total)));
            }
            Set<String> written = new HashSet<>();
            for (Relation relation : relations) {
                Linear terms = linear(definitionVariable, relation.coefficients(), relation.quantities());
                if (!terms.terms().isEmpty() && written.add(terms.terms().toString())) {
                    builder.equal(terms.terms(), 0);
                }
            }
            // A numerator counts some of the people counted, whatever the data.
            for (Unit owner : system.units) {
                if (owner.quantity(Role.NUMERATOR) >= 0) {
                    atMost(builder, definitionVariable, 0, new double[] {1, -1}, owner.quantity(Role.NUMERATOR), owner.quantity(Role.COUNTED));
                }
            }
            definitions = builder.build();
        }
        Linear count = reason == MaskReason.NUMERATOR_BELOW_THRESHOLD
                ? linear(definitionVariable, new double[] {1}, unit.quantity(Role.NUMERATOR))
                : linear(definitionVariable, new double[] {1, -1}, unit.quantity(Role.COUNTED), unit.quantity(Role.NUMERATOR));
        return !wideEnough(definitions, count);
    }

    /** Tells whether a count keeps an interval at least the protection width wide. */
    private boolean wideEnough(LinearAudit audit, Linear expression) {
        double needed = width - TOLERANCE;
        return expression.terms().isEmpty() ? needed <= 0 : audit.hasWidth(expression.terms(), needed);
    }

    /**
     * Returns the primary reason a unit is sensitive for: its mask reason, or, for a cell of a
     * withheld breakdown, the primary reason it had before (a reader learns nothing from the
     * withholding, but may still derive the cell from other tables); null for a unit that reveals
     * nobody by itself.
     */
    private MaskReason sensitiveReason(int unit) {
        MaskReason reason = reasons[unit] == MaskReason.AUDIT ? primaryReasons[unit] : reasons[unit];
        return reason != null && reason.isPrimary() ? reason : null;
    }

    /**
     * Protects a cell of a withheld breakdown that other tables still narrow: masks the nearest
     * shown cell (at most {@link #PARTNERS} times), then hides more ({@link #hideMore}); when
     * nothing is left to hide, the refusal waits for the end of the round ({@link #refuse}).
     */
    private void protectWithheld(int unit) {
        int partner = withheldFailures.merge(unit, 1, Integer::sum) > PARTNERS ? -1 : nearestShown(unit);
        if (partner >= 0) {
            reasons[partner] = MaskReason.COMPLEMENTARY;
        } else if (!hideMore(unit)) {
            refuse("the release is refused: " + system.units.get(unit).label + " cannot be kept within its protection interval");
        }
    }

    /**
     * Hides one more thing that narrows a masked unit when no shown cell near it is left to mask:
     * the reason of the nearest masked cell whose reason bounds it (below k, at least k), by
     * withholding its breakdown; then the nearest shown overall figure (its breakdowns withheld with
     * it); then the reason of the nearest masked overall figure. What a reason tells is part of what
     * the reader knows, so a withheld figure (reason AUDIT) tells less.
     *
     * @return false if nothing linked to the unit is shown or tells a bound
     */
    private boolean hideMore(int unit) {
        int telling = nearest(unit, u -> tellsBound(u) && !system.units.get(u).headline);
        if (telling < 0) {
            int headline = nearestShown(unit, true);
            if (headline >= 0) {
                maskHeadline(headline);
                return true;
            }
            telling = nearest(unit, this::tellsBound);
        }
        if (telling < 0) {
            return false;
        }
        withhold(telling);
        return true;
    }

    /** Tells whether a unit is masked for a reason that bounds it and can be withheld instead. */
    private boolean tellsBound(int unit) {
        Unit owner = system.units.get(unit);
        return reasons[unit] != null && reasons[unit] != MaskReason.AUDIT && !owner.difference && owner.group >= 0;
    }

    private int[] known;

    /**
     * Returns, for each quantity, the representative of the quantities a relation makes equal to it,
     * and sets {@link #known} to a shown member of each class (or the representative when none is shown).
     */
    private int[] sameAs() {
        int n = system.quantities.size();
        int[] parent = new int[n];
        for (int q = 0; q < n; q++) {
            parent[q] = q;
        }
        for (Relation relation : relations) {
            if (identity(relation)) {
                parent[root(parent, relation.quantities()[0])] = root(parent, relation.quantities()[1]);
            }
        }
        known = new int[n];
        for (int q = 0; q < n; q++) {
            known[q] = -1;
        }
        int[] roots = new int[n];
        for (int q = 0; q < n; q++) {
            roots[q] = root(parent, q);
            if (!hidden(q) && known[roots[q]] < 0) {
                known[roots[q]] = q;
            }
        }
        for (int q = 0; q < n; q++) {
            if (known[q] < 0) {
                known[q] = q;
            }
        }
        return roots;
    }

    private static int root(int[] parent, int q) {
        while (parent[q] != q) {
            parent[q] = parent[parent[q]];
            q = parent[q];
        }
        return q;
    }

    /** A linear expression over the unknowns plus a known constant. */
    private record Linear(Map<Integer, Double> terms, double constant) {
    }

    private Linear linear(Map<Integer, Integer> variable, double[] coefficients, int... quantities) {
        Map<Integer, Double> terms = new java.util.TreeMap<>();
        double constant = 0;
        for (int i = 0; i < quantities.length; i++) {
            Integer v = variable.get(quantities[i]);
            if (v == null) {
                constant += coefficients[i] * system.quantities.get(quantities[i]).total;
            } else {
                terms.merge(v, coefficients[i], Double::sum);
            }
        }
        terms.values().removeIf(c -> c == 0);
        return new Linear(terms, constant);
    }

    /** Adds: sum of coefficient times quantity is at most the bound (nothing when all are known: the data satisfy it). */
    private void atMost(LinearAudit.Builder builder, Map<Integer, Integer> variable, double bound, double[] coefficients, int... quantities) {
        Linear expression = linear(variable, coefficients, quantities);
        if (!expression.terms().isEmpty()) {
            builder.atMost(expression.terms(), bound - expression.constant());
        }
    }

    /** What a mask reason tells the reader, as constraints (see {@link MaskReason}). */
    private void knowledge(LinearAudit.Builder builder, Map<Integer, Integer> variable, Unit unit, MaskReason reason) {
        int counted = unit.quantity(Role.COUNTED);
        int numerator = unit.quantity(Role.NUMERATOR);
        double[] one = {1};
        double[] minusOne = {-1};
        if (numerator >= 0) {
            atMost(builder, variable, 0, new double[] {1, -1}, numerator, counted);
        }
        double below = k - 1;
        switch (reason) {
            case BELOW_THRESHOLD -> atMost(builder, variable, below, one, counted);
            case NUMERATOR_BELOW_THRESHOLD -> {
                atMost(builder, variable, -k, minusOne, counted);
                atMost(builder, variable, below, one, numerator);
            }
            case COMPLEMENT_BELOW_THRESHOLD -> {
                atMost(builder, variable, -k, minusOne, counted);
                atMost(builder, variable, -k, minusOne, numerator);
                atMost(builder, variable, below, new double[] {1, -1}, counted, numerator);
            }
            case DOMINANCE, COMPLEMENTARY -> {
                atMost(builder, variable, -k, minusOne, counted);
                if (numerator >= 0) {
                    atMost(builder, variable, -k, minusOne, numerator);
                    atMost(builder, variable, -k, new double[] {-1, 1}, counted, numerator);
                }
            }
            default -> {
                // Withheld, or below the threshold overall: the reason tells nothing about the cell's size.
            }
        }
    }

    private boolean protectedEnough(LinearAudit audit, Map<Integer, Integer> variable, Unit unit, MaskReason reason) {
        int counted = unit.quantity(Role.COUNTED);
        int numerator = unit.quantity(Role.NUMERATOR);
        Linear sensitive = switch (reason) {
            case BELOW_THRESHOLD -> linear(variable, new double[] {1}, counted);
            case NUMERATOR_BELOW_THRESHOLD -> linear(variable, new double[] {1}, numerator);
            case COMPLEMENT_BELOW_THRESHOLD -> linear(variable, new double[] {1, -1}, counted, numerator);
            default -> null;
        };
        if (sensitive != null && !wideEnough(audit, sensitive)) {
            return false;
        }
        int magnitude = unit.quantity(Role.MAGNITUDE);
        if (magnitude < 0 || reason == MaskReason.NUMERATOR_BELOW_THRESHOLD || reason == MaskReason.COMPLEMENT_BELOW_THRESHOLD) {
            return true;
        }
        Quantity sum = system.quantities.get(magnitude);
        double protection = reason == MaskReason.DOMINANCE ? dominance.protection(sum.values) : dominance.thresholdProtection(sum.values);
        if (protection <= 0) {
            return true;
        }
        Linear total = linear(variable, new double[] {1}, magnitude);
        if (total.terms().isEmpty()) {
            return false;
        }
        double floor = sum.nonNegative ? Math.max(0, sum.total - protection) : sum.total - protection;
        double slack = TOLERANCE * Math.max(1, Math.abs(sum.total));
        double low = floor + slack - total.constant();
        return audit.spans(total.terms(), low, Math.max(low, sum.total + protection - slack - total.constant()));
    }

    /** The shown unit nearest to a unit through the relations, fewest people first; -1 if none is linked. */
    private int nearestShown(int unit) {
        return nearestShown(unit, false);
    }

    /** The shown unit nearest to a unit, overall figures included when allowed; -1 if none is linked. */
    private int nearestShown(int unit, boolean headlines) {
        return nearest(unit, u -> reasons[u] == null && (headlines || !system.units.get(u).headline));
    }

    /**
     * The unit nearest to a unit through the relations that the test accepts, fewest people first;
     * the search goes on through masked units (a shown figure is a constant: it links nothing
     * further); -1 if none is linked.
     */
    private int nearest(int unit, IntPredicate wanted) {
        Set<Integer> visited = new HashSet<>();
        Set<Integer> frontier = new HashSet<>();
        for (int q : system.units.get(unit).byRole) {
            if (q >= 0) {
                frontier.add(q);
            }
        }
        Set<Integer> usedRelations = new HashSet<>();
        while (!frontier.isEmpty()) {
            visited.addAll(frontier);
            int best = -1;
            Set<Integer> next = new HashSet<>();
            for (int q : frontier) {
                for (int r : relationsOf.getOrDefault(q, List.of())) {
                    if (!usedRelations.add(r)) {
                        continue;
                    }
                    for (int other : relations.get(r).quantities()) {
                        int owner = system.quantities.get(other).unit;
                        if (owner != unit && wanted.test(owner)) {
                            best = better(best, owner);
                        }
                        if (reasons[owner] != null && !visited.contains(other)) {
                            next.add(other);
                        }
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
            frontier = next;
        }
        return -1;
    }

    /** The better complementary partner of the two shown units; an overall figure (headline) is never one. */
    private int partner(int current, int candidate) {
        return system.units.get(candidate).headline ? current : better(current, candidate);
    }

    private int better(int current, int candidate) {
        if (current < 0) {
            return candidate;
        }
        long a = system.counted(current);
        long b = system.counted(candidate);
        return b < a || b == a && candidate < current ? candidate : current;
    }

    private static boolean identity(Relation relation) {
        return relation.quantities().length == 2 && relation.coefficients()[0] == -relation.coefficients()[1];
    }

    /**
     * Withholds the breakdowns of a relation's hidden cells that are not withheld yet, when the only
     * shown figures left in it are headlines; tells whether anything was withheld.
     */
    private boolean withholdHidden(Relation relation) {
        boolean changed = false;
        for (int q : relation.quantities()) {
            int unit = system.quantities.get(q).unit;
            if (reasons[unit] != null && reasons[unit] != MaskReason.AUDIT && system.units.get(unit).group >= 0
                    && !system.units.get(unit).headline) {
                withhold(unit);
                changed = true;
            }
        }
        return changed;
    }

    private void withhold(int unit) {
        if (system.units.get(unit).difference) {
            withholdAround(unit);
            return;
        }
        int group = system.units.get(unit).group;
        if (group < 0) {
            refuse("the release is refused: " + system.units.get(unit).label
                    + " cannot be kept within its protection interval and cannot be withheld");
            return;
        }
        for (int u = 0; u < reasons.length; u++) {
            if (system.units.get(u).group == group) {
                reasons[u] = MaskReason.AUDIT;
            }
        }
    }

    /**
     * Protects a difference of nested figures the complementary cells did not: withholds the
     * breakdowns of the figures it is the difference of; when they are withheld already, masks the
     * nearest shown unit; when only overall figures are left, masks the nearest one (of fewer
     * people first) and withholds every breakdown summing to it.
     */
    private void withholdAround(int difference) {
        List<Integer> figures = new ArrayList<>();
        for (int q : system.units.get(difference).byRole) {
            for (int r : q < 0 ? List.<Integer>of() : relationsOf.getOrDefault(q, List.of())) {
                for (int other : relations.get(r).quantities()) {
                    int owner = system.quantities.get(other).unit;
                    if (owner != difference && !figures.contains(owner)) {
                        figures.add(owner);
                    }
                }
            }
        }
        boolean changed = false;
        int headline = -1;
        for (int figure : figures) {
            Unit unit = system.units.get(figure);
            if (unit.headline) {
                headline = reasons[figure] == null ? better(headline, figure) : headline;
            } else if (unit.group >= 0 && reasons[figure] != MaskReason.AUDIT) {
                withhold(figure);
                changed = true;
            }
        }
        // A withheld figure another table publishes as it is (the same people) would still be known: mask that copy too.
        for (int figure : figures) {
            if (reasons[figure] != MaskReason.AUDIT) {
                continue;
            }
            for (int q : system.units.get(figure).byRole) {
                for (int r : q < 0 ? List.<Integer>of() : relationsOf.getOrDefault(q, List.of())) {
                    if (identity(relations.get(r))) {
                        for (int copy : relations.get(r).quantities()) {
                            int owner = system.quantities.get(copy).unit;
                            if (reasons[owner] == null && !system.units.get(owner).headline) {
                                reasons[owner] = MaskReason.COMPLEMENTARY;
                                changed = true;
                            }
                        }
                    }
                }
            }
        }
        if (changed) {
            return;
        }
        // Its figures are withheld and still it fails: what makes them known is shown further away.
        int partner = nearestShown(difference);
        if (partner >= 0) {
            reasons[partner] = MaskReason.COMPLEMENTARY;
            return;
        }
        if (headline >= 0) {
            maskHeadline(headline);
        } else if (!hideMore(difference)) {
            refuse("the release is refused: the " + system.units.get(difference).label + " cannot be kept within its protection interval");
        }
    }

    /** Masks an overall figure as complementary and withholds every breakdown summing to it. */
    private void maskHeadline(int headline) {
        reasons[headline] = MaskReason.COMPLEMENTARY;
        for (int q : system.units.get(headline).byRole) {
            for (int r : q < 0 ? List.<Integer>of() : relationsOf.getOrDefault(q, List.of())) {
                for (int other : relations.get(r).quantities()) {
                    Unit owner = system.units.get(system.quantities.get(other).unit);
                    if (!owner.headline && !owner.difference && owner.group >= 0 && reasons[system.quantities.get(other).unit] != MaskReason.AUDIT) {
                        withhold(system.quantities.get(other).unit);
                    }
                }
            }
        }
    }
}
