package io.github.caeimpact.sroi.uncertainty;

import java.util.Objects;

/**
 * The break-even (switching) value of one parameter: the value at which the SROI ratio equals a
 * target, all other parameters as in the map, or the reason there is none in the parameter's
 * range.
 *
 * @param parameter what the parameter is, as in {@link Sensitivity#parameter()}
 * @param outcome the id of the outcome it belongs to, or null for the discounting
 * @param path the parameter's address, such as {@code outcomes[0].deadweight}
 * @param value the break-even value at full double precision, or null when there is none
 * @param reason why there is none (null when there is a value)
 */
public record BreakEven(String parameter, String outcome, String path, Double value, String reason) {

    /**
     * Checks that exactly one of value and reason is given.
     *
     * @param parameter not null
     * @param outcome may be null
     * @param path not null
     * @param value the value, or null
     * @param reason the reason, or null
     * @throws IllegalArgumentException if both or neither of value and reason are given
     */
    public BreakEven {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(path, "path");
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("value, reason: exactly one must be given");
        }
    }
}
