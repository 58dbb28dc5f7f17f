/**
 * How sure an SROI ratio is (stage 5 of the Guide): one-way sensitivity ranked by swing
 * ({@link io.github.caeimpact.sroi.uncertainty.SensitivityAnalysis}), break-even values of each
 * parameter at a target ratio ({@link io.github.caeimpact.sroi.uncertainty.BreakEvenAnalysis}) and
 * Monte Carlo simulation of the parameters written as distributions
 * ({@link io.github.caeimpact.sroi.uncertainty.MonteCarlo}), each on a compiled
 * {@link io.github.caeimpact.sroi.engine.EvaluationPlan}.
 */
package io.github.caeimpact.sroi.uncertainty;
