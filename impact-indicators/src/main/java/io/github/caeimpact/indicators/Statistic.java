package io.github.caeimpact.indicators;

/** The statistic an indicator reports, which decides its confidence interval method. */
public enum Statistic {
    /** A number of people; no interval (a census of the records). */
    COUNT,
    /** A sum over people; no interval (a census of the records). */
    SUM,
    /** A share of a population, with a Wilson score interval. */
    PROPORTION,
    /** A mean over people, with a Student t interval. */
    MEAN,
    /** A median over people, with a seeded percentile bootstrap interval. */
    MEDIAN,
    /** The mean of paired changes (after minus before), with a t interval and paired tests. */
    PAIRED_MEAN_CHANGE
}
