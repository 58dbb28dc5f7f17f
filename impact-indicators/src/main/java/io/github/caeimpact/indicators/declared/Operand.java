package io.github.caeimpact.indicators.declared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.Objects;

/**
 * What a declared indicator reads of one person: a field of the model, or a survey answer.
 * Exactly one of {@code field} and {@code answer} is given; the catalogue's checks say so with the
 * path when a file breaks it.
 *
 * @param field the field, or null for an answer
 * @param years how a per-year field is reduced over the years of the period; null means
 *     {@link YearsAggregate#SUM}, and it is only given for a per-year field
 * @param answer the answer, or null for a field
 */
@JsonDeserialize(builder = Operand.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Operand(Field field, YearsAggregate years, AnswerReference answer) {

    /**
     * Returns an operand reading a field (a per-year field summed over the years).
     *
     * @param field the field, not null
     * @return the operand
     */
    public static Operand of(Field field) {
        return new Operand(Objects.requireNonNull(field, "field"), null, null);
    }

    /**
     * Returns an operand reading a per-year field reduced over the years of the period.
     *
     * @param field the field, not null
     * @param years the reduction, not null
     * @return the operand
     */
    public static Operand of(Field field, YearsAggregate years) {
        return new Operand(Objects.requireNonNull(field, "field"), Objects.requireNonNull(years, "years"), null);
    }

    /**
     * Returns an operand reading a survey answer.
     *
     * @param answer the answer, not null
     * @return the operand
     */
    public static Operand of(AnswerReference answer) {
        return new Operand(null, null, Objects.requireNonNull(answer, "answer"));
    }

    /**
     * Returns the reduction over years in force: the one given, else SUM.
     *
     * @return the reduction
     */
    public YearsAggregate yearsOrSum() {
        return years == null ? YearsAggregate.SUM : years;
    }

    /** Reads an operand from JSON, where the parts not used are left out. */
    @JsonPOJOBuilder(withPrefix = "")
    static final class Builder {
        private Field field;
        private YearsAggregate years;
        private AnswerReference answer;

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

        Operand build() {
            return new Operand(field, years, answer);
        }
    }
}
