package io.github.caeimpact.sroi.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The calculation conventions of a map, where published reports differ from the Guide. Absent
 * fields take the Guide's default; the result's audit trail names every convention applied.
 *
 * @param fractionalDuration how the final partial year of a fractional duration counts; null means
 *     {@link FractionalDuration#PRO_RATA}
 * @param dropOffFromYearOne the ids of the outcomes whose drop-off applies from year one
 *     ({@code It = I1 × (1 − d)^t}) instead of from the second year (the Guide); null means none
 * @param ratePrecision the number of decimal places to which each yearly discount rate (a
 *     fraction) is rounded half-even before use, as a report that writes "2.9 %" for 2.86 % does
 *     ({@code 3} keeps 0.029); null means full precision
 * @param revaluation whether money proxies are revalued to the analysis year; null means
 *     {@link Revaluation#CPI}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Conventions(FractionalDuration fractionalDuration, List<@NotNull String> dropOffFromYearOne,
        @Min(0) @Max(12) Integer ratePrecision, Revaluation revaluation) {

    /** The Guide's conventions: pro rata partial years, drop-off from year two, full precision, CPI. */
    public static final Conventions GUIDE = new Conventions(null, null, null, null);

    /**
     * Copies the list.
     *
     * @param fractionalDuration the rule for partial years, or null
     * @param dropOffFromYearOne outcome ids, or null
     * @param ratePrecision decimal places, or null
     * @param revaluation the revaluation rule, or null
     */
    public Conventions {
        dropOffFromYearOne = dropOffFromYearOne == null ? null : List.copyOf(dropOffFromYearOne);
    }

    /**
     * Returns the rule for partial years, the default applied.
     *
     * @return the rule
     */
    public FractionalDuration fractionalDurationOrDefault() {
        return fractionalDuration == null ? FractionalDuration.PRO_RATA : fractionalDuration;
    }

    /**
     * Returns the outcome ids whose drop-off applies from year one, the default applied.
     *
     * @return the ids, possibly empty
     */
    public List<String> dropOffFromYearOneOrDefault() {
        return dropOffFromYearOne == null ? List.of() : dropOffFromYearOne;
    }

    /**
     * Returns the revaluation rule, the default applied.
     *
     * @return the rule
     */
    public Revaluation revaluationOrDefault() {
        return revaluation == null ? Revaluation.CPI : revaluation;
    }

    /**
     * Returns a copy with another rule for partial years.
     *
     * @param rule the rule
     * @return the copy
     */
    public Conventions withFractionalDuration(FractionalDuration rule) {
        return new Conventions(rule, dropOffFromYearOne, ratePrecision, revaluation);
    }

    /**
     * Returns a copy with another list of outcomes whose drop-off starts in year one.
     *
     * @param outcomeIds the ids
     * @return the copy
     */
    public Conventions withDropOffFromYearOne(List<String> outcomeIds) {
        return new Conventions(fractionalDuration, outcomeIds, ratePrecision, revaluation);
    }

    /**
     * Returns a copy with another rate precision.
     *
     * @param digits decimal places of the rate as a fraction, or null for full precision
     * @return the copy
     */
    public Conventions withRatePrecision(Integer digits) {
        return new Conventions(fractionalDuration, dropOffFromYearOne, digits, revaluation);
    }

    /**
     * Returns a copy with another revaluation rule.
     *
     * @param rule the rule
     * @return the copy
     */
    public Conventions withRevaluation(Revaluation rule) {
        return new Conventions(fractionalDuration, dropOffFromYearOne, ratePrecision, rule);
    }
}
