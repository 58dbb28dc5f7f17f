package io.github.caeimpact.indicators;

import io.github.caeimpact.indicators.declared.Computation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The definition of one indicator, as the catalogue publishes it: what it means, on whom and from
 * which data it is computed, and how.
 *
 * @param id the stable id, e.g. {@code PUB04}; three capital letters, two digits and an optional suffix
 * @param version the definition's own semantic version; a replacement must carry a higher one
 * @param since the catalogue version the indicator first appeared in
 * @param label the short name in French and English
 * @param definition the full definition in French and English
 * @param dimension the dimension it belongs to
 * @param unit the unit of its value
 * @param polarity which direction is better
 * @param statistic the statistic reported, which decides the interval method
 * @param source where the data comes from
 * @param population the people it is computed on, in English
 * @param formula the formula in words, in English
 * @param esfCodes the ESF+ common indicator codes it maps to (Regulation (EU) 2021/1057 Annex I), may be empty
 * @param sdgTargets the UN Sustainable Development Goal targets it informs (e.g. "8.5"), may be empty
 * @param survey the survey items it reads, null for indicators that read no survey
 * @param parameters the dated, sourced numbers its calculator uses, may be empty
 * @param references citations for the definition, may be empty
 * @param computation how the indicator is computed, declared as data; null for an indicator
 *     computed by an {@link IndicatorCalculator}
 */
public record IndicatorDefinition(
        @NotNull @Pattern(regexp = IndicatorDefinition.ID_PATTERN) String id,
        @NotNull @Pattern(regexp = SemanticVersion.PATTERN) String version,
        @NotNull @Pattern(regexp = SemanticVersion.PATTERN) String since,
        @NotNull LocalizedText label,
        @NotNull LocalizedText definition,
        @NotNull Dimension dimension,
        @NotNull IndicatorUnit unit,
        @NotNull Polarity polarity,
        @NotNull Statistic statistic,
        @NotNull DataSource source,
        @NotBlank String population,
        @NotBlank String formula,
        @NotNull List<@Pattern(regexp = "^EEC[OR][0-9]{2}$") String> esfCodes,
        @NotNull List<@Pattern(regexp = "^[0-9]{1,2}\\.[0-9a-z]{1,2}$") String> sdgTargets,
        SurveyReference survey,
        @NotNull List<Parameter> parameters,
        @NotNull List<String> references,
        Computation computation) {

    /** The pattern an indicator id must match. */
    public static final String ID_PATTERN = "^[A-Z]{3}[0-9]{2}[A-Z]?$";

    /**
     * Checks the required parts and copies the lists.
     *
     * @param id the id
     * @param version the version
     * @param since the catalogue version it appeared in
     * @param label the label
     * @param definition the definition
     * @param dimension the dimension
     * @param unit the unit
     * @param polarity the polarity
     * @param statistic the statistic
     * @param source the data source
     * @param population the population
     * @param formula the formula
     * @param esfCodes the ESF+ codes
     * @param sdgTargets the SDG targets
     * @param survey the survey reference, may be null
     * @param parameters the parameters
     * @param references the references
     * @param computation the declared computation, may be null
     * @throws NullPointerException if a required part is null
     */
    public IndicatorDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(formula, "formula");
        esfCodes = List.copyOf(Objects.requireNonNull(esfCodes, "esfCodes"));
        sdgTargets = List.copyOf(Objects.requireNonNull(sdgTargets, "sdgTargets"));
        parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
        references = List.copyOf(Objects.requireNonNull(references, "references"));
    }

    /**
     * Returns a copy computed from a declared computation instead of a calculator.
     *
     * @param declared the computation, or null for a calculator
     * @return the copy
     */
    public IndicatorDefinition withComputation(Computation declared) {
        return new IndicatorDefinition(id, version, since, label, definition, dimension, unit, polarity, statistic, source,
                population, formula, esfCodes, sdgTargets, survey, parameters, references, declared);
    }

    /**
     * Returns the parsed {@link #version()}.
     *
     * @return the definition's version
     * @throws IllegalArgumentException if the version text is malformed
     */
    public SemanticVersion semanticVersion() {
        return SemanticVersion.parse(version);
    }

    /**
     * Returns the value of a parameter in force on a date: the one with the latest
     * {@code validFrom} not after the date.
     *
     * @param name the parameter name
     * @param date the date
     * @return the parameter, or empty if none of that name is in force on that date
     */
    public Optional<Parameter> parameter(String name, LocalDate date) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        return parameters.stream()
                .filter(parameter -> parameter.name().equals(name) && !parameter.validFrom().isAfter(date))
                .max(Comparator.comparing(Parameter::validFrom));
    }
}
