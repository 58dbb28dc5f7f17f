package io.github.caeimpact.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One answer to one item of a survey.
 *
 * @param item the item's identifier in its instrument, such as {@code "ISOLATION"}
 * @param type the kind of value
 * @param value the value: for {@link AnswerType#LIKERT} an integer from 1 to {@code scale}, for
 *     {@link AnswerType#YES_NO} 1 (yes) or 0 (no), for {@link AnswerType#NUMBER} any number
 * @param scale the number of points of a Likert scale, from 2 to 11 (such as 5); null for other
 *     types
 */
public record Answer(
        @NotBlank @Size(max = 100) String item,
        @NotNull AnswerType type,
        @NotNull BigDecimal value,
        @Min(2) @Max(11) Integer scale) {

    /**
     * Returns a yes/no answer.
     *
     * @param item the item
     * @param yes the answer
     * @return the answer, value 1 for yes and 0 for no
     */
    public static Answer yesNo(String item, boolean yes) {
        return new Answer(item, AnswerType.YES_NO, yes ? BigDecimal.ONE : BigDecimal.ZERO, null);
    }

    /**
     * Returns a Likert answer.
     *
     * @param item the item
     * @param value the point chosen, from 1 to {@code scale}
     * @param scale the number of points
     * @return the answer
     */
    public static Answer likert(String item, int value, int scale) {
        return new Answer(item, AnswerType.LIKERT, BigDecimal.valueOf(value), scale);
    }

    /**
     * Returns a numeric answer.
     *
     * @param item the item
     * @param value the number
     * @return the answer
     */
    public static Answer number(String item, BigDecimal value) {
        return new Answer(item, AnswerType.NUMBER, value, null);
    }

    /**
     * Returns a yes/no answer as a boolean.
     *
     * @return true if the value is 1
     * @throws IllegalStateException if the answer is not of type {@link AnswerType#YES_NO}
     */
    public boolean yes() {
        requireType(AnswerType.YES_NO);
        return value.compareTo(BigDecimal.ONE) == 0;
    }

    /**
     * Returns a Likert answer as the point chosen.
     *
     * @return the point, from 1 to {@code scale} in valid data
     * @throws IllegalStateException if the answer is not of type {@link AnswerType#LIKERT}
     * @throws ArithmeticException if the value is not an integer
     */
    public int likert() {
        requireType(AnswerType.LIKERT);
        return value.intValueExact();
    }

    /**
     * Returns the value as a number, whatever the type.
     *
     * @return the value
     */
    public BigDecimal number() {
        return value;
    }

    private void requireType(AnswerType expected) {
        if (type != expected) {
            throw new IllegalStateException("item " + item + ": answer is " + type + ", not " + expected);
        }
    }
}
