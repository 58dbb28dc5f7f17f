package io.github.caeimpact.sroi.map;

import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.IndicatorSection;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The indicator values a caller supplies at evaluation time for quantities written
 * {@code {"indicator": "EXI01"}} in a map: indicator id to value.
 */
public final class QuantityBindings {

    private static final QuantityBindings EMPTY = new QuantityBindings(new TreeMap<>());

    private final TreeMap<String, BigDecimal> values;

    private QuantityBindings(TreeMap<String, BigDecimal> values) {
        this.values = values;
    }

    /**
     * Returns bindings without any value.
     *
     * @return the empty bindings
     */
    public static QuantityBindings empty() {
        return EMPTY;
    }

    /**
     * Returns bindings of the given values.
     *
     * @param values indicator id to value, no null key or value
     * @return the bindings
     * @throws NullPointerException if a key or value is null
     */
    public static QuantityBindings of(Map<String, BigDecimal> values) {
        Objects.requireNonNull(values, "values");
        TreeMap<String, BigDecimal> copy = new TreeMap<>();
        values.forEach((id, value) -> copy.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(value, "value")));
        return new QuantityBindings(copy);
    }

    /**
     * Returns bindings of every indicator measured in a report, so that a map's quantities can
     * rest on the measure.
     *
     * <p>An indicator is bound to the total its value is derived from: the numerator of its overall
     * result when there is one (the people with the attribute for a proportion, the sum for a mean
     * or a paired change), otherwise the value itself (a count or a sum). An indicator whose overall
     * result is masked by disclosure control, or has no value, is left unbound, so a map that needs
     * it fails with the path of the outcome rather than use a figure that may not be published.
     *
     * @param report the measured indicators
     * @return the bindings, one per indicator with a published overall figure
     */
    public static QuantityBindings fromIndicators(IndicatorReport report) {
        Objects.requireNonNull(report, "report");
        TreeMap<String, BigDecimal> bound = new TreeMap<>();
        for (IndicatorSection section : report.indicators()) {
            IndicatorResult result = section.overall().result();
            if (result == null) {
                continue;
            }
            BigDecimal total = result.numerator() != null ? result.numerator() : result.value();
            if (total != null) {
                bound.put(section.indicatorId(), total);
            }
        }
        return new QuantityBindings(bound);
    }

    /**
     * Returns a copy with one more (or a replaced) value.
     *
     * @param indicator the indicator id
     * @param value its value
     * @return the copy
     */
    public QuantityBindings with(String indicator, BigDecimal value) {
        TreeMap<String, BigDecimal> copy = new TreeMap<>(values);
        copy.put(Objects.requireNonNull(indicator, "indicator"), Objects.requireNonNull(value, "value"));
        return new QuantityBindings(copy);
    }

    /**
     * Returns the value bound to an indicator.
     *
     * @param indicator the indicator id
     * @return the value, or empty when unbound
     */
    public Optional<BigDecimal> get(String indicator) {
        return Optional.ofNullable(values.get(indicator));
    }

    /**
     * Returns every binding, sorted by indicator id.
     *
     * @return an unmodifiable view
     */
    public Map<String, BigDecimal> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof QuantityBindings other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "QuantityBindings" + values;
    }
}
