package io.github.caeimpact.sroi.engine;

import io.github.caeimpact.sroi.map.Direction;
import io.github.caeimpact.sroi.map.FractionalDuration;
import io.github.caeimpact.sroi.map.FunderKind;
import io.github.caeimpact.sroi.map.Mode;
import io.github.caeimpact.sroi.map.Stakeholder;
import io.github.caeimpact.sroi.result.ConventionApplied;
import io.github.caeimpact.sroi.result.DiscountFactor;
import io.github.caeimpact.sroi.result.Figure;
import io.github.caeimpact.sroi.result.InputValue;
import io.github.caeimpact.sroi.result.OutcomeResult;
import io.github.caeimpact.sroi.result.Payback;
import io.github.caeimpact.sroi.result.SroiResult;
import io.github.caeimpact.sroi.result.YearResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference evaluation: BigDecimal throughout with the plan's MathContext, every figure with
 * its formula, inputs and sources.
 */
final class AuditedEvaluation {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final Plan plan;
    private final BigDecimal[] v;
    private final MathContext mc;
    private BigDecimal[] growth;

    private AuditedEvaluation(Plan plan, BigDecimal[] values) {
        this.plan = plan;
        this.v = values;
        this.mc = plan.math;
    }

    /**
     * Evaluates a plan at a vector of parameter values.
     *
     * @param plan the plan
     * @param values one value per parameter, in the plan's order
     * @return the result with its audit trail
     * @throws IllegalArgumentException if the vector has the wrong length or a value is out of range
     */
    public static SroiResult evaluate(Plan plan, BigDecimal[] values) {
        BigDecimal[] copy = values.clone();
        plan.check(copy.length, i -> copy[i].doubleValue());
        return new AuditedEvaluation(plan, copy).run();
    }

