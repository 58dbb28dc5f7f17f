package io.github.caeimpact.indicators;

import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.Period;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a calculator knows besides the participant: the period, the reference date (the date the
 * data describe, e.g. the extraction date), the organisations, its definition and the options.
 *
 * @param period the period measured
 * @param referenceDate the date the data describe; follow-ups after it cannot be observed yet
 * @param organisations the organisations, by id
 * @param definition the definition of the indicator being computed
 * @param options the measurement options
 */
public record MeasureContext(Period period, LocalDate referenceDate, Map<String, Organisation> organisations,
        IndicatorDefinition definition, MeasureOptions options) {

    /**
     * Checks the parts and copies the map.
     *
     * @param period the period
     * @param referenceDate the reference date
     * @param organisations the organisations by id
     * @param definition the definition
     * @param options the options
     * @throws NullPointerException if a part is null
     */
    public MeasureContext {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(referenceDate, "referenceDate");
        organisations = Map.copyOf(Objects.requireNonNull(organisations, "organisations"));
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(options, "options");
    }

    /**
     * Finds an organisation.
     *
     * @param id the organisation id
     * @return the organisation, or empty if unknown
     */
    public Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(organisations.get(id));
    }
}
