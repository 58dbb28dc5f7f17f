package io.github.caeimpact.indicators;

import java.util.Objects;

/**
 * A caveat travelling with a result, for the reader of a report.
 *
 * @param code a stable code: {@code NO_DATA}, {@code SMALL_SAMPLE}, {@code LOW_RESPONSE_RATE}
 *     or {@code HIGH_MISSING}
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
}
