package io.github.caeimpact.sroi.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.caeimpact.sroi.rules.MapLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SROI impact map: who is involved, what they put in, what changes for them and what it is
 * worth, with the discounting scheme and the conventions of the calculation.
 *
 * <p>Read and write it with {@link io.github.caeimpact.sroi.ImpactMaps}; value it with
 * {@code io.github.caeimpact.sroi.engine.SroiEngine}. Fields absent from JSON are null here;
 * {@link io.github.caeimpact.sroi.ImpactMaps#validate} reports the missing ones.
 *
 * <p>The constraint annotations of this record and of the records it holds state each field's
 * rule; {@code ImpactMaps.validate} checks them (with the rules across fields), and the published
 * schema, {@code impact-map.schema.json}, is generated from them.
 *
 * @param name the analysis name
 * @param currency the ISO 4217 code of every amount, such as {@code "EUR"}; proxies of the library (in
 *     euros) only in a map in EUR, never converted
 * @param analysisYear the calendar year whose prices and date the result expresses
 * @param firstYear the calendar year of the first outcome year, required in evaluative mode
 *     (at most the analysis year); in forecast mode null (year one is the analysis year)
 * @param mode forecast or evaluative
 * @param discounting the discount rate scheme
 * @param conventions the calculation conventions, or null for the Guide's
 * @param stakeholders the stakeholders
 * @param inputs the inputs
 * @param outcomes the outcomes
 * @param distributions the parameters written as a {@link Distribution} instead of a number, by
 *     address (sorted); the fields above hold their points, which the deterministic result uses.
 *     In JSON each sits in place of its number, not in a field of its own; empty when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImpactMap(@NotBlank String name,
        @NotNull @jakarta.validation.constraints.Pattern(regexp = "^[A-Z]{3}$")
        @JsonPropertyDescription("an ISO 4217 code known to the JDK, such as EUR; proxies of the library (in EUR) "
                + "only in a map in EUR") String currency,
        @NotNull @Min(MapLimits.EARLIEST_YEAR) @Max(MapLimits.LATEST_YEAR)
        @JsonPropertyDescription("the calendar year whose prices and date the result expresses") Integer analysisYear,
        @Min(MapLimits.EARLIEST_YEAR) @Max(MapLimits.LATEST_YEAR) @JsonPropertyDescription("evaluative mode only, "
                + "and required there: the calendar year of the first outcome year, at most analysisYear") Integer firstYear,
        @NotNull Mode mode, @NotNull Discounting discounting, Conventions conventions,
        @NotNull List<@NotNull Stakeholder> stakeholders, @NotNull List<@NotNull Input> inputs,
        @NotNull List<@NotNull Outcome> outcomes, Map<ParameterId, Distribution> distributions) {

    /**
     * Copies the lists and the distributions.
     *
     * @param name the name
     * @param currency the currency
     * @param analysisYear the analysis year
     * @param firstYear the first year (evaluative), or null
     * @param mode the mode
     * @param discounting the scheme
     * @param conventions the conventions, or null
     * @param stakeholders the stakeholders
     * @param inputs the inputs
     * @param outcomes the outcomes
     * @param distributions the distributions by address, or null for none
     */
    public ImpactMap {
        stakeholders = stakeholders == null ? null : List.copyOf(stakeholders);
        inputs = inputs == null ? null : List.copyOf(inputs);
        outcomes = outcomes == null ? null : List.copyOf(outcomes);
        distributions = distributions == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(distributions));
    }

    /**
     * Creates a map whose parameters are all plain numbers.
     *
     * @param name the name
     * @param currency the currency
     * @param analysisYear the analysis year
     * @param firstYear the first year (evaluative), or null
     * @param mode the mode
     * @param discounting the scheme
     * @param conventions the conventions, or null
     * @param stakeholders the stakeholders
     * @param inputs the inputs
     * @param outcomes the outcomes
     */
    public ImpactMap(String name, String currency, Integer analysisYear, Integer firstYear, Mode mode,
            Discounting discounting, Conventions conventions, List<Stakeholder> stakeholders, List<Input> inputs,
            List<Outcome> outcomes) {
        this(name, currency, analysisYear, firstYear, mode, discounting, conventions, stakeholders, inputs, outcomes,
                Map.of());
    }

    /**
     * Returns a copy whose parameters at the given addresses are written as distributions; the
     * fields keep their values, which should be the distributions' points.
     *
     * @param newDistributions the distributions by address
     * @return the copy
     */
    public ImpactMap withDistributions(Map<ParameterId, Distribution> newDistributions) {
        return new ImpactMap(name, currency, analysisYear, firstYear, mode, discounting, conventions, stakeholders,
                inputs, outcomes, newDistributions);
    }

    /**
     * Returns a forecast map in euros with the Guide's conventions.
     *
     * @param name the name
     * @param analysisYear the analysis year
     * @param discounting the scheme
     * @param stakeholders the stakeholders
     * @param inputs the inputs
     * @param outcomes the outcomes
     * @return the map
     */
    public static ImpactMap forecast(String name, int analysisYear, Discounting discounting,
            List<Stakeholder> stakeholders, List<Input> inputs, List<Outcome> outcomes) {
        return new ImpactMap(name, "EUR", analysisYear, null, Mode.FORECAST, discounting, null, stakeholders, inputs,
                outcomes);
    }

    /**
     * Returns the conventions, the Guide's when absent.
     *
     * @return the conventions
     */
    public Conventions conventionsOrDefault() {
        return conventions == null ? Conventions.GUIDE : conventions;
    }

    /**
     * Returns a copy with other outcomes.
     *
     * @param newOutcomes the outcomes
     * @return the copy
     */
    public ImpactMap withOutcomes(List<Outcome> newOutcomes) {
        return new ImpactMap(name, currency, analysisYear, firstYear, mode, discounting, conventions, stakeholders,
                inputs, newOutcomes, distributions);
    }

    /**
     * Returns a copy without the outcomes bound to some indicators, such as those a release masks:
     * a valuation made on published figures only leaves such outcomes out rather than use a value
     * the release withholds. The distributions of the remaining outcomes follow them to their new
     * positions; those of the outcomes left out are dropped.
     *
     * @param indicators the ids of the indicators whose bound outcomes are left out
     * @return the copy, or this map when no outcome is bound to one of them
     * @throws NullPointerException if indicators is null
     */
    public ImpactMap withoutOutcomesBoundTo(Set<String> indicators) {
        Objects.requireNonNull(indicators, "indicators");
        List<Outcome> kept = new ArrayList<>();
        Map<Integer, Integer> position = new HashMap<>();
        List<Outcome> all = outcomes == null ? List.of() : outcomes;
        for (int i = 0; i < all.size(); i++) {
            Outcome outcome = all.get(i);
            if (!(outcome.quantity() instanceof Quantity.Bound bound && indicators.contains(bound.indicator()))) {
                position.put(i, kept.size());
                kept.add(outcome);
            }
        }
        if (kept.size() == all.size()) {
            return this;
        }
        Map<ParameterId, Distribution> moved = new LinkedHashMap<>();
        Pattern outcomePath = Pattern.compile("outcomes\\[(\\d+)](.*)");
        (distributions == null ? Map.<ParameterId, Distribution>of() : distributions).forEach((id, distribution) -> {
            Matcher matcher = outcomePath.matcher(id.path());
            if (!matcher.matches()) {
                moved.put(id, distribution);
            } else {
                Integer to = position.get(Integer.parseInt(matcher.group(1)));
                if (to != null) {
                    moved.put(new ParameterId("outcomes[" + to + "]" + matcher.group(2)), distribution);
                }
            }
        });
        return new ImpactMap(name, currency, analysisYear, firstYear, mode, discounting, conventions, stakeholders,
                inputs, kept, distributions == null ? null : moved);
    }

    /**
     * Returns a copy with outcomes appended, such as those of
     * {@code io.github.caeimpact.sroi.map.PublicFinanceOutcomes}.
     *
     * @param more the outcomes to append
     * @return the copy
     */
    public ImpactMap withAddedOutcomes(List<Outcome> more) {
        List<Outcome> all = new ArrayList<>(outcomes == null ? List.of() : outcomes);
        all.addAll(more);
        return withOutcomes(all);
    }

    /**
     * Returns a copy with other stakeholders.
     *
     * @param newStakeholders the stakeholders
     * @return the copy
     */
    public ImpactMap withStakeholders(List<Stakeholder> newStakeholders) {
        return new ImpactMap(name, currency, analysisYear, firstYear, mode, discounting, conventions, newStakeholders,
                inputs, outcomes, distributions);
    }

    /**
     * Returns a copy with other inputs.
     *
     * @param newInputs the inputs
     * @return the copy
     */
    public ImpactMap withInputs(List<Input> newInputs) {
        return new ImpactMap(name, currency, analysisYear, firstYear, mode, discounting, conventions, stakeholders,
                newInputs, outcomes, distributions);
    }

    /**
     * Returns a copy with another discounting scheme.
     *
     * @param scheme the scheme
     * @return the copy
     */
    public ImpactMap withDiscounting(Discounting scheme) {
        return new ImpactMap(name, currency, analysisYear, firstYear, mode, scheme, conventions, stakeholders,
                inputs, outcomes, distributions);
    }

    /**
     * Returns a copy with other conventions.
     *
     * @param newConventions the conventions
     * @return the copy
     */
    public ImpactMap withConventions(Conventions newConventions) {
        return new ImpactMap(name, currency, analysisYear, firstYear, mode, discounting, newConventions, stakeholders,
                inputs, outcomes, distributions);
    }

    /**
     * Returns an evaluative copy whose outcome years start in the given calendar year.
     *
     * @param first the calendar year of the first outcome year
     * @return the copy
     */
    public ImpactMap evaluativeFrom(int first) {
        return new ImpactMap(name, currency, analysisYear, first, Mode.EVALUATIVE, discounting, conventions,
                stakeholders, inputs, outcomes, distributions);
    }
}