    private SroiResult run() {
        int[] years = new int[plan.outcomes.size()];
        for (int o = 0; o < years.length; o++) {
            years[o] = plan.fractionalDuration.years(v[plan.outcomes.get(o).duration()]);
        }
        int horizon = plan.horizon(years);
        growth = new BigDecimal[horizon + 1];
        growth[0] = BigDecimal.ONE;
        List<DiscountFactor> factors = new ArrayList<>();
        for (int k = 1; k <= horizon; k++) {
            BigDecimal r = plan.rate(k, v);
            growth[k] = growth[k - 1].multiply(BigDecimal.ONE.add(r), mc);
            factors.add(new DiscountFactor(k, r, growth[k]));
        }
        List<OutcomeResult> outcomes = new ArrayList<>();
        TreeMap<Integer, BigDecimal> pvByPeriod = new TreeMap<>();
        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal annual = BigDecimal.ZERO;
        List<String> pvTerms = new ArrayList<>();
        List<String> annualTerms = new ArrayList<>();
        Map<String, BigDecimal> byStakeholder = new TreeMap<>();
        for (Stakeholder stakeholder : plan.map.stakeholders()) {
            byStakeholder.put(stakeholder.id(), BigDecimal.ZERO);
        }
        Map<String, BigDecimal> byDimension = new TreeMap<>();
        for (int o = 0; o < years.length; o++) {
            OutcomeResult result = outcome(plan.outcomes.get(o), years[o], pvByPeriod);
            outcomes.add(result);
            pv = pv.add(result.presentValue().value(), mc);
            pvTerms.add(Numbers.show(result.presentValue().value()));
            // An outcome of no year (ROUND_NEAREST of a duration under half a year) adds nothing.
            BigDecimal first = result.years().isEmpty() ? BigDecimal.ZERO : result.years().get(0).impact().value();
            annual = annual.add(first, mc);
            annualTerms.add(Numbers.show(first));
            byStakeholder.merge(result.stakeholder(), result.presentValue().value(), (a, b) -> a.add(b, mc));
            String dimension = result.dimension() == null ? "NONE" : result.dimension().name();
            byDimension.merge(dimension, result.presentValue().value(), (a, b) -> a.add(b, mc));
        }
        List<InputValue> inputs = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        List<String> inputTerms = new ArrayList<>();
        Map<String, BigDecimal> byContributor = new TreeMap<>();
        Map<FunderKind, BigDecimal> byKind = new EnumMap<>(FunderKind.class);
        for (Plan.CompiledInput input : plan.inputs) {
            Figure value = input(input);
            byContributor.merge(input.contributor(), value.value(), (a, b) -> a.add(b, mc));
            inputs.add(new InputValue(input.contributor(), input.description(), input.inKind(), value,
                    input.funderKind()));
            byKind.merge(input.funderKind(), value.value(), (a, b) -> a.add(b, mc));
            total = total.add(value.value(), mc);
            inputTerms.add(Numbers.show(value.value()));
        }
        BigDecimal npv = pv.subtract(total, mc);
        BigDecimal ratio = pv.divide(total, mc);
        BigDecimal net = npv.divide(total, mc);
        List<Figure> totals = new ArrayList<>();
        totals.add(new Figure("presentValue", pv, "PV = Σ PV(outcome) = " + sum(pvTerms) + " = " + Numbers.show(pv),
                Map.of(), List.of()));
        totals.add(new Figure("totalInputs", total, "inputs = Σ input values = " + sum(inputTerms) + " = "
                + Numbers.show(total), Map.of(), List.of()));
        totals.add(new Figure("npv", npv, "NPV = PV − inputs = " + Numbers.show(pv) + " − " + Numbers.show(total)
                + " = " + Numbers.show(npv), Map.of("PV", pv, "inputs", total), List.of()));
        totals.add(new Figure("sroiRatio", ratio, "SROI ratio = PV / inputs = " + Numbers.show(pv) + " / "
                + Numbers.show(total) + " = " + Numbers.show(ratio), Map.of("PV", pv, "inputs", total), List.of()));
        totals.add(new Figure("netSroiRatio", net, "net SROI ratio = NPV / inputs = " + Numbers.show(npv) + " / "
                + Numbers.show(total) + " = " + Numbers.show(net), Map.of("NPV", npv, "inputs", total), List.of()));
        totals.add(new Figure("annualImpact", annual, "annual impact = Σ first-year impact of each outcome = "
                + sum(annualTerms) + " = " + Numbers.show(annual), Map.of(), List.of()));
        Map<String, BigDecimal> perKind = new LinkedHashMap<>();
        for (Map.Entry<FunderKind, BigDecimal> kind : byKind.entrySet()) {
            Figure figure = perEuro("valuePerEuro(" + kind.getKey() + ")", pv, kind.getValue(),
                    "inputs of kind " + kind.getKey());
            if (figure != null) {
                totals.add(figure);
                perKind.put(kind.getKey().name(), Numbers.present(figure.value()));
            }
        }
        BigDecimal local = byKind.entrySet().stream().filter(e -> FunderKind.LOCAL_PUBLIC.contains(e.getKey()))
                .map(Map.Entry::getValue).reduce(null, (a, b) -> a == null ? b : a.add(b, mc));
        Figure perLocal = local == null ? null : perEuro("valuePerEuroOfLocalPublicMoney", pv, local,
                "inputs of COMMUNE, EPCI, DEPARTEMENT and REGION");
        if (perLocal != null) {
            totals.add(perLocal);
        }
        Payback payback = payback(total, annual, pvByPeriod, totals);
        Map<String, BigDecimal> stakeholders = new LinkedHashMap<>();
        byStakeholder.forEach((id, value) -> stakeholders.put(id, Numbers.present(value)));
        Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
        byDimension.forEach((id, value) -> dimensions.put(id, Numbers.present(value)));
        Map<String, BigDecimal> contributors = new LinkedHashMap<>();
        byContributor.forEach((id, value) -> contributors.put(id, Numbers.present(value)));
        return new SroiResult(plan.map.name(), plan.map.currency(), plan.analysisYear, plan.mode, Numbers.present(pv),
                Numbers.present(npv), Numbers.present(total), Numbers.present(ratio), Numbers.present(net), payback,
                stakeholders, dimensions, contributors, perKind, perLocal == null ? null : Numbers.present(perLocal.value()),
                plan.discounting.describe(), conventions(), factors, inputs, outcomes,
                totals, plan.notes);
    }

