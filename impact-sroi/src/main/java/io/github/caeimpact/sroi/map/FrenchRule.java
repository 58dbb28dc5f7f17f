package io.github.caeimpact.sroi.map;

import java.math.BigDecimal;
import java.util.List;

/**
 * The French public discount rule {@code r = risk-free rate + β × 2 %}, one definition for the
 * 2021 and 2013 schemes, which differ only in their risk-free rate and source.
 */
final class FrenchRule {

    private final String scheme;
    private final String riskFreePercent;
    private final String source;
    private final RateFormula formula;

    FrenchRule(String scheme, String riskFree, String riskFreePercent, String source) {
        this.scheme = scheme;
        this.riskFreePercent = riskFreePercent;
        this.source = source;
        this.formula = RateFormula.constant(riskFree)
                .plus(RateFormula.constant("0.02").times(RateFormula.parameter(0, "β")));
    }

    /** Returns the one parameter, β. */
    List<Discounting.SchemeParameter> parameters(BigDecimal beta) {
        return List.of(new Discounting.SchemeParameter("beta", ParameterKind.BETA, beta));
    }

    /** Returns the rate of every year: risk-free + 0.02 × β. */
    RateFormula formula() {
        return formula;
    }

    /** Returns the rule with its β and source, for the audit trail. */
    String describe(BigDecimal beta) {
        return scheme + ": r = " + riskFreePercent + " + β × 2 % with β = " + (beta == null ? "?" : beta.toPlainString())
                + " (" + source + ")";
    }
}
