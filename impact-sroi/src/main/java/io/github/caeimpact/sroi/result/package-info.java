/**
 * The valuation of an impact map: {@link io.github.caeimpact.sroi.result.SroiResult} (present
 * value, NPV, SROI ratio, net SROI ratio, payback, split by stakeholder and dimension) and its
 * parts, every figure a {@link io.github.caeimpact.sroi.result.Figure} with its formula, inputs and
 * sources. Written to and read from JSON by the result itself.
 */
package io.github.caeimpact.sroi.result;
