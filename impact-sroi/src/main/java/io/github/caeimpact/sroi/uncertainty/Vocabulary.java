package io.github.caeimpact.sroi.uncertainty;

import io.github.caeimpact.sroi.engine.Parameter;
import io.github.caeimpact.sroi.map.Distribution;

/**
 * The names and ranges of the parameters the uncertainty analyses vary: the words of the result
 * JSON ({@code quantity, proxy, deadweight, displacement, attribution, dropOff, durationYears,
 * leakage, discountRate}) and the interval each kind may take.
 */
final class Vocabulary {

    /** The largest quantity, proxy value or amount a map may hold (10<sup>12</sup>). */
    static final double MAX_MAGNITUDE = 1e12;

    private Vocabulary() {
    }

    /**
     * Returns the name of a parameter in the result JSON; an input amount, which only Monte Carlo
     * draws (sensitivity and break-even leave inputs as written), is {@code amount}.
     */
    static String name(Parameter parameter) {
        String path = parameter.id().path();
        return switch (parameter.kind()) {
            case QUANTITY -> "quantity";
            case PROXY -> "proxy";
            case DURATION -> "durationYears";
            case RATE, BETA -> "discountRate";
            case AMOUNT -> "amount";
            case SHARE -> shareName(path.substring(path.indexOf("].") + 2));
        };
    }

    private static String shareName(String field) {
        return field.startsWith("attribution") ? "attribution" : field;
    }

    /** Tells whether sensitivity and break-even vary a parameter: all but input amounts. */
    static boolean varied(Parameter parameter) {
        return parameter.kind() != Parameter.Kind.AMOUNT;
    }

    /**
     * Returns why a distribution does not fit a parameter of a kind (its support must lie within
     * the kind's range; a lognormal only fits the kinds bounded by 10<sup>12</sup>, where its
     * tail is capped), or null when it fits.
     */
    static String fits(Distribution distribution, Parameter.Kind kind) {
        double lower = distribution.lower();
        double upper = distribution.upper();
        boolean capped = distribution instanceof Distribution.LogNormal && highest(kind) == MAX_MAGNITUDE;
        if (lower < lowest(kind) || (upper > highest(kind) && !capped)) {
            return "the distribution's range [" + lower + ", " + upper + "] must lie within the parameter's range ["
                    + lowest(kind) + ", " + highest(kind) + "]";
        }
        return null;
    }

    /** Returns the smallest value a parameter of this kind may take. */
    static double lowest(Parameter.Kind kind) {
        return kind == Parameter.Kind.DURATION ? Double.MIN_VALUE : 0;
    }

    /** Returns the largest value a parameter of this kind may take. */
    static double highest(Parameter.Kind kind) {
        return switch (kind) {
            case QUANTITY, PROXY, AMOUNT -> MAX_MAGNITUDE;
            case DURATION -> 200;
            case SHARE -> 1;
            case RATE -> Math.nextDown(1.0);
            case BETA -> 10;
        };
    }

    /** Tells whether the SROI ratio is linear in a parameter (all else fixed). */
    static boolean linear(Parameter parameter) {
        return switch (parameter.kind()) {
            case QUANTITY, PROXY -> true;
            case SHARE -> !"dropOff".equals(name(parameter));
            default -> false;
        };
    }
}
