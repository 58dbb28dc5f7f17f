package io.github.caeimpact.indicators.declared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a declared indicator is computed, for its definition's statistic: the people it is about,
 * and what is counted of each.
 *
 * <ul>
 *   <li>PROPORTION: {@code condition}; the share of the population for whom it holds, people
 *       for whom it is unknown counted as missing;</li>
 *   <li>COUNT: nothing more; the number of people in the population;</li>
 *   <li>SUM, MEAN, MEDIAN: {@code value}; people without one counted as missing;</li>
 *   <li>PAIRED_MEAN_CHANGE: {@code before} and {@code after}, two answers; the mean of after minus
 *       before, people without both counted as missing.</li>
 * </ul>
 *
 * @param population the population it starts from
 * @param where the conditions that narrow the population, all of which must hold (empty for none)
 * @param condition what a share counts, or null
 * @param value what a sum, mean or median adds up, or null
 * @param before the answer before, for a paired change, or null
 * @param after the answer after, for a paired change, or null
 */
@JsonDeserialize(builder = Computation.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Computation(@NotNull BasePopulation population, List<Condition> where, Condition condition, Operand value,
        AnswerReference before, AnswerReference after) {

    /**
     * Checks the population and copies the conditions; no conditions is an empty list.
     *
     * @param population the population
     * @param where the narrowing conditions, may be null
     * @param condition the share's condition
     * @param value the value
     * @param before the answer before
     * @param after the answer after
     * @throws NullPointerException if the population is null
     */
    public Computation {
        Objects.requireNonNull(population, "population");
        where = where == null ? List.of() : List.copyOf(where);
    }

    /**
     * Returns the computation of a share: the people of a population for whom a condition holds.
     *
     * @param population the population
     * @param condition the condition
     * @return the computation
     */
    public static Computation share(BasePopulation population, Condition condition) {
        return new Computation(population, List.of(), Objects.requireNonNull(condition, "condition"), null, null, null);
    }

    /**
     * Returns the computation of a count of people.
     *
     * @param population the population
     * @return the computation
     */
    public static Computation count(BasePopulation population) {
        return new Computation(population, List.of(), null, null, null, null);
    }

    /**
     * Returns the computation of a sum, mean or median (as the definition's statistic says).
     *
     * @param population the population
     * @param value what is added up
     * @return the computation
     */
    public static Computation values(BasePopulation population, Operand value) {
        return new Computation(population, List.of(), null, Objects.requireNonNull(value, "value"), null, null);
    }

    /**
     * Returns the computation of a paired change between two answers.
     *
     * @param population the population
     * @param before the answer before
     * @param after the answer after
     * @return the computation
     */
    public static Computation change(BasePopulation population, AnswerReference before, AnswerReference after) {
        return new Computation(population, List.of(), null, null, Objects.requireNonNull(before, "before"),
                Objects.requireNonNull(after, "after"));
    }

    /**
     * Returns a copy narrowed by conditions that must all hold.
     *
     * @param conditions the conditions, replacing any earlier ones
     * @return the copy
     */
    public Computation withWhere(List<Condition> conditions) {
        return new Computation(population, Objects.requireNonNull(conditions, "conditions"), condition, value, before, after);
    }

    /**
     * Returns every survey answer the computation reads, in declaration order: the narrowing
     * conditions, the condition, the value, before and after.
     *
     * @return the answers, possibly empty
     */
    public List<AnswerReference> answers() {
        List<AnswerReference> answers = new ArrayList<>();
        where.forEach(c -> add(answers, c.answer()));
        add(answers, condition == null ? null : condition.answer());
        add(answers, value == null ? null : value.answer());
        add(answers, before);
        add(answers, after);
        return List.copyOf(answers);
    }

    private static void add(List<AnswerReference> answers, AnswerReference answer) {
        if (answer != null) {
            answers.add(answer);
        }
    }

    /** Reads a computation from JSON, where the parts not used are left out. */
    @JsonPOJOBuilder(withPrefix = "")
    static final class Builder {
        private BasePopulation population;
        private List<Condition> where;
        private Condition condition;
        private Operand value;
        private AnswerReference before;
        private AnswerReference after;

        Builder population(BasePopulation v) {
            this.population = v;
            return this;
        }

        Builder where(List<Condition> v) {
            this.where = v;
            return this;
        }

        Builder condition(Condition v) {
            this.condition = v;
            return this;
        }

        Builder value(Operand v) {
            this.value = v;
            return this;
        }

        Builder before(AnswerReference v) {
            this.before = v;
            return this;
        }

        Builder after(AnswerReference v) {
            this.after = v;
            return this;
        }

        Computation build() {
            if (population == null) {
                throw new IllegalArgumentException("'population' is required: one of " + java.util.Arrays.toString(BasePopulation.values()));
            }
            return new Computation(population, where, condition, value, before, after);
        }
    }
}