    /** Returns PV per unit of some inputs with its formula, or null when they total zero (no ratio). */
    private Figure perEuro(String name, BigDecimal pv, BigDecimal inputs, String which) {
        if (inputs.signum() == 0) {
            return null;
        }
        BigDecimal value = pv.divide(inputs, mc);
        return new Figure(name, value, name + " = PV / " + which + " = " + Numbers.show(pv) + " / "
                + Numbers.show(inputs) + " = " + Numbers.show(value), Map.of("PV", pv, "inputs", inputs), List.of());
    }

    private OutcomeResult outcome(Plan.CompiledOutcome o, int years, Map<Integer, BigDecimal> pvByPeriod) {
        BigDecimal q = v[o.quantity()];
        BigDecimal p0 = v[o.proxy()];
        BigDecimal p = p0.multiply(o.revaluation(), mc);
        Figure proxy = new Figure("P", p, "P = P0 × revaluation = " + Numbers.show(p0) + " × "
                + Numbers.show(o.revaluation()) + " (" + o.revaluationText() + ") = " + Numbers.show(p) + " "
                + o.proxyUnit() + " in " + plan.analysisYear + (plan.revaluation == io.github.caeimpact.sroi.map.Revaluation.NONE
                        || o.revaluation().compareTo(BigDecimal.ONE) == 0 ? "" : " prices"),
                Map.of("P0", p0, "revaluation", o.revaluation(), "baseYear", BigDecimal.valueOf(o.proxyBaseYear())),
                o.sources());
        Map<String, BigDecimal> in = new LinkedHashMap<>();
        in.put("Q", q);
        in.put("P", p);
        StringBuilder symbols = new StringBuilder("I1 = Q × P");
        StringBuilder numbers = new StringBuilder(Numbers.show(q) + " × " + Numbers.show(p));
        BigDecimal i1 = q.multiply(p, mc);
        i1 = deduct(i1, "DW", v[o.deadweight()], in, symbols, numbers);
        i1 = deduct(i1, "DISP", v[o.displacement()], in, symbols, numbers);
        int[] att = o.attribution();
        for (int a = 0; a < att.length; a++) {
            i1 = deduct(i1, att.length == 1 ? "ATT" : "ATT" + (a + 1), v[att[a]], in, symbols, numbers);
        }
        i1 = deduct(i1, "LEAK", v[o.leakage()], in, symbols, numbers);
        String signed = "";
        if (o.sign() < 0) {
            // Deductions shrink the magnitude of a harm; the direction alone gives its sign.
            i1 = i1.negate();
            symbols.insert("I1 = ".length(), "−(").append(')');
            numbers.insert(0, "−(").append(')');
            signed = " (NEGATIVE outcome: its value is subtracted)";
        }
        Figure yearOne = new Figure("I1", i1, symbols + " = " + numbers + " = " + Numbers.show(i1) + signed, in,
                o.sources());
        BigDecimal d = v[o.dropOff()];
        BigDecimal duration = v[o.duration()];
        BigDecimal fraction = duration.subtract(duration.setScale(0, RoundingMode.FLOOR));
        boolean proRata = plan.fractionalDuration == FractionalDuration.PRO_RATA && fraction.signum() > 0;
        List<YearResult> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        BigDecimal keep = BigDecimal.ONE.subtract(d);
        for (int k = 1; k <= years; k++) {
            int exponent = o.dropOffFromYearOne() ? k : k - 1;
            BigDecimal it = Numbers.bound(i1.multiply(Numbers.bound(keep.pow(exponent, mc)), mc));
            String formula = "I(" + k + ") = I1 × (1 − d)^" + (o.dropOffFromYearOne() ? k + " (drop-off from year one)"
                    : "(" + k + " − 1)") + " = " + Numbers.show(i1) + " × (1 − " + Numbers.show(d) + ")^" + exponent;
            Map<String, BigDecimal> yin = new LinkedHashMap<>();
            yin.put("I1", i1);
            yin.put("d", d);
            if (k == years && proRata) {
                it = Numbers.bound(it.multiply(fraction, mc));
                formula += " × " + Numbers.show(fraction) + " (final partial year, PRO_RATA)";
                yin.put("fraction", fraction);
            }
            formula += " = " + Numbers.show(it);
            List<String> yearSources = List.of();
            if (o.published() != null && k <= o.published().length) {
                BigDecimal computed = it;
                BigDecimal published = o.published()[k - 1];
                it = o.sign() < 0 ? published.negate() : published;
                formula = "I(" + k + ") = " + (o.sign() < 0 ? "−" : "") + Numbers.show(published)
                        + " (published; computed " + Numbers.show(computed) + ": " + formula + ")";
                yin.put("published", published);
                yin.put("computed", computed);
                yearSources = List.of("published: publishedYearValues[" + (k - 1) + "] of the map");
            }
            Figure impact = new Figure("I(" + k + ")", it, formula, yin, yearSources);
            int period = o.startYear() + k;
            Figure factor = factor(period);
            BigDecimal pvk = Numbers.bound(it.multiply(factor.value(), mc));
            Figure pvFigure = new Figure("PV(" + k + ")", pvk, "PV(" + k + ") = I(" + k + ") × " + factor.name() + " = "
                    + Numbers.show(it) + " × " + Numbers.show(factor.value()) + " = " + Numbers.show(pvk),
                    Map.of("I", it, "factor", factor.value()), List.of());
            rows.add(new YearResult(k, period, plan.calendarYear(period), impact, factor, pvFigure));
            total = total.add(pvk, mc);
            terms.add(Numbers.show(pvk));
            pvByPeriod.merge(period, pvk, (a, b) -> a.add(b, mc));
        }
        Figure pv = new Figure("PV(" + o.id() + ")", total, "PV(" + o.id() + ") = Σ PV(t) = " + sum(terms) + " = "
                + Numbers.show(total), Map.of(), o.sources());
        return new OutcomeResult(o.id(), o.stakeholder(), o.dimension(), o.evidence(),
                o.sign() < 0 ? Direction.NEGATIVE : Direction.POSITIVE, proxy, yearOne, rows, pv);
    }

