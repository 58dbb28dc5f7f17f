package io.github.caeimpact.sroi.internal;

import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.sroi.rules.MapLimits;
import java.math.BigDecimal;

/**
 * The check of a map's numbers against the bounds of {@link MapLimits}, with the problem it
 * reports.
 */
public final class Limits {
    private Limits() {
    }

    /**
     * Checks that a number has at most {@link MapLimits#MAX_SCALE} decimal places and a magnitude
     * of at most {@code max}.
     *
     * @param value the number
     * @param path where it stands, for the problem
     * @param max the largest magnitude allowed
     * @return the problem ({@code JSON_LIMIT_EXCEEDED}), or null if the number is within bounds
     */
    public static Problem outOfBounds(BigDecimal value, String path, BigDecimal max) {
        if (value.scale() > MapLimits.MAX_SCALE) {
            return Problem.error(path, RuleCodes.JSON_LIMIT_EXCEEDED, "a number has at most " + MapLimits.MAX_SCALE
                    + " decimal places, was " + shown(value));
        }
        if (value.abs().compareTo(max) > 0) {
            return Problem.error(path, RuleCodes.JSON_LIMIT_EXCEEDED, "a number here is at most " + max.toPlainString()
                    + ", was " + shown(value));
        }
        return null;
    }

    /** A number for a message: in scientific notation when its plain writing would be long. */
    private static String shown(BigDecimal value) {
        return Math.abs((long) value.scale()) > 40 ? value.toString() : value.toPlainString();
    }
}
