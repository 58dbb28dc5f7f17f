package io.github.caeimpact.sroi.uncertainty;

import java.util.Objects;

/**
 * How much one sampled parameter drives the simulated SROI ratio: Spearman's rank correlation of
 * its draws with the ratio (the Pearson correlation of the ranks, ties given their mean rank).
 *
 * @param parameter what the parameter is, as in {@link Sensitivity#parameter()}
 * @param outcome the id of its outcome, or null for the discounting or an input
 * @param path its address, such as {@code outcomes[0].deadweight}
 * @param rankCorrelation Spearman's rank correlation with the ratio, −1..1
 */
public record Driver(String parameter, String outcome, String path, double rankCorrelation) {

    /**
     * Checks for nulls.
     *
     * @param parameter not null
     * @param outcome may be null
     * @param path not null
     * @param rankCorrelation the correlation
     */
    public Driver {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(path, "path");
    }
}
