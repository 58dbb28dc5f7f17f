package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.Warning;
import io.github.caeimpact.indicators.Accumulator;
import io.github.caeimpact.indicators.IndicatorUnit;
import io.github.caeimpact.indicators.Statistic;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.stats.HypothesisTest;
import io.github.caeimpact.indicators.stats.ConfidenceInterval;
import io.github.caeimpact.indicators.stats.PairedTests;
import io.github.caeimpact.model.Participant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A calculator of the mean paired change (after minus before) with its t interval, paired t-test
 * and Wilcoxon signed-rank test; subclasses observe one person's difference. The accumulator keeps
 * exact sums and one primitive double per pair (the Wilcoxon test needs the differences).
 */
public abstract class PairedCalculator extends AbstractCalculator {

    /**
     * Creates the calculator.
     *
     * @param indicatorId the indicator id
     * @param unit the unit of the before and after values
     */
    protected PairedCalculator(String indicatorId, IndicatorUnit unit) {
        super(indicatorId, Statistic.PAIRED_MEAN_CHANGE, unit);
    }

    /**
     * Observes one person's change. Asked once per participant and measurement: the answer serves
     * the overall figure and every breakdown category, so it must depend on its arguments only.
     *
     * @param participant the participant
     * @param context the context
     * @return the difference after minus before, {@link Observation#MISSING} when one side is
     *     missing, or null when the person is outside the population
     */
    protected abstract Observation difference(Participant participant, MeasureContext context);

    @Override
    public Accumulator newAccumulator(MeasureContext context) {
        return new PairedAccumulator(this, context);
    }

    private static final class PairedAccumulator extends ObservingAccumulator<PairedAccumulator> {
        private final ExactMoments moments = new ExactMoments();
        private final ValueCounts differences = new ValueCounts();

        PairedAccumulator(PairedCalculator calculator, MeasureContext context) {
            super(PairedAccumulator.class, "a paired change", calculator.indicatorId(), context, calculator::difference);
        }

        @Override
        void accept(BigDecimal value) {
            moments.add(value);
            differences.add(value.doubleValue());
        }

        @Override
        void absorb(PairedAccumulator that) {
            moments.merge(that.moments);
            differences.addAll(that.differences);
        }

        @Override
        public long retainedValues() {
            return differences.size();
        }

        @Override
        public IndicatorResult result() {
            long n = moments.count();
            BigDecimal mean = moments.mean();
            List<HypothesisTest> tests = new ArrayList<>();
            // From the exact sums and the multiset of differences: merge order cannot change a digit.
            if (mean != null) {
                PairedTests.pairedT(n, mean.doubleValue(), moments.variance()).ifPresent(tests::add);
            }
            PairedTests.wilcoxon(differences.sorted()).ifPresent(tests::add);
            List<Warning> warnings = new ArrayList<>(Warning.standard(context, n, missing));
            ConfidenceInterval interval = moments.tInterval(context.options().confidenceLevel(), warnings);
            return new IndicatorResult(indicatorId, context.period(), mean, moments.sum(), BigDecimal.valueOf(n), n, missing,
                    interval, tests, warnings);
        }
    }
}
