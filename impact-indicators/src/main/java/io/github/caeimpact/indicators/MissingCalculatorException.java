package io.github.caeimpact.indicators;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a catalogue holds indicators that no calculator computes: an extension catalogue
 * adds an indicator, but no {@link IndicatorCalculator} for it is on the class path.
 */
public final class MissingCalculatorException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** What to add, said once for every message and every caller. */
    public static final String WHAT_TO_ADD = "add a class implementing " + IndicatorCalculator.class.getName()
            + " (a few lines on the building blocks of io.github.caeimpact.indicators.spi, README \"How to add an indicator\")"
            + " and list it in META-INF/services/" + IndicatorCalculator.class.getName()
            + ", or declare its \"computation\" in the catalogue file (README \"Indicators declared as data\")";

    private final transient List<String> indicators;

    /**
     * Creates the exception.
     *
     * @param indicators each indicator without a calculator, as "id version"
     * @param message the full message, with every problem of the catalogue
     */
    public MissingCalculatorException(List<String> indicators, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.indicators = List.copyOf(indicators);
    }

    /**
     * Returns the indicators without a calculator.
     *
     * @return "id version" of each, in catalogue order
     */
    public List<String> indicators() {
        return indicators;
    }
}
