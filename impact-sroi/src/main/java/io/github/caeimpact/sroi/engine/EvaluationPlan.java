package io.github.caeimpact.sroi.engine;

import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.map.ParameterKind;
import io.github.caeimpact.sroi.result.SroiResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An impact map compiled once for repeated evaluation: every numeric parameter of the map (quantity,
 * proxy value, duration, each deduction, each input, the discount rate or β) sits at a fixed index
 * of a vector, and the plan evaluates any vector without reading JSON again.
 *
 * <p>{@link #evaluate(BigDecimal[])} is the reference (BigDecimal, full audit trail);
 * {@link #presentValue(double[])} and {@link #sroiRatio(double[])} are the fast path for
 * simulation, which agrees with the reference within 1e-9 relative. Plans are immutable and safe to
 * share between threads.
 */
public final class EvaluationPlan {

    private final Plan plan;

    EvaluationPlan(Plan plan) {
        this.plan = plan;
    }

    /**
     * Returns the parameters in vector order.
     *
     * @return the parameters
     */
    public List<Parameter> parameters() {
        return plan.parameters();
    }

    /**
     * Returns the vector index of a parameter.
     *
     * @param id the parameter's address
     * @return its index
     * @throws NoSuchElementException if the map has no such parameter
     */
    public int indexOf(ParameterId id) {
        Objects.requireNonNull(id, "id");
        List<Parameter> parameters = plan.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new NoSuchElementException("no parameter " + id);
    }

    /**
     * Returns the vector index of a field of an outcome found by id.
     *
     * @param outcomeId the outcome id
     * @param field the field, as in {@link ParameterId#outcome(int, String)}
     * @return its index
     * @throws NoSuchElementException if there is no such outcome or field
     */
    public int indexOf(String outcomeId, String field) {
        List<Parameter> parameters = plan.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (outcomeId.equals(parameter.outcomeId()) && parameter.id().path().endsWith("]." + field)) {
                return i;
            }
        }
        throw new NoSuchElementException("no parameter " + field + " of outcome " + outcomeId);
    }

    /**
     * Returns the map's own values, in vector order.
     *
     * @return a new array
     */
    public BigDecimal[] baseline() {
        return plan.parameters().stream().map(Parameter::baseline).toArray(BigDecimal[]::new);
    }

    /**
     * Returns the map's own values as doubles, in vector order.
     *
     * @return a new array
     */
    public double[] baselineDoubles() {
        return plan.parameters().stream().mapToDouble(p -> p.baseline().doubleValue()).toArray();
    }

    /**
     * Returns the map compiled.
     *
     * @return the map
     */
    public ImpactMap map() {
        return plan.map();
    }

    /**
     * Evaluates the reference calculation at a vector of values.
     *
     * @param values one value per parameter, in vector order
     * @return the result with its audit trail
     * @throws IllegalArgumentException if the vector has the wrong length or a value is outside its
     *     parameter's range (see {@link ParameterKind})
     */
    public SroiResult evaluate(BigDecimal[] values) {
        Objects.requireNonNull(values, "values");
        return AuditedEvaluation.evaluate(plan, values);
    }

    /**
     * Returns the present value at a vector of values, fast, in double.
     *
     * @param values one value per parameter, in vector order
     * @return the present value in euros
     * @throws IllegalArgumentException if the vector has the wrong length or a value is out of range
     */
    public double presentValue(double[] values) {
        return FastEvaluation.evaluate(plan, values)[0];
    }

    /**
     * Returns the total inputs at a vector of values, fast, in double.
     *
     * @param values one value per parameter, in vector order
     * @return the total inputs in euros
     * @throws IllegalArgumentException if the vector has the wrong length or a value is out of range
     */
    public double totalInputs(double[] values) {
        return FastEvaluation.evaluate(plan, values)[1];
    }

    /**
     * Returns the SROI ratio (present value / inputs) at a vector of values, fast, in double.
     *
     * @param values one value per parameter, in vector order
     * @return the ratio
     * @throws IllegalArgumentException if the vector has the wrong length or a value is out of range
     */
    public double sroiRatio(double[] values) {
        return FastEvaluation.evaluate(plan, values)[2];
    }

    /**
     * Returns a new evaluator of this plan on the {@code double} path that reuses its scratch
     * space from one vector to the next, allocating nothing per evaluation: for simulation loops.
     *
     * @return an evaluator, to be used by one thread at a time
     */
    public Evaluator evaluator() {
        return new Evaluator(plan);
    }

    /**
     * Evaluates vectors of one plan fast, in {@code double}, without allocating; the same
     * calculation as {@link EvaluationPlan#sroiRatio(double[])}. Not safe for concurrent use: one
     * per thread.
     */
    public static final class Evaluator {
        private final Plan plan;
        private final FastEvaluation.Workspace workspace;

        private Evaluator(Plan plan) {
            this.plan = plan;
            this.workspace = new FastEvaluation.Workspace(plan);
        }

        /**
         * Evaluates a vector.
         *
         * @param values one value per parameter, in vector order
         * @return the SROI ratio; the present value and inputs are then given by
         *     {@link #presentValue()} and {@link #totalInputs()}
         * @throws IllegalArgumentException if the vector has the wrong length or a value is out of range
         */
        public double evaluate(double[] values) {
            return FastEvaluation.evaluate(plan, values, workspace);
        }

        /**
         * Returns the present value of the last vector evaluated.
         *
         * @return the present value, 0 before any evaluation
         */
        public double presentValue() {
            return workspace.presentValue();
        }

        /**
         * Returns the total inputs of the last vector evaluated.
         *
         * @return the total inputs, 0 before any evaluation
         */
        public double totalInputs() {
            return workspace.totalInputs();
        }
    }
}
