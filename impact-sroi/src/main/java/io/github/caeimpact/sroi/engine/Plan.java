package io.github.caeimpact.sroi.engine;

import io.github.caeimpact.indicators.Dimension;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.model.validation.ValidationReport;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.internal.Limits;
import io.github.caeimpact.sroi.map.Conventions;
import io.github.caeimpact.sroi.map.Discounting;
import io.github.caeimpact.sroi.map.Evidence;
import io.github.caeimpact.sroi.map.FractionalDuration;
import io.github.caeimpact.sroi.map.FunderKind;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Input;
import io.github.caeimpact.sroi.map.Mode;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.map.ParameterKind;
import io.github.caeimpact.sroi.map.ProxySpec;
import io.github.caeimpact.sroi.map.Quantity;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.map.RateFormula;
import io.github.caeimpact.sroi.map.Revaluation;
import io.github.caeimpact.sroi.proxy.FinancialProxy;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import io.github.caeimpact.sroi.rules.MapLimits;
import io.github.caeimpact.sroi.rules.MapRuleCodes;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A map compiled once for evaluation: every numeric parameter in one vector, proxies resolved and
 * their revaluation factors fixed, so that evaluating needs no JSON nor library.
 */
final class Plan {

    /** One compiled outcome: the indexes of its parameters and what is fixed. */
    record CompiledOutcome(int index, String id, String stakeholder, Dimension dimension, Evidence evidence,
            int quantity, int proxy, int duration, int deadweight, int displacement, int[] attribution, int dropOff,
            int leakage, int startYear, boolean dropOffFromYearOne, BigDecimal revaluation, String revaluationText,
            int proxyBaseYear, String proxyUnit, List<String> sources, int sign, BigDecimal[] published,
            double[] publishedDoubles) {
    }

    /** One compiled input: the index of its amount and its year. */
    record CompiledInput(int amount, String contributor, String description, boolean inKind, Integer year,
            FunderKind funderKind) {
    }

    final ImpactMap map;
    final MathContext math;
    final List<Parameter> parameters;
    final List<CompiledOutcome> outcomes;
    final List<CompiledInput> inputs;
    final Discounting discounting;
    /** Where each parameter the scheme declares sits in the vector, in the scheme's order. */
    final int[] rateParameters;
    /** The scheme's rate formula of each period, index = period; computed once. */
    private final RateFormula[] formulas;
    /** The values of constant formulas, exact and as doubles; null where a formula has parameters. */
    private final BigDecimal[] constantRates;
    private final double[] constantRatesDouble;
    final Integer ratePrecision;
    final FractionalDuration fractionalDuration;
    final Mode mode;
    final int analysisYear;
    final int firstYear;
    final List<String> notes;
    final Revaluation revaluation;
    /** Each outcome's revaluation factor as a double, for the fast path. */
    final double[] revaluations;

    private Plan(ImpactMap map, MathContext math, List<Parameter> parameters, List<CompiledOutcome> outcomes,
            List<CompiledInput> inputs, int[] rateParameters, List<String> notes) {
        this.map = map;
        this.math = math;
        this.parameters = List.copyOf(parameters);
        this.outcomes = List.copyOf(outcomes);
        this.inputs = List.copyOf(inputs);
        this.discounting = map.discounting();
        this.rateParameters = rateParameters;
        Conventions conventions = map.conventionsOrDefault();
        this.ratePrecision = conventions.ratePrecision();
        this.fractionalDuration = conventions.fractionalDurationOrDefault();
        this.revaluation = conventions.revaluationOrDefault();
        this.mode = map.mode();
        this.analysisYear = map.analysisYear();
        this.firstYear = map.mode() == Mode.EVALUATIVE ? map.firstYear() : map.analysisYear();
        this.notes = List.copyOf(notes);
        this.revaluations = outcomes.stream().mapToDouble(o -> o.revaluation().doubleValue()).toArray();
        // The furthest period any evaluation reaches: a start offset plus a duration, or the
        // evaluative look-back.
        int periods = 2 * MapLimits.MAX_DURATION_YEARS + MapLimits.MAX_EVALUATION_SPAN_YEARS + 1;
        this.formulas = new RateFormula[periods + 1];
        this.constantRates = new BigDecimal[periods + 1];
        this.constantRatesDouble = new double[periods + 1];
        for (int k = 1; k <= periods; k++) {
            formulas[k] = discounting.formula(k);
            if (formulas[k].isConstant()) {
                constantRates[k] = formulas[k].evaluate(new BigDecimal[0], rateParameters, math);
                constantRatesDouble[k] = constantRates[k].doubleValue();
            }
        }
    }

