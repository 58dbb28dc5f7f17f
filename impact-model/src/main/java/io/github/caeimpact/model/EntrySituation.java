package io.github.caeimpact.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A participant's situation on entering, as the ESF+ output indicators need it.
 *
 * @param status the labour-market status
 * @param unemployedMonths how many months the participant had been unemployed; present if and only
 *     if {@code status} is {@link LabourStatus#UNEMPLOYED}
 * @param minimumIncome whether the participant received the minimum income (revenu de solidarité
 *     active, RSA)
 */
public record EntrySituation(
        @NotNull LabourStatus status,
        @PositiveOrZero Integer unemployedMonths,
        @JsonProperty(required = true) boolean minimumIncome) {

    /** Months of unemployment from which a person is long-term unemployed (ESF+ EECO03). */
    public static final int LONG_TERM_UNEMPLOYMENT_MONTHS = 12;

    /**
     * Tells whether the participant was long-term unemployed: unemployed for 12 months or more.
     *
     * @return true if unemployed for at least 12 months
     */
    public boolean longTermUnemployed() {
        return status == LabourStatus.UNEMPLOYED && unemployedMonths != null
                && unemployedMonths >= LONG_TERM_UNEMPLOYMENT_MONTHS;
    }
}
