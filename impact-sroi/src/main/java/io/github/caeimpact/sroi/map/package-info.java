/**
 * Impact maps as data, what a user writes: the stakeholders, inputs and outcomes of an SROI
 * analysis ({@link io.github.caeimpact.sroi.map.ImpactMap}), the discounting scheme and the
 * calculation conventions, the quantities bound at evaluation time
 * ({@link io.github.caeimpact.sroi.map.QuantityBindings}), the addresses of every numeric
 * parameter ({@link io.github.caeimpact.sroi.map.ParameterId}) and a builder of the public-finance
 * rows ({@link io.github.caeimpact.sroi.map.PublicFinanceOutcomes}).
 *
 * <p>Values are immutable records; read, validate and write them with
 * {@link io.github.caeimpact.sroi.ImpactMaps}, value them with
 * {@code io.github.caeimpact.sroi.engine.SroiEngine}.
 */
package io.github.caeimpact.sroi.map;