    /**
     * Validates and compiles a map.
     *
     * @param map the map
     * @param bindings the values of bound quantities
     * @param library the proxy library
     * @param index the price index
     * @param math the precision of the calculation
     * @return the plan
     * @throws io.github.caeimpact.model.validation.InvalidInputException if the map breaks a rule or
     *     a quantity is unbound
     */
    public static Plan compile(ImpactMap map, QuantityBindings bindings, ProxyLibrary library, PriceIndex index,
            MathContext math) {
        ImpactMaps.validate(map, library, index).throwIfInvalid("impact map");
        List<Problem> problems = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        List<CompiledOutcome> outcomes = new ArrayList<>();
        Conventions conventions = map.conventionsOrDefault();
        Set<String> fromYearOne = new HashSet<>(conventions.dropOffFromYearOneOrDefault());
        boolean cpi = conventions.revaluationOrDefault() == Revaluation.CPI;
        boolean usedIndex = false;
        for (int i = 0; i < map.outcomes().size(); i++) {
            Outcome outcome = map.outcomes().get(i);
            BigDecimal quantity = quantityOf(outcome.quantity(), bindings, "$.outcomes[" + i + "].quantity", problems);
            FinancialProxy proxy = outcome.proxy() instanceof ProxySpec.Ref ref
                    ? library.resolve(ref.ref(), map.analysisYear()).orElseThrow()
                    : ((ProxySpec.Inline) outcome.proxy()).proxy();
            BigDecimal revaluation = BigDecimal.ONE;
            String revaluationText;
            List<String> sources = new ArrayList<>();
            sources.add(proxy.source());
            if (!proxy.revalued()) {
                revaluationText = "not revalued: a rate, not money";
            } else if (!cpi) {
                revaluationText = "not revalued: conventions.revaluation = NONE";
            } else if (proxy.baseYear() == map.analysisYear().intValue()) {
                revaluationText = "not revalued: base year = analysis year";
            } else {
                revaluation = index.factor(proxy.baseYear(), map.analysisYear(), math).orElseThrow();
                revaluationText = "CPI(" + map.analysisYear() + ") / CPI(" + proxy.baseYear() + ") = "
                        + index.value(map.analysisYear()).orElseThrow().toPlainString() + " / "
                        + index.value(proxy.baseYear()).orElseThrow().toPlainString();
                sources.add(index.name() + ": " + index.source());
                usedIndex = true;
            }
            String id = outcome.id();
            int q = add(parameters, ParameterId.outcome(i, "quantity"), ParameterKind.QUANTITY, id, quantity);
            int p = add(parameters, ParameterId.outcome(i, "proxy.value"), ParameterKind.PROXY, id, proxy.value());
            int d = add(parameters, ParameterId.outcome(i, "durationYears"), ParameterKind.DURATION, id,
                    outcome.durationYears());
            int dw = add(parameters, ParameterId.outcome(i, "deadweight"), ParameterKind.SHARE, id, outcome.deadweight());
            int disp = add(parameters, ParameterId.outcome(i, "displacement"), ParameterKind.SHARE, id,
                    outcome.displacement());
            int[] att = new int[outcome.attribution().size()];
            for (int a = 0; a < att.length; a++) {
                att[a] = add(parameters, ParameterId.attribution(i, a), ParameterKind.SHARE, id,
                        outcome.attribution().get(a));
            }
            int drop = add(parameters, ParameterId.outcome(i, "dropOff"), ParameterKind.SHARE, id, outcome.dropOff());
            int leak = add(parameters, ParameterId.outcome(i, "leakage"), ParameterKind.SHARE, id,
                    outcome.leakageOrZero());
            outcomes.add(new CompiledOutcome(i, id, outcome.stakeholder(), outcome.dimension(), outcome.evidence(), q, p,
                    d, dw, disp, att, drop, leak, outcome.startYearOrZero(), fromYearOne.contains(id), revaluation,
                    revaluationText, proxy.baseYear(), proxy.unit(), sources, outcome.directionOrDefault().sign(),
                    published(outcome), publishedDoubles(outcome)));
        }
        ValidationReport.of(problems).throwIfInvalid("quantity bindings");
        List<CompiledInput> inputs = new ArrayList<>();
        for (int j = 0; j < map.inputs().size(); j++) {
            Input input = map.inputs().get(j);
            int amount = add(parameters, ParameterId.input(j), ParameterKind.AMOUNT, null, input.amount());
            inputs.add(new CompiledInput(amount, input.contributor(), input.description(),
                    Boolean.TRUE.equals(input.inKind()), input.year(), input.funderKindOrDefault()));
        }
        int[] rates = rateParameters(map.discounting(), parameters);
        List<String> notes = new ArrayList<>();
        if (usedIndex && index.note() != null) {
            notes.add("Price index: " + index.note());
        }
        if (!cpi) {
            notes.add("Proxies are taken at their dated values, not revalued to the analysis year "
                    + "(conventions.revaluation = NONE): conservative when prices rise.");
        }
        return new Plan(map, math, parameters, outcomes, inputs, rates, notes);
    }

