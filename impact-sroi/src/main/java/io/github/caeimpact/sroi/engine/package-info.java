/**
 * The SROI engine: {@link io.github.caeimpact.sroi.engine.SroiEngine} compiles an impact map into an
 * {@link io.github.caeimpact.sroi.engine.EvaluationPlan}, whose every numeric parameter
 * ({@link io.github.caeimpact.sroi.engine.Parameter}) sits at an index of a vector, and evaluates
 * it into an {@code io.github.caeimpact.sroi.result.SroiResult}: exactly in {@code BigDecimal} with
 * the audit trail, or fast in {@code double} for simulation. The plan and both evaluations are
 * package-private helpers.
 */
package io.github.caeimpact.sroi.engine;
