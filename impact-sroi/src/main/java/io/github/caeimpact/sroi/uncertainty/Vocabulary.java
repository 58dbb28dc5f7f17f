package io.github.caeimpact.sroi.uncertainty;

import io.github.caeimpact.sroi.engine.Parameter;
import io.github.caeimpact.sroi.map.ParameterKind;

/**
 * The names of the parameters the uncertainty analyses vary: the words of the result
 * JSON ({@code quantity, proxy, deadweight, displacement, attribution, dropOff, durationYears,
 * leakage, discountRate}) and which of them the ratio is linear in.
 */
final class Vocabulary {

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
        return parameter.kind() != ParameterKind.AMOUNT;
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