    private static int[] rateParameters(Discounting discounting, List<Parameter> parameters) {
        List<Discounting.SchemeParameter> declared = discounting.parameters();
        int[] indexes = new int[declared.size()];
        for (int k = 0; k < indexes.length; k++) {
            Discounting.SchemeParameter parameter = declared.get(k);
            indexes[k] = add(parameters, ParameterId.discounting(parameter.name()), parameter.kind(), null,
                    parameter.value());
        }
        return indexes;
    }

    private static BigDecimal[] published(Outcome outcome) {
        return outcome.publishedYearValues() == null ? null
                : outcome.publishedYearValues().toArray(BigDecimal[]::new);
    }

    private static double[] publishedDoubles(Outcome outcome) {
        return outcome.publishedYearValues() == null ? null
                : outcome.publishedYearValues().stream().mapToDouble(BigDecimal::doubleValue).toArray();
    }

    private static BigDecimal quantityOf(Quantity quantity, QuantityBindings bindings, String path,
            List<Problem> problems) {
        if (quantity instanceof Quantity.Fixed fixed) {
            return fixed.value();
        }
        String indicator = ((Quantity.Bound) quantity).indicator();
        Optional<BigDecimal> bound = bindings.get(indicator);
        if (bound.isEmpty()) {
            problems.add(Problem.error(path + ".indicator", MapRuleCodes.UNBOUND_QUANTITY,
                    "no value was bound to indicator '" + indicator + "'"));
            return BigDecimal.ZERO;
        }
        BigDecimal value = bound.get();
        if (value.signum() < 0) {
            problems.add(Problem.error(path + ".indicator", RuleCodes.AMOUNT_NEGATIVE,
                    "the value bound to indicator '" + indicator + "' is negative: " + value.toPlainString()));
        }
        // A bound value meets the bounds of a written quantity, so that evaluation stays finite.
        Problem outOfBounds = Limits.outOfBounds(value, path + ".indicator", MapLimits.MAX_MAGNITUDE);
        if (outOfBounds != null) {
            problems.add(outOfBounds);
            return BigDecimal.ZERO;
        }
        return value;
    }

