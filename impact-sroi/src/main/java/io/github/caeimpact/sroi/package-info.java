/**
 * Social Return on Investment (SROI) valuation, one package per stage of the pipeline:
 * {@link io.github.caeimpact.sroi.ImpactMaps} reads, validates (once) and writes impact maps;
 * {@code .map} holds what a user writes (the map, its outcomes, inputs, stakeholders, discounting
 * and conventions); {@code .proxy} the dated financial proxies and the price index; {@code .engine}
 * compiles a map and evaluates it; {@code .result} is the valuation with its audit trail;
 * {@code .uncertainty} says how sure a result is.
 *
 * <p>Packages depend only downwards: {@code result → map → proxy}; {@code engine → result, map,
 * proxy} and this package; {@code uncertainty → engine}. The map types carry no JSON wiring: it is
 * a Jackson module registered here, from {@code .internal.json}.
 */
package io.github.caeimpact.sroi;
