package io.github.caeimpact.indicators.declared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A test on one person: an operand (a field or a survey answer) and one operator that fits it.
 *
 * <ul>
 *   <li>{@code is}: a BOOLEAN field or a YES_NO answer equals true or false;</li>
 *   <li>{@code in}: a CATEGORY field is one of the names listed;</li>
 *   <li>{@code atLeast}, {@code atMost} (one or both, bounds included): a NUMBER or MONEY field,
 *       or a LIKERT or NUMBER answer, lies in the range.</li>
 * </ul>
 * An operand without a value makes the condition unknown: in a share the person counts as missing,
 * in {@code where} the person is left out of the population.
 *
 * @param field the field, or null for an answer
 * @param years how a per-year field is reduced over the years (null: SUM)
 * @param answer the answer, or null for a field
 * @param is the truth value a BOOLEAN field or YES_NO answer must have, or null
 * @param in the names a CATEGORY field may take, or null
 * @param atLeast the smallest value allowed, or null
 * @param atMost the largest value allowed, or null
 */
@JsonDeserialize(builder = Condition.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Condition(Field field, YearsAggregate years, AnswerReference answer, Boolean is, List<String> in,
        BigDecimal atLeast, BigDecimal atMost) {

    /**
     * Copies the list of names.
     *
     * @param field the field
     * @param years the reduction over years
     * @param answer the answer
     * @param is the truth value
     * @param in the names
     * @param atLeast the lower bound
     * @param atMost the upper bound
     */
    public Condition {
        in = in == null ? null : List.copyOf(in);
    }

    /**
     * Returns a condition that an operand is true (or false).
     *
     * @param operand the operand, not null
     * @param value the truth value it must have
     * @return the condition
     */
    public static Condition equalTo(Operand operand, boolean value) {
        Objects.requireNonNull(operand, "operand");
        return new Condition(operand.field(), operand.years(), operand.answer(), value, null, null, null);
    }

    /**
     * Returns a condition that a category operand is one of some names.
     *
     * @param operand the operand, not null
     * @param names the names, not null
     * @return the condition
     */
    public static Condition oneOf(Operand operand, List<String> names) {
        Objects.requireNonNull(operand, "operand");
        return new Condition(operand.field(), operand.years(), operand.answer(), null, Objects.requireNonNull(names, "names"), null, null);
    }

    /**
     * Returns a condition that a number operand lies in a range, bounds included.
     *
     * @param operand the operand, not null
     * @param atLeast the lower bound, or null for none
     * @param atMost the upper bound, or null for none
     * @return the condition
     */
    public static Condition range(Operand operand, BigDecimal atLeast, BigDecimal atMost) {
        Objects.requireNonNull(operand, "operand");
        return new Condition(operand.field(), operand.years(), operand.answer(), null, null, atLeast, atMost);
    }

    /**
     * Returns what the condition tests.
     *
     * @return the operand
     */
    public Operand operand() {
        return new Operand(field, years, answer);
    }

    /** Reads a condition from JSON, where the parts not used are left out. */
    @JsonPOJOBuilder(withPrefix = "")
    static final class Builder {
        private Field field;
        private YearsAggregate years;
        private AnswerReference answer;
        private Boolean is;
        private List<String> in;
        private BigDecimal atLeast;
        private BigDecimal atMost;

        Builder field(Field value) {
            this.field = value;
            return this;
        }

        Builder years(YearsAggregate value) {
            this.years = value;
            return this;
        }

        Builder answer(AnswerReference value) {
            this.answer = value;
            return this;
        }

        Builder is(Boolean value) {
            this.is = value;
            return this;
        }

        Builder in(List<String> value) {
            this.in = value;
            return this;
        }

        Builder atLeast(BigDecimal value) {
            this.atLeast = value;
            return this;
        }

        Builder atMost(BigDecimal value) {
            this.atMost = value;
            return this;
        }

        Condition build() {
            return new Condition(field, years, answer, is, in, atLeast, atMost);
        }
    }
}