    private BigDecimal deduct(BigDecimal value, String name, BigDecimal share, Map<String, BigDecimal> in,
            StringBuilder symbols, StringBuilder numbers) {
        in.put(name, share);
        symbols.append(" × (1 − ").append(name).append(')');
        numbers.append(" × (1 − ").append(Numbers.show(share)).append(')');
        return Numbers.bound(value.multiply(BigDecimal.ONE.subtract(share), mc));
    }

    private Figure factor(int period) {
        int n = plan.exponent(period);
        if (n < 0) {
            BigDecimal df = BigDecimal.ONE.divide(growth[-n], mc);
            String name = "DF(" + -n + ")";
            String rule = plan.mode == Mode.FORECAST ? "" : " (calendar year " + plan.calendarYear(period)
                    + " is " + -n + " year(s) after the analysis year)";
            return new Figure(name, df, name + " = 1 / Π(1 + r_k) for k = 1.." + -n + rule + " = 1 / "
                    + Numbers.show(growth[-n]) + " = " + Numbers.show(df), Map.of("growth", growth[-n]), List.of());
        }
        if (n == 0) {
            return new Figure("CF(0)", BigDecimal.ONE, "CF(0) = 1 (the analysis year itself)", Map.of(), List.of());
        }
        String name = "CF(" + n + ")";
        return new Figure(name, growth[n], name + " = Π(1 + r_k) for k = 1.." + n + " (calendar year "
                + plan.calendarYear(period) + " brought forward " + n + " year(s) to " + plan.analysisYear
                + " by compounding at the discount rate) = " + Numbers.show(growth[n]), Map.of("growth", growth[n]),
                List.of());
    }

