/**
 * Impact maps as data: the stakeholders, inputs and outcomes of a Social Return on Investment
 * (SROI) analysis, read from and written to JSON by {@link io.github.caeimpact.sroi.ImpactMaps},
 * with the quantities a caller binds at evaluation time ({@link io.github.caeimpact.sroi.QuantityBindings})
 * and the addresses of every numeric parameter ({@link io.github.caeimpact.sroi.ParameterId}).
 *
 * <p>The engine that values a map lives in {@code io.github.caeimpact.sroi.engine}; the dated
 * proxy library and the price index in {@code io.github.caeimpact.sroi.proxy}.
 */
package io.github.caeimpact.sroi;
