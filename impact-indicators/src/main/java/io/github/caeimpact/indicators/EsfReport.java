package io.github.caeimpact.indicators;

import io.github.caeimpact.indicators.internal.EsfCounts;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The ESF+ common indicators on participants (Regulation (EU) 2021/1057, Annex I): outputs
 * EECO01-EECO17 on the participants entering in the period, results EECR01-EECR06 on those leaving
 * in it, each counted by gender (women, men, non-binary; undisclosed separately).
 *
 * <p>Immediate results (EECR01-04) read the situation upon leaving: the exit outcome, updated by a
 * follow-up within 4 weeks; EECR03 reads {@code qualification_gained} in the CAE-IMPACT-EXIT
 * questionnaire within 4 weeks. Longer-term results (EECR05-06) read the follow-up 5 to 8 months
 * after leaving, for leavers whose 6-month point is on or before the reference date. Students at
 * entry are counted as inactive (EECO04). These are the counts the managing authority asks for, so
 * they are not masked: publish {@link #masked(io.github.caeimpact.indicators.disclosure.DisclosureControl)}
 * instead for anything but the managing authority.
 *
 * @param period the period
 * @param referenceDate the reference date
 * @param rows the indicators, in code order
 */
public record EsfReport(Period period, LocalDate referenceDate, List<EsfRow> rows) {

    /**
     * Copies the rows.
     *
     * @param period the period
     * @param referenceDate the reference date
     * @param rows the rows
     * @throws NullPointerException if a part is null
     */
    public EsfReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(referenceDate, "referenceDate");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }

    /**
     * Counts a dataset.
     *
     * @param dataset the dataset
     * @return the report
     */
    public static EsfReport of(Dataset dataset) {
        Tally tally = tally(dataset.period(), dataset.referenceDate());
        dataset.participants().forEach(tally::add);
        return tally.report();
    }

    /**
     * Starts counting participants one by one (streaming, mergeable).
     *
     * @param period the period
     * @param referenceDate the reference date
     * @return an empty tally
     */
    public static Tally tally(Period period, LocalDate referenceDate) {
        return new Tally(period, referenceDate);
    }

    /**
     * Returns one indicator's row.
     *
     * @param code the code, e.g. {@code EECR04}
     * @return the row
     * @throws IllegalArgumentException if the code is not reported
     */
    public EsfRow row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no ESF+ indicator '" + code + "' in the report"));
    }

    /**
     * Returns the report as published, small cells masked (see {@link PublishedEsfReport}).
     *
     * @param control the disclosure control
     * @return the masked report
     */
    public PublishedEsfReport masked(io.github.caeimpact.indicators.disclosure.DisclosureControl control) {
        return PublishedEsfReport.of(this, control);
    }

    /** A running count of the ESF+ indicators; keeps 23 x 4 counters whatever the number of people. */
    public static final class Tally {
        private final Period period;
        private final LocalDate referenceDate;
        private final EsfCounts counts = new EsfCounts();

        private Tally(Period period, LocalDate referenceDate) {
            this.period = Objects.requireNonNull(period, "period");
            this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
        }

        /**
         * Counts one participant.
         *
         * @param participant the participant
         * @return this tally
         */
        public Tally add(Participant participant) {
            counts.add(Objects.requireNonNull(participant, "participant"), period, referenceDate);
            return this;
        }

        /**
         * Absorbs another tally of the same period and reference date.
         *
         * @param other the other tally, unchanged
         * @return this tally
         * @throws IllegalArgumentException if the period or reference date differ
         */
        public Tally merge(Tally other) {
            if (!other.period.equals(period) || !other.referenceDate.equals(referenceDate)) {
                throw new IllegalArgumentException("can only merge tallies of the same period and reference date");
            }
            counts.merge(other.counts);
            return this;
        }

        /**
         * Returns the report of the participants counted so far.
         *
         * @return the report
         */
        public EsfReport report() {
            return new EsfReport(period, referenceDate, counts.rows());
        }
    }
}
