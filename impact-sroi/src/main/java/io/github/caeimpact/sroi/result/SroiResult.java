package io.github.caeimpact.sroi.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.caeimpact.model.json.JsonLimits;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.sroi.map.Mode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The valuation of an impact map, every figure with its audit trail.
 *
 * <p>The headline figures are presented: money in the map's currency and ratios rounded to 2 decimal places,
 * half-even. The exact values, their formulas and inputs are in {@link #totals()}, each outcome's
 * in {@link #outcomes()}. {@code sroiRatio = PV / inputs} and {@code netSroiRatio = NPV / inputs}
 * are different figures, never to be printed one for the other. In JSON (see {@link #toJson()}) the
 * field names are those of the components.
 *
 * @param name the map's name
 * @param currency the map's ISO 4217 currency code
 * @param analysisYear the year the values are expressed in
 * @param mode forecast or evaluative
 * @param presentValue the total present value of the outcomes, rounded
 * @param npv the net present value: present value minus total inputs, rounded
 * @param totalInputs the total value of the inputs, rounded
 * @param sroiRatio present value per unit of input, rounded
 * @param netSroiRatio net present value per unit of input, rounded
 * @param paybackMonths the simple and discounted payback
 * @param byStakeholder present value by stakeholder id (every stakeholder of the map), rounded
 * @param byDimension present value by dimension code ({@code "NONE"} for outcomes without one), rounded
 * @param inputsByContributor input value by stakeholder id or funder name, rounded, so that a reader
 *     can relate the value to one funder's money (such as "per euro of local public money")
 * @param valuePerEuroByFunderKind present value per euro (per unit of the map's currency) of the
 *     inputs of each kind of funder present, {@code PV / inputs of that kind}, rounded; keys are
 *     {@link io.github.caeimpact.sroi.map.FunderKind} names
 * @param valuePerEuroOfLocalPublicMoney present value per euro of local public money, {@code PV /
 *     inputs of COMMUNE, EPCI, DEPARTEMENT and REGION}, rounded; null when the map has none
 * @param discounting the discounting scheme and its source
 * @param conventions every convention of the calculation, with what it changed
 * @param discountFactors the rate and cumulative growth of each period of the timeline
 * @param inputs each input as valued
 * @param outcomes each outcome's valuation
 * @param totals the exact totals with their formulas: {@code presentValue}, {@code totalInputs},
 *     {@code npv}, {@code sroiRatio}, {@code netSroiRatio}, {@code annualImpact}, and
 *     {@code valuePerEuro(KIND)} for each kind of funder present and
 *     {@code valuePerEuroOfLocalPublicMoney} when there is local public money
 * @param notes remarks a reader must see (price index caveats, proxies not revalued)
 */
public record SroiResult(String name, String currency, int analysisYear, Mode mode, BigDecimal presentValue,
        BigDecimal npv, BigDecimal totalInputs, BigDecimal sroiRatio, BigDecimal netSroiRatio, Payback paybackMonths,
        Map<String, BigDecimal> byStakeholder, Map<String, BigDecimal> byDimension,
        Map<String, BigDecimal> inputsByContributor, Map<String, BigDecimal> valuePerEuroByFunderKind,
        BigDecimal valuePerEuroOfLocalPublicMoney, String discounting,
        List<ConventionApplied> conventions, List<DiscountFactor> discountFactors, List<InputValue> inputs,
        List<OutcomeResult> outcomes, List<Figure> totals, List<String> notes) {

    /**
     * The limits for reading a result back: exact figures of long horizons are written in plain
     * notation and may be longer than the 40 characters the default limits allow.
     */
    private static final JsonLimits RESULT_LIMITS = JsonLimits.DEFAULT.withMaxNumberLength(1_000);
    private static final ObjectReader READER = StrictJson.mapper(RESULT_LIMITS).reader();

    /**
     * Copies the collections.
     *
     * @param name the name
     * @param currency the currency
     * @param analysisYear the analysis year
     * @param mode the mode
     * @param presentValue the present value
     * @param npv the NPV
     * @param totalInputs the total inputs
     * @param sroiRatio the SROI ratio
     * @param netSroiRatio the net SROI ratio
     * @param paybackMonths the payback
     * @param byStakeholder the split by stakeholder
     * @param byDimension the split by dimension
     * @param inputsByContributor the inputs by contributor
     * @param valuePerEuroByFunderKind the value per euro of each kind of funder
     * @param valuePerEuroOfLocalPublicMoney the value per euro of local public money, or null
     * @param discounting the scheme
     * @param conventions the conventions
     * @param discountFactors the factors
     * @param inputs the inputs
     * @param outcomes the outcomes
     * @param totals the totals
     * @param notes the notes
     */
    public SroiResult {
        byStakeholder = Collections.unmodifiableMap(new TreeMap<>(byStakeholder));
        byDimension = Collections.unmodifiableMap(new TreeMap<>(byDimension));
        inputsByContributor = Collections.unmodifiableMap(new TreeMap<>(inputsByContributor));
        valuePerEuroByFunderKind = Collections.unmodifiableMap(new TreeMap<>(valuePerEuroByFunderKind));
        conventions = List.copyOf(conventions);
        discountFactors = List.copyOf(discountFactors);
        inputs = List.copyOf(inputs);
        outcomes = List.copyOf(outcomes);
        totals = List.copyOf(totals);
        notes = List.copyOf(notes);
    }

    /**
     * Returns one of the exact totals by name.
     *
     * @param figureName {@code presentValue}, {@code totalInputs}, {@code npv}, {@code sroiRatio},
     *     {@code netSroiRatio} or {@code annualImpact}
     * @return the figure with its formula
     * @throws NoSuchElementException if no total has that name
     */
    public Figure total(String figureName) {
        return totals.stream().filter(f -> f.name().equals(figureName)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no total named " + figureName));
    }

    /**
     * Returns one outcome's valuation by id.
     *
     * @param id the outcome id
     * @return the valuation
     * @throws NoSuchElementException if no outcome has that id
     */
    public OutcomeResult outcome(String id) {
        return outcomes.stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no outcome with id " + id));
    }

    /**
     * Returns the result as JSON text (UTF-8, deterministic, ending with a line break).
     *
     * @return the JSON
     */
    public String toJson() {
        try {
            return StrictJson.mapper().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the result as JSON, without closing the stream.
     *
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     */
    public void write(OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(toJson().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a result written by {@link #write(OutputStream)}.
     *
     * @param in the JSON, not closed
     * @return the result
     * @throws InvalidInputException if the JSON is malformed, with the path of the problem
     * @throws UncheckedIOException if reading fails
     */
    public static SroiResult read(InputStream in) {
        return StrictJson.read(in, READER, SroiResult.class, "SROI result", result -> List.of());
    }
}
