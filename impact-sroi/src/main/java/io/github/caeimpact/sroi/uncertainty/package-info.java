/**
 * How sure an SROI result is: one-way sensitivity, break-even (switching) values and Monte Carlo
 * simulation over a compiled {@code io.github.caeimpact.sroi.engine.EvaluationPlan}, as the Guide's
 * stage 5 asks.
 */
package io.github.caeimpact.sroi.uncertainty;
