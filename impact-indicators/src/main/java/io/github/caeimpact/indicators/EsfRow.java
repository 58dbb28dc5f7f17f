package io.github.caeimpact.indicators;

import java.util.Objects;

/**
 * One ESF+ common indicator, counted by gender.
 *
 * @param code the indicator code, e.g. {@code EECO02} (Regulation (EU) 2021/1057, Annex I)
 * @param label the indicator's name in English
 * @param women participants who are women
 * @param men participants who are men
 * @param nonBinary participants who are non-binary
 * @param undisclosed participants whose gender is not disclosed, reported separately
 * @param total all four together
 */
public record EsfRow(String code, String label, long women, long men, long nonBinary, long undisclosed, long total) {

    /**
     * Checks that the total is the sum of the genders.
     *
     * @param code the code
     * @param label the label
     * @param women women
     * @param men men
     * @param nonBinary non-binary
     * @param undisclosed undisclosed
     * @param total the total
     * @throws IllegalArgumentException if the total is not the sum
     */
    public EsfRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (total != women + men + nonBinary + undisclosed) {
            throw new IllegalArgumentException(code + ": total " + total + " is not the sum of the genders");
        }
    }
}
