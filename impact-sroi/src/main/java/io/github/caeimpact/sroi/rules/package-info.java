/**
 * The rules of the impact map, the proxy library and the price index: the codes a problem found
 * in them carries, beside the shared codes of
 * {@link io.github.caeimpact.model.validation.RuleCodes}, and the bounds their numbers keep
 * ({@link io.github.caeimpact.sroi.rules.MapLimits}). A package of its own, depended on by the
 * others and depending on none of them.
 */
package io.github.caeimpact.sroi.rules;
