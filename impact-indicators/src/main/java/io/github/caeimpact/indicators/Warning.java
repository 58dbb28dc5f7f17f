package io.github.caeimpact.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A caveat travelling with a result, for the reader of a report.
 *
 * @param code a stable code: {@code NO_DATA}, {@code SMALL_SAMPLE}, {@code LOW_RESPONSE_RATE},
 *     {@code HIGH_MISSING} or {@code INTERVAL_WITHHELD}
 * @param message what the caveat is, with the figures behind it
 */
public record Warning(String code, String message) {

    /** No one was counted. */
    public static final String NO_DATA = "NO_DATA";
    /** Fewer people were counted than the small-sample threshold; intervals are wide or approximate. */
    public static final String SMALL_SAMPLE = "SMALL_SAMPLE";
    /** A survey-based indicator's respondents are too small a share of the people concerned. */
    public static final String LOW_RESPONSE_RATE = "LOW_RESPONSE_RATE";
    /** An administrative field is missing for too large a share of the people concerned. */
    public static final String HIGH_MISSING = "HIGH_MISSING";
    /**
     * People were counted but no confidence interval is given, by the rule of the statistic (see
     * {@link io.github.caeimpact.indicators.stats.Intervals}): zero variance for a mean or paired
     * change, too few values for the level for a median.
     */
    public static final String INTERVAL_WITHHELD = "INTERVAL_WITHHELD";

    /**
     * Checks the parts.
     *
     * @param code the code
     * @param message the message
     * @throws NullPointerException if a part is null
     */
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the standard warnings of a result, the ones every shipped calculator attaches, for
     * extension calculators to attach the same: {@code NO_DATA} when nobody was counted,
     * {@code SMALL_SAMPLE} when fewer than {@link MeasureOptions#smallSample()} people were counted,
     * the one rule for every statistic with an interval (proportions, means, medians, paired
     * changes; never for counts and sums, which have no interval),
     * {@code LOW_RESPONSE_RATE} for survey indicators below {@link MeasureOptions#minResponseRate()},
     * {@code HIGH_MISSING} for other indicators above {@link MeasureOptions#maxMissingShare()}.
     *
     * @param context the measurement context (definition and options)
     * @param counted the people counted, not negative
     * @param missing the people concerned but missing, not negative
     * @return the warnings, in that fixed order, possibly empty
     */
    public static List<Warning> standard(MeasureContext context, long counted, long missing) {
        IndicatorDefinition definition = context.definition();
        MeasureOptions options = context.options();
        List<Warning> warnings = new ArrayList<>();
        long concerned = counted + missing;
        if (counted == 0) {
            warnings.add(new Warning(NO_DATA, "nobody was counted (" + missing + " missing)"));
        } else if (counted < options.smallSample() && definition.statistic() != Statistic.COUNT && definition.statistic() != Statistic.SUM) {
            warnings.add(new Warning(SMALL_SAMPLE, "computed on " + counted + " people, fewer than " + options.smallSample()));
        }
        if (concerned > 0 && missing > 0) {
            double share = (double) missing / concerned;
            if (definition.survey() != null) {
                double rate = 1 - share;
                if (rate < options.minResponseRate()) {
                    warnings.add(new Warning(LOW_RESPONSE_RATE, String.format(Locale.ROOT,
                            "%d respondents of %d people concerned (%.1f %%), below %.1f %%", counted, concerned, 100 * rate,
                            100 * options.minResponseRate())));
                }
            } else if (share > options.maxMissingShare()) {
                warnings.add(new Warning(HIGH_MISSING, String.format(Locale.ROOT,
                        "%d of %d people concerned not recorded (%.1f %%), above %.1f %%", missing, concerned, 100 * share,
                        100 * options.maxMissingShare())));
            }
        }
        return warnings;
    }

    /**
     * Returns the warning for a result whose interval is withheld although people were counted.
     *
     * @param reason why, with the figures (e.g. "every one of the 12 values is 3")
     * @return the warning {@code INTERVAL_WITHHELD}
     */
    public static Warning intervalWithheld(String reason) {
        return new Warning(INTERVAL_WITHHELD, "no confidence interval: " + Objects.requireNonNull(reason, "reason"));
    }
}
