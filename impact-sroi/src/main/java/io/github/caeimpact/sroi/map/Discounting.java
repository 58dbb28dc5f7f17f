package io.github.caeimpact.sroi.map;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.sroi.internal.Limits;
import io.github.caeimpact.sroi.rules.MapLimits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The discount rate scheme of an analysis: the rate {@code r_k} applied in year {@code k}, so that
 * the value of year {@code t} is divided by {@code Π(1 + r_k)} for {@code k = 1..t}.
 *
 * <p>Each scheme is one type that declares its numeric parameters ({@link #parameters()}), checks
 * itself ({@link #check(String)}) and gives the rate of each period as a {@link RateFormula} over
 * those parameters ({@link #formula(int)}); validation, the engine (exact and fast paths) and the
 * JSON schema all ask it. The JSON name of a scheme is its {@link JsonTypeName}; the permitted
 * subtypes are the list of schemes (see the README, "How to add a discounting scheme").
 *
 * <p>In JSON, {@code scheme} names the scheme: {@code {"scheme":"FLAT","rate":0.035}},
 * {@code {"scheme":"FR_2021","beta":1}}, {@code {"scheme":"FR_2013","beta":1}},
 * {@code {"scheme":"UK_GREEN_BOOK"}}, {@code {"scheme":"SCHEDULE","rates":[0.03,0.03,0.025]}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "scheme")
public sealed interface Discounting {

    /**
     * One numeric parameter a scheme declares.
     *
     * @param name its field name, such as {@code "beta"} or {@code "rates[2]"}, the tail of its
     *     {@link ParameterId} ({@code discounting.beta})
     * @param kind its kind, which fixes its range
     * @param value its value in the map, or null when absent
     */
    record SchemeParameter(String name, ParameterKind kind, BigDecimal value) {
        /**
         * Checks the name and kind.
         *
         * @param name not null
         * @param kind not null
         * @param value may be null
         */
        public SchemeParameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * Returns the scheme's numeric parameters in a fixed order, which the positions of
     * {@link RateFormula#parameter(int, String)} refer to.
     *
     * @return the parameters, possibly empty
     */
    List<SchemeParameter> parameters();

    /**
     * Returns the rate of period {@code k} as a formula over {@link #parameters()}, before any
     * rounding convention.
     *
     * @param k the period, from 1
     * @return the formula
     */
    RateFormula formula(int k);

    /**
     * Returns the rate as a published report printed it (such as 0.035 for "3.5 %"), carried into
     * the audit trail beside the rate used; not used in the calculation.
     *
     * @return the stated rate as a fraction, or null when none was given
     */
    BigDecimal statedRate();

    /**
     * Returns the scheme and its rule, with its source, for the audit trail.
     *
     * @return the description
     */
    String describe();

    /**
     * Returns the problems of the scheme's own shape beyond its parameters (such as an empty
     * schedule); none by default.
     *
     * @param path the JSON path of the scheme, such as {@code $.discounting}
     * @return the problems
     */
    default List<Problem> shapeProblems(String path) {
        return List.of();
    }

    /**
     * Checks the scheme: its shape, and each parameter present ({@code FIELD_REQUIRED}), bounded
     * ({@code JSON_LIMIT_EXCEEDED}) and within its kind's range
     * ({@code FIELD_OUT_OF_RANGE}).
     *
     * @param path the JSON path of the scheme, such as {@code $.discounting}
     * @return every problem, each with its path
     */
    default List<Problem> check(String path) {
        List<Problem> problems = new ArrayList<>(shapeProblems(path));
        for (SchemeParameter parameter : parameters()) {
            String at = path + "." + parameter.name();
            BigDecimal value = parameter.value();
            Problem bound = value == null ? null : Limits.outOfBounds(value, at, MapLimits.MAX_MAGNITUDE);
            if (value == null) {
                problems.add(Problem.error(at, RuleCodes.FIELD_REQUIRED, parameter.name() + " is required"));
            } else if (bound != null) {
                problems.add(bound);
            } else if (!parameter.kind().accepts(value)) {
                problems.add(Problem.error(at, RuleCodes.FIELD_OUT_OF_RANGE, parameter.name()
                        + " must be " + parameter.kind().range() + ", was " + value.toPlainString()));
            }
        }
        BigDecimal stated = statedRate();
        Problem bound = stated == null ? null : Limits.outOfBounds(stated, path + ".statedRate", MapLimits.MAX_MAGNITUDE);
        if (bound != null) {
            problems.add(bound);
        } else if (stated != null && !ParameterKind.RATE.accepts(stated)) {
            problems.add(Problem.error(path + ".statedRate", RuleCodes.FIELD_OUT_OF_RANGE, "statedRate must be "
                    + ParameterKind.RATE.range() + ", was " + stated.toPlainString()));
        }
        return problems;
    }

    /**
     * Returns the rate of year {@code k} at the map's own values, before any rounding convention.
     *
     * @param k the year, from 1
     * @return the rate as a fraction, such as 0.032
     * @throws NullPointerException if a parameter is absent (a map that fails {@link #check})
     */
    default BigDecimal rate(int k) {
        List<SchemeParameter> parameters = parameters();
        BigDecimal[] values = new BigDecimal[parameters.size()];
        int[] positions = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = Objects.requireNonNull(parameters.get(i).value(), parameters.get(i).name());
            positions[i] = i;
        }
        return formula(k).evaluate(values, positions, MathContext.DECIMAL128);
    }

    /**
     * One rate for every year.
     *
     * @param rate the yearly rate as a fraction, such as 0.035
     * @param statedRate the rate as a report printed it, or null
     */
    @JsonTypeName("FLAT")
    @JsonClassDescription("One rate for every year.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Flat(@NotNull BigDecimal rate,
            @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) BigDecimal statedRate) implements Discounting {
        /**
         * Returns a flat rate without a stated rate.
         *
         * @param rate the rate
         */
        public Flat(BigDecimal rate) {
            this(rate, null);
        }

        @Override
        public List<SchemeParameter> parameters() {
            return List.of(new SchemeParameter("rate", ParameterKind.RATE, rate));
        }

        @Override
        public RateFormula formula(int k) {
            return RateFormula.parameter(0, "rate");
        }

        @Override
        public String describe() {
            return "FLAT: r = " + (rate == null ? "?" : rate.toPlainString()) + " every year";
        }
    }

    /**
     * The French public discount rate revised in 2021: {@code r = 1.2 % + β × 2 %} (3.2 % at β = 1).
     * Source: France Stratégie, "Révision du taux d'actualisation des investissements publics" (2021).
     *
     * @param beta the project's systematic risk factor β, 0..10
     * @param statedRate the rate as a report printed it, or null
     */
    @JsonTypeName("FR_2021")
    @JsonClassDescription("r = 1.2 % + beta × 2 % (France Stratégie, 2021).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Fr2021(@NotNull BigDecimal beta,
            @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) BigDecimal statedRate) implements Discounting {
        /**
         * Returns the rule without a stated rate.
         *
         * @param beta the β factor
         */
        public Fr2021(BigDecimal beta) {
            this(beta, null);
        }

        private static final FrenchRule RULE = new FrenchRule("FR_2021", "0.012", "1.2 %",
                "France Stratégie, 2021 revision of the public discount rate");

        @Override
        public List<SchemeParameter> parameters() {
            return RULE.parameters(beta);
        }

        @Override
        public RateFormula formula(int k) {
            return RULE.formula();
        }

        @Override
        public String describe() {
            return RULE.describe(beta);
        }
    }

    /**
     * The French public discount rate of 2013: {@code r = 2.5 % + β × 2 %} (4.5 % at β = 1).
     * Source: Quinet report, Commissariat général à la stratégie et à la prospective (2013); historical.
     *
     * @param beta the project's systematic risk factor β, 0..10
     * @param statedRate the rate as a report printed it, or null
     */
    @JsonTypeName("FR_2013")
    @JsonClassDescription("r = 2.5 % + beta × 2 % (Quinet report, 2013).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Fr2013(@NotNull BigDecimal beta,
            @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) BigDecimal statedRate) implements Discounting {
        /**
         * Returns the rule without a stated rate.
         *
         * @param beta the β factor
         */
        public Fr2013(BigDecimal beta) {
            this(beta, null);
        }

        private static final FrenchRule RULE = new FrenchRule("FR_2013", "0.025", "2.5 %",
                "Quinet report, 2013");

        @Override
        public List<SchemeParameter> parameters() {
            return RULE.parameters(beta);
        }

        @Override
        public RateFormula formula(int k) {
            return RULE.formula();
        }

        @Override
        public String describe() {
            return RULE.describe(beta);
        }
    }

    /**
     * The declining long-term schedule of HM Treasury's Green Book: 3.5 % in years 0–30, 3.0 % in
     * 31–75, 2.5 % in 76–125, 2.0 % in 126–200, 1.5 % in 201–300 and 1.0 % beyond.
     *
     * @param note an optional free note kept with the map, null when absent
     * @param statedRate the rate as a report printed it, or null
     */
    @JsonTypeName("UK_GREEN_BOOK")
    @JsonClassDescription("3.5 % years 0-30, 3.0 % 31-75, 2.5 % 76-125, 2.0 % 126-200, 1.5 % 201-300, 1.0 % beyond "
            + "(HM Treasury).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UkGreenBook(String note,
            @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) BigDecimal statedRate) implements Discounting {
        /**
         * Returns the schedule without a stated rate.
         *
         * @param note a free note, or null
         */
        public UkGreenBook(String note) {
            this(note, null);
        }

        /** The last year of each band and its rate; beyond the last band, 1.0 %. */
        private static final int[] BAND_ENDS = {30, 75, 125, 200, 300};
        private static final RateFormula[] BAND_RATES = {RateFormula.constant("0.035"),
            RateFormula.constant("0.030"), RateFormula.constant("0.025"), RateFormula.constant("0.020"),
            RateFormula.constant("0.015"), RateFormula.constant("0.010")};

        @Override
        public List<SchemeParameter> parameters() {
            return List.of();
        }

        @Override
        public RateFormula formula(int k) {
            int band = 0;
            while (band < BAND_ENDS.length && k > BAND_ENDS[band]) {
                band++;
            }
            return BAND_RATES[band];
        }

        @Override
        public String describe() {
            return "UK_GREEN_BOOK: 3.5 % years 0–30, 3.0 % 31–75, 2.5 % 76–125, 2.0 % 126–200, "
                    + "1.5 % 201–300, 1.0 % beyond (HM Treasury, The Green Book)";
        }
    }

    /**
     * A custom rate per year; years after the last listed rate keep the last rate.
     *
     * @param rates the rates of years 1, 2, ..., as fractions; at least one
     * @param statedRate the rate as a report printed it, or null
     */
    @JsonTypeName("SCHEDULE")
    @JsonClassDescription("The rate of each year; later years keep the last rate.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Schedule(@NotEmpty List<@NotNull BigDecimal> rates,
            @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) BigDecimal statedRate) implements Discounting {
        /**
         * Returns a schedule without a stated rate.
         *
         * @param rates the rates
         */
        public Schedule(List<BigDecimal> rates) {
            this(rates, null);
        }

        /**
         * Copies the list.
         *
         * @param rates the rates
         * @param statedRate the stated rate, or null
         */
        public Schedule {
            rates = rates == null ? null : List.copyOf(rates);
        }

        @Override
        public List<SchemeParameter> parameters() {
            List<SchemeParameter> parameters = new ArrayList<>();
            for (int k = 0; rates != null && k < rates.size(); k++) {
                parameters.add(new SchemeParameter("rates[" + k + "]", ParameterKind.RATE, rates.get(k)));
            }
            return parameters;
        }

        @Override
        public RateFormula formula(int k) {
            int last = Math.min(k, rates.size()) - 1;
            return RateFormula.parameter(last, "rates[" + last + "]");
        }

        @Override
        public List<Problem> shapeProblems(String path) {
            return rates == null || rates.isEmpty()
                    ? List.of(Problem.error(path + ".rates", RuleCodes.FIELD_REQUIRED, "a schedule needs at least one rate"))
                    : List.of();
        }

        @Override
        public String describe() {
            return "SCHEDULE: r_k = " + rates + " for years k = 1.." + (rates == null ? 0 : rates.size())
                    + ", the last rate afterwards";
        }
    }

    /**
     * Returns a flat rate.
     *
     * @param rate the rate as a fraction
     * @return the scheme
     */
    static Discounting flat(BigDecimal rate) {
        return new Flat(rate);
    }

    /**
     * Returns the French 2021 rule.
     *
     * @param beta the β factor
     * @return the scheme
     */
    static Discounting fr2021(BigDecimal beta) {
        return new Fr2021(beta);
    }
}
