package io.github.caeimpact.sroi.map;

import io.github.caeimpact.indicators.Dimension;
import io.github.caeimpact.sroi.proxy.FinancialProxy;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the public-finance part of an impact map: what the State and local authorities get back
 * (benefits no longer paid, contributions and taxes generated, the cost of long-term unemployment
 * avoided), each an ordinary outcome of dimension {@link Dimension#PUBLIC_FINANCE}, net of its
 * deadweight, valued with the proxies of the library.
 *
 * <p>Every outcome has no displacement nor attribution, no drop-off, and the duration and evidence
 * grade set on the builder (one year and {@link Evidence#ESTIMATE} by default); edit the returned
 * outcomes with their {@code withX} methods to refine them.
 */
public final class PublicFinanceOutcomes {

    /** The id of the stakeholder the outcomes belong to by default. */
    public static final String STAKEHOLDER_ID = "state-and-local-authorities";

    /** Days per month used to turn daily benefits into months: 365 / 12. */
    public static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(365).divide(BigDecimal.valueOf(12),
            MathContext.DECIMAL128);

    private PublicFinanceOutcomes() {
    }

    /**
     * Returns the stakeholder "State and local authorities" (l'État et les collectivités territoriales).
     *
     * @return the stakeholder with id {@value #STAKEHOLDER_ID}
     */
    public static Stakeholder stakeholder() {
        return Stakeholder.of(STAKEHOLDER_ID, "State and local authorities");
    }

    /**
     * Starts a builder.
     *
     * @param library the library proxies come from
     * @param analysisYear the analysis year, to choose among dated values
     * @return the builder
     */
    public static Builder builder(ProxyLibrary library, int analysisYear) {
        return new Builder(Objects.requireNonNull(library, "library"), analysisYear);
    }

    /** Collects public-finance outcomes. */
    public static final class Builder {

        private final ProxyLibrary library;
        private final int analysisYear;
        private final List<Outcome> outcomes = new ArrayList<>();
        private String stakeholderId = STAKEHOLDER_ID;
        private BigDecimal durationYears = BigDecimal.ONE;
        private Evidence evidence = Evidence.ESTIMATE;

        private Builder(ProxyLibrary library, int analysisYear) {
            this.library = library;
            this.analysisYear = analysisYear;
        }

        /**
         * Sets the stakeholder id of the outcomes added next.
         *
         * @param id the stakeholder id
         * @return this builder
         */
        public Builder stakeholder(String id) {
            this.stakeholderId = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the duration of the outcomes added next.
         *
         * @param years the duration in years, above 0
         * @return this builder
         */
        public Builder durationYears(BigDecimal years) {
            this.durationYears = Objects.requireNonNull(years, "years");
            return this;
        }

        /**
         * Sets the evidence grade of the outcomes added next.
         *
         * @param grade the grade
         * @return this builder
         */
        public Builder evidence(Evidence grade) {
            this.evidence = Objects.requireNonNull(grade, "grade");
            return this;
        }

        /**
         * Adds the RSA (minimum income) months no longer paid, valued at the single-person flat amount.
         *
         * @param months the months of RSA avoided per year, over all participants
         * @param deadweight the share that would have been avoided anyway
         * @return this builder
         */
        public Builder rsaMonthsAvoided(BigDecimal months, BigDecimal deadweight) {
            return add("pf-rsa-avoided", "RSA (minimum income) months no longer paid", months,
                    ProxySpec.ref("RSA_MONTHLY_SINGLE"), deadweight);
        }

        /**
         * Adds the ARE (unemployment benefit) months no longer paid. The daily amount is
         * {@code max(40.4 % × SJR + fixed part, 57 % × SJR)}, not below the daily minimum and not above
         * 75 % of the SJR (the ceiling applies also to the minimum), from the library's ARE proxies
         * (Unédic, règlement d'assurance chômage); a month is 365 / 12 days, so the quantity is in
         * months, as in the example map's {@code pf-are-avoided}.
         *
         * @param months the months of ARE avoided per year, over all participants
         * @param dailyReferenceWage the average daily reference wage (SJR) in euros, or null to value
         *     every day at the daily minimum
         * @param deadweight the share that would have been avoided anyway
         * @return this builder
         */
        public Builder areMonthsAvoided(BigDecimal months, BigDecimal dailyReferenceWage, BigDecimal deadweight) {
            FinancialProxy minimum = proxy("ARE_DAILY_MINIMUM");
            BigDecimal daily = minimum.value();
            String formula = "daily minimum " + minimum.value().toPlainString();
            List<String> sources = new ArrayList<>(List.of(minimum.source()));
            if (dailyReferenceWage != null) {
                FinancialProxy fixed = proxy("ARE_FIXED_PART_DAILY");
                FinancialProxy withFixed = proxy("ARE_RATE_WITH_FIXED_PART");
                FinancialProxy alone = proxy("ARE_RATE_ALONE");
                FinancialProxy ceiling = proxy("ARE_MAX_RATE");
                BigDecimal first = withFixed.value().multiply(dailyReferenceWage).add(fixed.value());
                BigDecimal second = alone.value().multiply(dailyReferenceWage);
                BigDecimal cap = ceiling.value().multiply(dailyReferenceWage);
                daily = first.max(second).max(minimum.value()).min(cap);
                formula = "min(max(" + withFixed.value().toPlainString() + " × " + dailyReferenceWage.toPlainString()
                        + " + " + fixed.value().toPlainString() + ", " + alone.value().toPlainString() + " × "
                        + dailyReferenceWage.toPlainString() + ", " + minimum.value().toPlainString() + "), "
                        + ceiling.value().toPlainString() + " × " + dailyReferenceWage.toPlainString() + ")";
                sources.add(fixed.source());
                sources.add(ceiling.source());
            }
            BigDecimal monthly = daily.multiply(DAYS_PER_MONTH, MathContext.DECIMAL128);
            String source = "ARE per month = daily ARE × 365/12, daily ARE = " + formula + " = " + daily.toPlainString()
                    + " EUR; " + String.join("; ", sources);
            FinancialProxy proxy = new FinancialProxy(monthly, "EUR per month", minimum.baseYear(), source, null);
            return add("pf-are-avoided", "ARE (unemployment benefit) months no longer paid", months,
                    ProxySpec.inline(proxy), deadweight);
        }

        /**
         * Adds the employer and employee social contributions generated by the entrepreneurs' gross
         * pay (two outcomes), at the library's rates.
         *
         * @param grossPay the entrepreneurs' total gross pay per year, in euros
         * @param deadweight the share of that pay that would have been earned anyway
         * @return this builder
         */
        public Builder contributionsOnPay(BigDecimal grossPay, BigDecimal deadweight) {
            add("pf-employer-contributions", "Employer social contributions on the entrepreneurs' gross pay",
                    grossPay, ProxySpec.ref("EMPLOYER_CONTRIBUTION_RATE"), deadweight);
            return add("pf-employee-contributions", "Employee social contributions on the entrepreneurs' gross pay",
                    grossPay, ProxySpec.ref("EMPLOYEE_CONTRIBUTION_RATE"), deadweight);
        }

        /**
         * Adds the VAT collected on the entrepreneurs' turnover, at the standard rate (an upper bound:
         * VAT on purchases, reduced rates and exemptions are ignored).
         *
         * @param turnover the turnover excluding VAT per year, in euros
         * @param deadweight the share of that turnover that would have existed anyway
         * @return this builder
         */
        public Builder vatOnTurnover(BigDecimal turnover, BigDecimal deadweight) {
            return add("pf-vat", "VAT collected on the entrepreneurs' turnover", turnover,
                    ProxySpec.ref("VAT_STANDARD_RATE"), deadweight);
        }

        /**
         * Adds the public cost of long-term unemployment avoided, as a whole (direct spending,
         * indirect costs and lost taxes and contributions: ATD Quart Monde's 15,000 EUR). Beside
         * {@link #contributionsOnPay}, {@link #vatOnTurnover} or {@link #rsaMonthsAvoided} this
         * counts money twice ({@link #doubleCounting()}); use
         * {@link #longTermUnemploymentDirectSpendingAvoided} there.
         *
         * @param personYears the years of long-term unemployment avoided per year, over all participants
         * @param deadweight the share that would have been avoided anyway
         * @return this builder
         */
        public Builder longTermUnemploymentAvoided(BigDecimal personYears, BigDecimal deadweight) {
            return add("pf-long-term-unemployment-avoided", "Public cost of long-term unemployment avoided",
                    personYears, ProxySpec.ref("LONG_TERM_UNEMPLOYMENT_PUBLIC_COST_YEAR"), deadweight);
        }

        /**
         * Adds the direct public spending on long-term unemployment avoided (employment services and
         * benefits, ATD Quart Monde's 6,800 EUR): no lost taxes or contributions inside, so it may
         * stand beside {@link #contributionsOnPay} and {@link #vatOnTurnover}; the RSA is inside, so
         * not beside {@link #rsaMonthsAvoided} for the same people.
         *
         * @param personYears the years of long-term unemployment avoided per year, over all participants
         * @param deadweight the share that would have been avoided anyway
         * @return this builder
         */
        public Builder longTermUnemploymentDirectSpendingAvoided(BigDecimal personYears, BigDecimal deadweight) {
            return add("pf-long-term-unemployment-spending-avoided", "Direct public spending on long-term unemployment avoided",
                    personYears, ProxySpec.ref("LONG_TERM_UNEMPLOYMENT_DIRECT_SPENDING_YEAR"), deadweight);
        }

        /**
         * Returns the outcomes added so far that value the same money twice ({@link DoubleCounting}).
         *
         * @return the findings, empty when none
         */
        public List<DoubleCounting> doubleCounting() {
            return DoubleCounting.in(outcomes);
        }

        /**
         * Returns the outcomes added, in order.
         *
         * @return the outcomes
         */
        public List<Outcome> build() {
            return List.copyOf(outcomes);
        }

        private FinancialProxy proxy(String id) {
            return library.resolve(id, analysisYear)
                    .orElseThrow(() -> new IllegalStateException("the proxy library lacks " + id));
        }

        private Builder add(String id, String description, BigDecimal quantity, ProxySpec proxy,
                BigDecimal deadweight) {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(deadweight, "deadweight");
            outcomes.add(new Outcome(id, stakeholderId, Dimension.PUBLIC_FINANCE, description, null, null,
                    id.contains("contributions") || id.equals("pf-vat") ? "PFI01" : "PFI02", Quantity.of(quantity),
                    proxy, durationYears, null, deadweight, BigDecimal.ZERO, List.of(BigDecimal.ZERO), BigDecimal.ZERO,
                    null, evidence, null, null));
            return this;
        }
    }
}
