package io.github.caeimpact.indicators.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a release says about its own disclosure control, printed in every report: the settings, how
 * many cells were masked for each reason, and what the audit checked, without any value.
 *
 * @param threshold k: a published count of fewer people is masked
 * @param dominancePercent p of the p % rule applied to sums of money
 * @param cellKey true when counts and sums were perturbed by the cell-key method (differencing protected)
 * @param masked the number of cells masked for each reason (breakdowns withheld count each of their cells)
 * @param relations the number of relations between published figures the masks were chosen over
 * @param audited the number of primary masked cells (not empty) the audit found within their protection interval
 */
public record DisclosureStatement(int threshold, double dominancePercent, boolean cellKey, Map<MaskReason, Integer> masked,
        int relations, int audited) {

    /**
     * Copies the counts.
     *
     * @param threshold k
     * @param dominancePercent p
     * @param cellKey whether the cell-key method was applied
     * @param masked counts by reason
     * @param relations relations audited
     * @param audited cells audited
     * @throws NullPointerException if masked is null
     */
    public DisclosureStatement {
        Map<MaskReason, Integer> copy = new EnumMap<>(MaskReason.class);
        copy.putAll(Objects.requireNonNull(masked, "masked"));
        masked = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the statement as sentences for a report, in English.
     *
     * @return the sentences, in order
     */
    public List<String> sentences() {
        List<String> lines = new ArrayList<>();
        lines.add("Disclosure control: every published count of people, numerators and their complements (n - numerator) included, "
                + "is at least " + threshold + " or masked; a sum of money is masked when its largest contributions dominate it "
                + "(p % rule, p = " + trim(dominancePercent) + ").");
        lines.add("The indicator report with all its breakdowns and the ESF+ table were masked together, over " + relations
                + " relations between their figures; a linear-programming audit of the " + audited + " masked cells that count "
                + "someone, each over its nearest relations, keeps each of them within its protection interval.");
        List<String> reasons = new ArrayList<>();
        masked.forEach((reason, count) -> reasons.add(count + " " + reason));
        lines.add("Masked cells by reason: " + (reasons.isEmpty() ? "none" : String.join(", ", reasons)) + ".");
        lines.add(cellKey
                ? "Counts and sums are perturbed by the cell-key method: comparing two releases does not reveal one person's values."
                : "Differencing is not protected against: comparing this release with another of almost the same people can reveal "
                        + "the values of the people who differ (the cell-key method that would prevent it is not implemented yet).");
        lines.add("Nested populations are not fully protected against: two shown overall figures of the same people less a few "
                + "can reveal those few by difference, and the audit does not yet check the cells of withheld breakdowns for it.");
        return List.copyOf(lines);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