    private Figure input(Plan.CompiledInput input) {
        BigDecimal amount = v[input.amount()];
        if (plan.mode == Mode.EVALUATIVE && input.year() != null && input.year() < plan.analysisYear) {
            int n = plan.analysisYear - input.year();
            BigDecimal value = amount.multiply(growth[n], mc);
            return new Figure("input", value, "input = amount × Π(1 + r_k) for k = 1.." + n + " (" + input.year()
                    + " brought forward to " + plan.analysisYear + ") = " + Numbers.show(amount) + " × "
                    + Numbers.show(growth[n]) + " = " + Numbers.show(value),
                    Map.of("amount", amount, "growth", growth[n]), List.of());
        }
        return new Figure("input", amount, "input = amount = " + Numbers.show(amount), Map.of("amount", amount),
                List.of());
    }

    private Payback payback(BigDecimal inputs, BigDecimal annual, TreeMap<Integer, BigDecimal> pvByPeriod,
            List<Figure> totals) {
        BigDecimal simple = null;
        String simpleReason = null;
        if (annual.signum() <= 0) {
            simpleReason = "the annual impact, " + Numbers.show(annual)
                    + ", is not positive: the outcomes never pay the inputs back";
        } else {
            BigDecimal months = inputs.divide(annual.divide(TWELVE, mc), mc);
            totals.add(new Figure("simplePaybackMonths", months, "payback = inputs / (annual impact / 12) = "
                    + Numbers.show(inputs) + " / (" + Numbers.show(annual) + " / 12) = " + Numbers.show(months),
                    Map.of("inputs", inputs, "annualImpact", annual), List.of()));
            simple = Numbers.present(months);
        }
        BigDecimal cumulative = BigDecimal.ZERO;
        int last = pvByPeriod.isEmpty() ? 0 : pvByPeriod.lastKey();
        for (int p = 1; p <= last; p++) {
            BigDecimal value = pvByPeriod.getOrDefault(p, BigDecimal.ZERO);
            BigDecimal next = cumulative.add(value, mc);
            if (value.signum() > 0 && next.compareTo(inputs) >= 0) {
                BigDecimal months = TWELVE.multiply(BigDecimal.valueOf(p - 1L))
                        .add(TWELVE.multiply(inputs.subtract(cumulative, mc), mc).divide(value, mc), mc);
                totals.add(new Figure("discountedPaybackMonths", months,
                        "discounted payback = 12 × (p − 1) + 12 × (inputs − cumulative PV before p) / PV of p = 12 × "
                                + (p - 1) + " + 12 × (" + Numbers.show(inputs) + " − " + Numbers.show(cumulative)
                                + ") / " + Numbers.show(value) + " = " + Numbers.show(months)
                                + " (PV spread evenly over the months of period " + p + ")",
                        Map.of("inputs", inputs, "cumulativeBefore", cumulative, "periodPresentValue", value),
                        List.of()));
                return new Payback(simple, simpleReason, Numbers.present(months), null);
            }
            cumulative = next;
        }
        return new Payback(simple, simpleReason, null, "the cumulative present value, " + Numbers.show(cumulative)
                + ", never reaches the inputs, " + Numbers.show(inputs));
    }

