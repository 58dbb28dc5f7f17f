package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.IndicatorDefinition;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.Statistic;
import io.github.caeimpact.indicators.Warning;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The warnings every result carries, decided in one place. */
public final class Results {

    /** The precision of every division: IEEE 754 decimal64, 16 significant digits, HALF_EVEN. */
    public static final MathContext PRECISION = MathContext.DECIMAL64;

    private Results() {
    }

    /**
     * Returns the standard warnings for a result.
     *
     * @param context the measurement context
     * @param counted the people counted
     * @param missing the people missing
     * @return the warnings, in a fixed order
     */
    public static List<Warning> warnings(MeasureContext context, long counted, long missing) {
        IndicatorDefinition definition = context.definition();
        MeasureOptions options = context.options();
        List<Warning> warnings = new ArrayList<>();
        long concerned = counted + missing;
        if (counted == 0) {
            warnings.add(new Warning(Warning.NO_DATA, "nobody was counted (" + missing + " missing)"));
        } else if (counted < options.smallSample() && definition.statistic() != Statistic.COUNT && definition.statistic() != Statistic.SUM) {
            warnings.add(new Warning(Warning.SMALL_SAMPLE, "computed on " + counted + " people, fewer than " + options.smallSample()));
        }
        if (concerned > 0 && missing > 0) {
            double share = (double) missing / concerned;
            if (definition.survey() != null) {
                double rate = 1 - share;
                if (rate < options.minResponseRate()) {
                    warnings.add(new Warning(Warning.LOW_RESPONSE_RATE, String.format(Locale.ROOT,
                            "%d respondents of %d people concerned (%.1f %%), below %.1f %%", counted, concerned, 100 * rate,
                            100 * options.minResponseRate())));
                }
            } else if (share > options.maxMissingShare()) {
                warnings.add(new Warning(Warning.HIGH_MISSING, String.format(Locale.ROOT,
                        "%d of %d people concerned not recorded (%.1f %%), above %.1f %%", missing, concerned, 100 * share,
                        100 * options.maxMissingShare())));
            }
        }
        return warnings;
    }

    /**
     * Checks that an accumulator to merge is of the same indicator.
     *
     * @param mine this accumulator's indicator id
     * @param theirs the other's indicator id
     * @throws IllegalArgumentException if they differ
     */
    public static void requireSameIndicator(String mine, String theirs) {
        if (!mine.equals(theirs)) {
            throw new IllegalArgumentException("cannot merge an accumulator of " + theirs + " into one of " + mine);
        }
    }
}
