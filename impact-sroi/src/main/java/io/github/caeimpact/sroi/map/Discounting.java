package io.github.caeimpact.sroi.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;

/**
 * The discount rate scheme of an analysis: the rate {@code r_k} applied in year {@code k}, so that
 * the value of year {@code t} is divided by {@code Π(1 + r_k)} for {@code k = 1..t}.
 *
 * <p>In JSON, {@code scheme} names the scheme: {@code {"scheme":"FLAT","rate":0.035}},
 * {@code {"scheme":"FR_2021","beta":1}}, {@code {"scheme":"FR_2013","beta":1}},
 * {@code {"scheme":"UK_GREEN_BOOK"}}, {@code {"scheme":"SCHEDULE","rates":[0.03,0.03,0.025]}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "scheme")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Discounting.Flat.class, name = "FLAT"),
    @JsonSubTypes.Type(value = Discounting.Fr2021.class, name = "FR_2021"),
    @JsonSubTypes.Type(value = Discounting.Fr2013.class, name = "FR_2013"),
    @JsonSubTypes.Type(value = Discounting.UkGreenBook.class, name = "UK_GREEN_BOOK"),
    @JsonSubTypes.Type(value = Discounting.Schedule.class, name = "SCHEDULE")
})
public sealed interface Discounting
        permits Discounting.Flat, Discounting.Fr2021, Discounting.Fr2013, Discounting.UkGreenBook, Discounting.Schedule {

    /**
     * Returns the rate of year {@code k} (1 for the first year), as a fraction, before any rounding
     * convention.
     *
     * @param k the year, from 1
     * @return the rate, such as 0.032
     */
    BigDecimal rate(int k);

    /**
     * Returns the scheme and its rule, with its source, for the audit trail.
     *
     * @return the description
     */
    String describe();

    /**
     * One rate for every year.
     *
     * @param rate the yearly rate as a fraction, such as 0.035
     */
    record Flat(BigDecimal rate) implements Discounting {
        @Override
        public BigDecimal rate(int k) {
            return rate;
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
     * @param beta the project's systematic risk factor β, at least 0
     */
    record Fr2021(BigDecimal beta) implements Discounting {
        private static final BigDecimal RISK_FREE = new BigDecimal("0.012");
        private static final BigDecimal PREMIUM = new BigDecimal("0.02");

        @Override
        public BigDecimal rate(int k) {
            return RISK_FREE.add(beta.multiply(PREMIUM));
        }

        @Override
        public String describe() {
            return "FR_2021: r = 1.2 % + β × 2 % with β = " + (beta == null ? "?" : beta.toPlainString())
                    + " (France Stratégie, 2021 revision of the public discount rate)";
        }
    }

    /**
     * The French public discount rate of 2013: {@code r = 2.5 % + β × 2 %} (4.5 % at β = 1).
     * Source: Quinet report, Commissariat général à la stratégie et à la prospective (2013); historical.
     *
     * @param beta the project's systematic risk factor β, at least 0
     */
    record Fr2013(BigDecimal beta) implements Discounting {
        private static final BigDecimal RISK_FREE = new BigDecimal("0.025");
        private static final BigDecimal PREMIUM = new BigDecimal("0.02");

        @Override
        public BigDecimal rate(int k) {
            return RISK_FREE.add(beta.multiply(PREMIUM));
        }

        @Override
        public String describe() {
            return "FR_2013: r = 2.5 % + β × 2 % with β = " + (beta == null ? "?" : beta.toPlainString())
                    + " (Quinet report, 2013)";
        }
    }

    /**
     * The declining long-term schedule of HM Treasury's Green Book: 3.5 % in years 0–30, 3.0 % in
     * 31–75, 2.5 % in 76–125, 2.0 % in 126–200, 1.5 % in 201–300 and 1.0 % beyond.
     *
     * @param note an optional free note kept with the map, null when absent
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UkGreenBook(String note) implements Discounting {
        @Override
        public BigDecimal rate(int k) {
            if (k <= 30) {
                return new BigDecimal("0.035");
            } else if (k <= 75) {
                return new BigDecimal("0.030");
            } else if (k <= 125) {
                return new BigDecimal("0.025");
            } else if (k <= 200) {
                return new BigDecimal("0.020");
            } else if (k <= 300) {
                return new BigDecimal("0.015");
            }
            return new BigDecimal("0.010");
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
     */
    record Schedule(List<BigDecimal> rates) implements Discounting {
        /**
         * Copies the list.
         *
         * @param rates the rates
         */
        public Schedule {
            rates = rates == null ? null : List.copyOf(rates);
        }

        @Override
        public BigDecimal rate(int k) {
            return rates.get(Math.min(k, rates.size()) - 1);
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
