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
 * @param differences the differences of nested figures bearing an attribute (two sums of money, or two numerators of
 *     one indicator, fewer than k people apart) protected like masked cells
 * @param populationDifferences the pairs of shown counts of people of different indicators (populations counted or
 *     missing, numerators) nested and fewer than k people apart, which are not protected
 */
public record DisclosureStatement(int threshold, double dominancePercent, boolean cellKey, Map<MaskReason, Integer> masked,
        int relations, int audited, int differences, int populationDifferences) {

    /**
     * Copies the counts.
     *
     * @param threshold k
     * @param dominancePercent p
     * @param cellKey whether the cell-key method was applied
     * @param masked counts by reason
     * @param relations relations audited
     * @param audited cells audited
     * @param differences differences of nested figures protected
     * @param populationDifferences nested populations fewer than k apart, not protected
     * @throws NullPointerException if masked is null
     * @throws IllegalArgumentException if a number is negative
     */
    public DisclosureStatement {
        Map<MaskReason, Integer> copy = new EnumMap<>(MaskReason.class);
        copy.putAll(Objects.requireNonNull(masked, "masked"));
        masked = Collections.unmodifiableMap(copy);
        if (relations < 0 || audited < 0 || differences < 0 || populationDifferences < 0) {
            throw new IllegalArgumentException("the numbers of a statement must not be negative");
        }
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
                + "someone, each over all the relations, keeps each of them within its protection interval.");
        List<String> reasons = new ArrayList<>();
        masked.forEach((reason, count) -> reasons.add(count + " " + reason));
        lines.add("Masked cells by reason: " + (reasons.isEmpty() ? "none" : String.join(", ", reasons)) + ".");
        lines.add(cellKey
                ? "Counts and sums of money are perturbed by the cell-key method (counts by -2 to +2 people, sums by default by 10 % to 20 % "
                        + "of their largest contribution, the same people always the same way): comparing two releases does not give "
                        + "one person's values; a total may differ from the sum of its parts by these amounts; medians are not perturbed."
                : "Differencing is not protected against: comparing this release with another of almost the same people can reveal "
                        + "the values of the people who differ (publishing with a cell key, which perturbs counts and sums, prevents it).");
        lines.add("Nested figures: " + differences + " differences between two published figures of the same people less "
                + "fewer than " + threshold + " that would reveal those few people's money, or whether they have what one "
                + "indicator counts, were protected like masked cells. " + populationDifferences + " pairs of shown counts of "
                + "people of different indicators (the same people less a few) differ by fewer than " + threshold + " people: "
                + "they tell how many people are in one and not in the other, and are not protected.");
        return List.copyOf(lines);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