    private List<ConventionApplied> conventions() {
        List<ConventionApplied> applied = new ArrayList<>();
        List<String> fractional = new ArrayList<>();
        List<String> fromYearOne = new ArrayList<>();
        List<String> several = new ArrayList<>();
        List<String> revalued = new ArrayList<>();
        List<String> negative = new ArrayList<>();
        List<String> published = new ArrayList<>();
        for (Plan.CompiledOutcome o : plan.outcomes) {
            if (o.sign() < 0) {
                negative.add(o.id());
            }
            if (o.published() != null) {
                published.add(o.id());
            }
            if (v[o.duration()].stripTrailingZeros().scale() > 0) {
                fractional.add(o.id());
            }
            if (o.dropOffFromYearOne()) {
                fromYearOne.add(o.id());
            }
            if (o.attribution().length > 1) {
                several.add(o.id());
            }
            if (o.revaluation().compareTo(BigDecimal.ONE) != 0) {
                revalued.add(o.id());
            }
        }
        applied.add(new ConventionApplied("fractionalDuration", plan.fractionalDuration.name(),
                switch (plan.fractionalDuration) {
                    case PRO_RATA -> "the final partial year of a fractional duration counts for its fraction of a year";
                    case ROUND_UP -> "the final partial year of a fractional duration counts as a full year";
                    case ROUND_NEAREST -> "a fractional duration is rounded to the nearest whole number of years, "
                            + "a half up: a final partial year of at least half a year counts in full, a shorter one "
                            + "not at all";
                }, fractional));
        applied.add(new ConventionApplied("direction", negative.isEmpty() ? "POSITIVE" : "SIGNED",
                "outcomes are benefits, added, except the listed harms (direction NEGATIVE): valued alike, their "
                        + "deductions shrinking their magnitude, then subtracted", negative));
        if (!published.isEmpty()) {
            applied.add(new ConventionApplied("publishedYearValues", "LISTED",
                    "the listed outcomes take the yearly values a published report printed instead of the computed "
                            + "ones; each year's formula shows the computed value beside the published one",
                    published));
        }
        BigDecimal stated = plan.discounting.statedRate();
        if (stated != null) {
            applied.add(new ConventionApplied("statedRate", stated.toPlainString(),
                    "the rate as the report printed it, not used in the calculation; the rate used in year 1 is "
                            + plan.rate(1, v).toPlainString() + " (" + plan.formula(1) + ")", List.of()));
        }
        applied.add(new ConventionApplied("dropOffFromYearOne", fromYearOne.isEmpty() ? "NONE" : "LISTED",
                "drop-off applies from the second year (I_t = I1 × (1 − d)^(t − 1)) except for the listed outcomes, "
                        + "where it applies from year one (I_t = I1 × (1 − d)^t)", fromYearOne));
        applied.add(new ConventionApplied("attribution", "PRODUCT",
                "several attribution shares multiply: Π(1 − ATTi)", several));
        applied.add(new ConventionApplied("ratePrecision", plan.ratePrecision == null ? "FULL"
                : String.valueOf(plan.ratePrecision), plan.ratePrecision == null
                        ? "discount rates are used at full precision"
                        : "each yearly discount rate is rounded half-even to " + plan.ratePrecision
                                + " decimal places before use", List.of()));
        applied.add(new ConventionApplied("revaluation", plan.revaluation.name(),
                plan.revaluation == io.github.caeimpact.sroi.map.Revaluation.CPI
                        ? "money proxies are revalued to the analysis year: P = P0 × CPI(analysis year) / CPI(base year)"
                        : "proxies are taken at their dated values", revalued));
        applied.add(new ConventionApplied("timing", plan.mode.name(), plan.mode == Mode.FORECAST
                ? "year one is discounted once: the value of period p is divided by Π(1 + r_k), k = 1..p; "
                        + "inputs are at the analysis date, undiscounted"
                : "period p is calendar year firstYear + p − 1; values of past years are brought forward to the "
                        + "analysis year by compounding at the discount rate, values of the analysis year count as "
                        + "they are, later years are discounted; inputs of past years are compounded alike",
                List.of()));
        return applied;
    }

    private static String sum(List<String> terms) {
        return terms.isEmpty() ? "0" : String.join(" + ", terms);
    }
}
