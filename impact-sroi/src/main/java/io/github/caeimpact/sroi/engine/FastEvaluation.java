package io.github.caeimpact.sroi.engine;

import io.github.caeimpact.sroi.map.Mode;

/**
 * The fast evaluation for simulation: the same calculation as {@link AuditedEvaluation} in
 * {@code double}, without the audit trail. Agrees with the reference within about 1e-12 relative.
 */
final class FastEvaluation {

    private FastEvaluation() {
    }

    /**
     * Returns the present value, the total inputs and the SROI ratio at a vector of values.
     *
     * @param plan the plan
     * @param v one value per parameter
     * @return {@code {presentValue, totalInputs, sroiRatio}}
     * @throws IllegalArgumentException if the vector has the wrong length or a value is out of range
     */
    public static double[] evaluate(Plan plan, double[] v) {
        Workspace w = new Workspace(plan);
        evaluate(plan, v, w);
        return new double[] {w.presentValue, w.totalInputs, w.presentValue / w.totalInputs};
    }

    /**
     * The scratch arrays and results of evaluations of one plan, reused from one evaluation to the
     * next so that a simulation allocates nothing per iteration; one per thread.
     */
    public static final class Workspace {
        private final int[] years;
        private double[] growth;
        private double presentValue;
        private double totalInputs;

        /**
         * Creates a workspace for a plan.
         *
         * @param plan the plan
         */
        public Workspace(Plan plan) {
            years = new int[plan.outcomes.size()];
            growth = new double[8];
        }

        /**
         * Returns the present value of the last evaluation.
         *
         * @return the present value
         */
        public double presentValue() {
            return presentValue;
        }

        /**
         * Returns the total inputs of the last evaluation.
         *
         * @return the total inputs
         */
        public double totalInputs() {
            return totalInputs;
        }
    }

    /**
     * Evaluates a vector into a workspace, allocating nothing once the workspace has grown to the
     * plan's horizon.
     *
     * @param plan the plan
     * @param v one value per parameter
     * @param w the workspace, made for this plan
     * @return the SROI ratio; the present value and inputs are in the workspace
     * @throws IllegalArgumentException if the vector has the wrong length or a value is out of range
     */
    public static double evaluate(Plan plan, double[] v, Workspace w) {
        plan.check(v);
        int n = plan.outcomes.size();
        int[] years = w.years;
        for (int o = 0; o < n; o++) {
            years[o] = plan.fractionalDuration.years(v[plan.outcomes.get(o).duration()]);
        }
        int horizon = plan.horizon(years);
        if (w.growth.length < horizon + 1) {
            w.growth = new double[Math.max(horizon + 1, 2 * w.growth.length)];
        }
        double[] growth = w.growth;
        growth[0] = 1;
        for (int k = 1; k <= horizon; k++) {
            growth[k] = growth[k - 1] * (1 + plan.rate(k, v));
        }
        double pv = 0;
        for (int o = 0; o < n; o++) {
            Plan.CompiledOutcome outcome = plan.outcomes.get(o);
            double i1 = outcome.sign() * v[outcome.quantity()] * v[outcome.proxy()] * plan.revaluations[o]
                    * (1 - v[outcome.deadweight()]) * (1 - v[outcome.displacement()]) * (1 - v[outcome.leakage()]);
            for (int a : outcome.attribution()) {
                i1 *= 1 - v[a];
            }
            double keep = 1 - v[outcome.dropOff()];
            double lastShare = plan.fractionalDuration.lastYearShare(v[outcome.duration()]);
            double[] published = outcome.publishedDoubles();
            double it = outcome.dropOffFromYearOne() ? i1 * keep : i1;
            for (int k = 1; k <= years[o]; k++) {
                double value = it;
                if (k == years[o]) {
                    value *= lastShare;
                }
                if (published != null && k <= published.length) {
                    value = outcome.sign() * published[k - 1];
                }
                int e = plan.exponent(outcome.startYear() + k);
                pv += e < 0 ? value / growth[-e] : value * growth[e];
                it *= keep;
            }
        }
        double inputs = 0;
        // Indexed loops: an iterator per evaluation would be garbage in a simulation.
        for (int j = 0; j < plan.inputs.size(); j++) {
            Plan.CompiledInput input = plan.inputs.get(j);
            double amount = v[input.amount()];
            if (plan.mode == Mode.EVALUATIVE && input.year() != null && input.year() < plan.analysisYear) {
                amount *= growth[plan.analysisYear - input.year()];
            }
            inputs += amount;
        }
        w.presentValue = pv;
        w.totalInputs = inputs;
        return pv / inputs;
    }
}
