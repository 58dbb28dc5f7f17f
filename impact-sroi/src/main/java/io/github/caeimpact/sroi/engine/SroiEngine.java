package io.github.caeimpact.sroi.engine;

import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import io.github.caeimpact.sroi.result.Payback;
import io.github.caeimpact.sroi.result.SroiResult;
import java.math.MathContext;
import java.util.Objects;

/**
 * Values impact maps: Social Return on Investment as in the Guide (Social Value International /
 * UK Cabinet Office, 2012).
 *
 * <p>Year-one impact {@code I1 = Q × P × (1 − DW) × (1 − DISP) × Π(1 − ATTi) × (1 − LEAK)}; year
 * {@code t} of an outcome {@code It = I1 × (1 − d)^(t − 1)}; period {@code p = startYear + t} is
 * divided by {@code Π(1 + r_k), k = 1..p} (forecast); {@code PV = Σ}, {@code NPV = PV − inputs},
 * {@code sroiRatio = PV / inputs}, {@code netSroiRatio = NPV / inputs}; payback as in
 * {@link Payback}. In evaluative mode, period {@code p} is calendar year {@code firstYear + p − 1};
 * values of years before the analysis year are multiplied by {@code Π(1 + r_k)} over the years
 * between (compounded forward), those of the analysis year count as they are and later ones are
 * discounted; inputs with a past year are compounded alike. All money is computed in {@code BigDecimal} with {@link #MATH}; rounding happens
 * only in the presented figures of {@link SroiResult}.
 */
public final class SroiEngine {

    /**
     * The precision of every calculation: {@link MathContext#DECIMAL128}, 34 significant digits,
     * half-even, far beyond what euro cents and 200-year horizons need.
     */
    public static final MathContext MATH = MathContext.DECIMAL128;

    private SroiEngine() {
    }

    /**
     * Values a map without bound quantities, with the standard proxy library and price index.
     *
     * @param map the map
     * @return the result
     * @throws InvalidInputException if the map breaks a rule or has a bound quantity
     */
    public static SroiResult evaluate(ImpactMap map) {
        return evaluate(map, QuantityBindings.empty());
    }

    /**
     * Values a map with the standard proxy library and price index.
     *
     * @param map the map
     * @param bindings the values of quantities written {@code {"indicator": id}}
     * @return the result
     * @throws InvalidInputException if the map breaks a rule or a quantity is unbound (code
     *     {@code UNBOUND_QUANTITY}, path {@code $.outcomes[i].quantity.indicator})
     */
    public static SroiResult evaluate(ImpactMap map, QuantityBindings bindings) {
        return evaluate(map, bindings, ProxyLibrary.standard(), PriceIndex.standard());
    }

    /**
     * Values a map.
     *
     * @param map the map
     * @param bindings the values of bound quantities
     * @param library the proxy library references resolve in
     * @param index the price index proxies are revalued with
     * @return the result
     * @throws InvalidInputException if the map breaks a rule or a quantity is unbound
     */
    public static SroiResult evaluate(ImpactMap map, QuantityBindings bindings, ProxyLibrary library,
            PriceIndex index) {
        EvaluationPlan plan = compile(map, bindings, library, index);
        return plan.evaluate(plan.baseline());
    }

    /**
     * Compiles a map once for repeated evaluation (sensitivity, Monte Carlo).
     *
     * <p>A map is validated once: one read by {@code ImpactMaps.read} (or already checked by
     * {@code ImpactMaps.validate}) against the same library and index is trusted as it is; a map
     * built or changed in code is validated here, on its first compilation.
     *
     * @param map the map
     * @param bindings the values of bound quantities
     * @param library the proxy library references resolve in
     * @param index the price index proxies are revalued with
     * @return the plan
     * @throws InvalidInputException if the map breaks a rule or a quantity is unbound
     */
    public static EvaluationPlan compile(ImpactMap map, QuantityBindings bindings, ProxyLibrary library,
            PriceIndex index) {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(bindings, "bindings");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(index, "index");
        return new EvaluationPlan(Plan.compile(map, bindings, library, index, MATH));
    }
}