    private static int add(List<Parameter> parameters, ParameterId id, ParameterKind kind, String outcomeId,
            BigDecimal value) {
        parameters.add(new Parameter(id, kind, outcomeId, value));
        return parameters.size() - 1;
    }

    /**
     * Returns the parameters in vector order.
     *
     * @return the parameters
     */
    public List<Parameter> parameters() {
        return parameters;
    }

    /**
     * Returns the map compiled.
     *
     * @return the map
     */
    public ImpactMap map() {
        return map;
    }

    /** Returns the scheme's formula of period k. */
    RateFormula formula(int k) {
        return k < formulas.length ? formulas[k] : discounting.formula(k);
    }

    /** Returns the rate of year k from a BigDecimal vector, after the precision convention. */
    BigDecimal rate(int k, BigDecimal[] v) {
        BigDecimal r = k < constantRates.length && constantRates[k] != null ? constantRates[k]
                : formula(k).evaluate(v, rateParameters, math);
        return ratePrecision == null ? r : r.setScale(ratePrecision, RoundingMode.HALF_EVEN);
    }

    /** Returns the rate of year k from a double vector, after the precision convention. */
    double rate(int k, double[] v) {
        double r = k < constantRates.length && constantRates[k] != null ? constantRatesDouble[k]
                : formula(k).evaluate(v, rateParameters);
        return ratePrecision == null ? r : BigDecimal.valueOf(r).setScale(ratePrecision, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * Returns the furthest period any growth factor is needed for, given the durations of a vector.
     */
    int horizon(int[] years) {
        int needed = 1;
        for (int o = 0; o < outcomes.size(); o++) {
            CompiledOutcome outcome = outcomes.get(o);
            int last = outcome.startYear() + years[o];
            needed = Math.max(needed, mode == Mode.EVALUATIVE ? Math.abs(analysisYear - (firstYear + last - 1)) : last);
            if (mode == Mode.EVALUATIVE) {
                needed = Math.max(needed, analysisYear - (firstYear + outcome.startYear()));
            }
        }
        for (int j = 0; j < inputs.size(); j++) {
            CompiledInput input = inputs.get(j);
            if (input.year() != null) {
                needed = Math.max(needed, analysisYear - input.year());
            }
        }
        return needed;
    }

    /**
     * Returns the signed exponent of the growth factor of a period: in forecast mode −p (divide by
     * p years of growth); in evaluative mode the years from the period's calendar year to the
     * analysis year (positive for past years: compound; negative for later years: discount).
     */
    int exponent(int period) {
        if (mode == Mode.FORECAST) {
            return -period;
        }
        return analysisYear - (firstYear + period - 1);
    }

    /** Returns the calendar year of a period. */
    int calendarYear(int period) {
        return firstYear + period - 1;
    }

    /** Checks a vector's length and ranges without allocating. */
    void check(double[] v) {
        if (v.length != parameters.size()) {
            check(v.length, i -> v[i]);
        }
        for (int i = 0; i < v.length; i++) {
            if (!parameters.get(i).accepts(v[i])) {
                check(v.length, k -> v[k]);
            }
        }
    }

    /** Checks a vector's length and ranges. */
    void check(int length, java.util.function.IntToDoubleFunction value) {
        if (length != parameters.size()) {
            throw new IllegalArgumentException("values: expected " + parameters.size() + " parameters, got " + length);
        }
        for (int i = 0; i < length; i++) {
            Parameter parameter = parameters.get(i);
            double x = value.applyAsDouble(i);
            if (!parameter.accepts(x)) {
                throw new IllegalArgumentException("values[" + i + "] (" + parameter.id() + ", " + parameter.kind()
                        + "): out of range, was " + x);
            }
        }
    }
}
