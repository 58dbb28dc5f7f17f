package io.github.caeimpact.sroi.map;

/**
 * Whether money proxies are revalued from their base year to the analysis year.
 */
public enum Revaluation {
    /**
     * Revalue with the consumer price index: {@code P × CPI(analysisYear) / CPI(baseYear)} (the
     * default). Impossible, hence an error, when the index lacks one of the two years.
     */
    CPI,
    /**
     * Take each proxy at its dated value. Conservative when prices rise (it under-states older
     * proxies); a proxy dated after the analysis year is still an error.
     */
    NONE
}
