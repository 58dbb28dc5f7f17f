package io.github.caeimpact.indicators;

import java.util.Optional;

/**
 * Computes one indicator of the catalogue; the service-provider interface through which
 * programmes add calculators without forking.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/io.github.caeimpact.indicators.IndicatorCalculator}. An implementation
 * needs a public no-argument constructor and must be stateless; all state lives in its accumulators.
 */
public interface IndicatorCalculator {

    /**
     * Returns the id of the indicator this calculator computes.
     *
     * @return an id of the catalogue, e.g. {@code PUB04}
     */
    String indicatorId();

    /**
     * Returns the definition version this calculator implements; when a catalogue replaces a
     * definition with a new version, the calculator declaring exactly that version is chosen over
     * one declaring none.
     *
     * @return the version, or empty if the calculator implements any version of the definition
     */
    default Optional<String> definitionVersion() {
        return Optional.empty();
    }

    /**
     * Returns the statistic this calculator computes; the engine refuses a definition whose
     * statistic differs (a replacement definition computing something else needs its own calculator).
     *
     * @return the statistic
     */
    Statistic statistic();

    /**
     * Returns the unit of the values this calculator computes; the engine refuses a definition
     * whose unit differs.
     *
     * @return the unit
     */
    IndicatorUnit unit();

    /**
     * Returns a new, empty accumulator.
     *
     * @param context the period, organisations, definition and options of the measurement
     * @return the accumulator
     */
    Accumulator newAccumulator(MeasureContext context);
}
