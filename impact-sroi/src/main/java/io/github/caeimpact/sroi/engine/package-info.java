/**
 * The SROI engine: {@link io.github.caeimpact.sroi.engine.SroiEngine} compiles an impact map into an
 * {@link io.github.caeimpact.sroi.engine.EvaluationPlan} and evaluates it into an
 * {@link io.github.caeimpact.sroi.engine.SroiResult} (present value, NPV, SROI ratio, net SROI ratio,
 * payback, split by stakeholder and dimension) whose every figure carries its audit trail;
 * {@link io.github.caeimpact.sroi.engine.PublicFinanceOutcomes} builds the public-finance rows.
 */
package io.github.caeimpact.sroi.engine;
