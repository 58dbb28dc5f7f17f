package io.github.caeimpact.indicators;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.json.internal.StrictJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset measured: every indicator of the catalogue, overall and broken down, with small cells
 * masked. Only masked figures ever leave the engine.
 *
 * @param catalogue the catalogue files used, e.g. {@code [CAE-IMPACT 1.0.0]}
 * @param period the period measured
 * @param referenceDate the date the data describe
 * @param disclosureThreshold k, the smallest number of people a shown cell counts
 * @param participants the number of participants read
 * @param indicators one section per indicator, in catalogue order
 * @param responseRates the response rate of each instrument answered in the dataset, by time
 *     point, in catalogue order
 */
public record IndicatorReport(List<String> catalogue, Period period, LocalDate referenceDate, int disclosureThreshold,
        long participants, List<IndicatorSection> indicators, List<ResponseRate> responseRates) {

    /**
     * Copies the lists.
     *
     * @param catalogue the catalogue files
     * @param period the period
     * @param referenceDate the reference date
     * @param disclosureThreshold k
     * @param participants the participants read
     * @param indicators the sections
     * @param responseRates the response rates
     * @throws NullPointerException if a part is null
     */
    public IndicatorReport {
        catalogue = List.copyOf(Objects.requireNonNull(catalogue, "catalogue"));
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(referenceDate, "referenceDate");
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
        responseRates = List.copyOf(Objects.requireNonNull(responseRates, "responseRates"));
    }

    /**
     * Returns a report without response rates.
     *
     * @param catalogue the catalogue files
     * @param period the period
     * @param referenceDate the reference date
     * @param disclosureThreshold k
     * @param participants the participants read
     * @param indicators the sections
     * @throws NullPointerException if a part is null
     */
    public IndicatorReport(List<String> catalogue, Period period, LocalDate referenceDate, int disclosureThreshold,
            long participants, List<IndicatorSection> indicators) {
        this(catalogue, period, referenceDate, disclosureThreshold, participants, indicators, List.of());
    }

    /**
     * Returns a copy with other response rates.
     *
     * @param rates the response rates, not null
     * @return the copy
     */
    public IndicatorReport withResponseRates(List<ResponseRate> rates) {
        return new IndicatorReport(catalogue, period, referenceDate, disclosureThreshold, participants, indicators, rates);
    }

    /**
     * Returns an indicator's section.
     *
     * @param indicatorId the indicator id
     * @return the section
     * @throws IllegalArgumentException if the report has no such indicator
     */
    public IndicatorSection section(String indicatorId) {
        Objects.requireNonNull(indicatorId, "indicatorId");
        return indicators.stream().filter(s -> s.indicatorId().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator '" + indicatorId + "' in the report"));
    }

    /**
     * Returns an indicator's overall result, unless it is masked.
     *
     * @param indicatorId the indicator id
     * @return the result, or empty if masked
     * @throws IllegalArgumentException if the report has no such indicator
     */
    public Optional<IndicatorResult> result(String indicatorId) {
        return Optional.ofNullable(section(indicatorId).overall().result());
    }

    /**
     * Returns an indicator's overall value.
     *
     * @param indicatorId the indicator id
     * @return the value, or empty if masked or nobody was counted
     * @throws IllegalArgumentException if the report has no such indicator
     */
    public Optional<BigDecimal> value(String indicatorId) {
        return result(indicatorId).flatMap(IndicatorResult::valueIfPresent);
    }

    /**
     * Returns an indicator's breakdown.
     *
     * @param indicatorId the indicator id
     * @param kind the attribute
     * @return the breakdown, or empty if it was not computed
     * @throws IllegalArgumentException if the report has no such indicator
     */
    public Optional<Breakdown> breakdown(String indicatorId, BreakdownKind kind) {
        return section(indicatorId).breakdown(kind);
    }

    /**
     * Returns the report as deterministic JSON (the library's strict writer).
     *
     * @return the JSON text
     */
    public String toJson() {
        try {
            return StrictJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException("cannot write the report as JSON", failure);
        }
    }

    /**
     * Writes the report as deterministic JSON.
     *
     * @param out the stream, not closed
     * @throws UncheckedIOException if writing fails
     */
    public void writeJson(OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write the report", failure);
        }
    }
}
