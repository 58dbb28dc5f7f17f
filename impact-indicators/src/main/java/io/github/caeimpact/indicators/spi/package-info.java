/**
 * The building blocks of indicator calculators, for programmes that add indicators without
 * forking: extend one base, say who is in the population and what counts, and the base keeps the
 * accumulator (mergeable, order-insensitive), the interval, the tests and the standard warnings.
 *
 * <ul>
 *   <li>{@link io.github.caeimpact.indicators.spi.ProportionCalculator}: a share with its Wilson
 *       interval; classify one person YES, NO, MISSING or outside the population (null).</li>
 *   <li>{@link io.github.caeimpact.indicators.spi.ValueCalculator}: a count, sum, mean (t interval)
 *       or median (order-statistic interval), as the definition's statistic says; observe one
 *       person's value.</li>
 *   <li>{@link io.github.caeimpact.indicators.spi.PairedCalculator}: a mean paired change with its
 *       t interval, paired t-test and Wilcoxon signed-rank test; observe one person's difference.</li>
 *   <li>{@link io.github.caeimpact.indicators.spi.SurveyShareCalculator} and
 *       {@link io.github.caeimpact.indicators.spi.SurveyChangeCalculator}: a share of respondents
 *       answering an item, and an item's change between the entry and the annual survey.</li>
 *   <li>{@link io.github.caeimpact.indicators.spi.Populations} and
 *       {@link io.github.caeimpact.indicators.spi.Surveys}: the populations and survey responses the
 *       shipped catalogue names, so an extension counts the same people.</li>
 *   <li>{@link io.github.caeimpact.indicators.spi.ParticipantFacts}: a participant's pathway facts
 *       (entry, exit, first event of each type, follow-ups, activity years in the period) derived
 *       once per participant and shared by every calculator; {@code Populations} reads them.</li>
 * </ul>
 *
 * <p>A share of entrants from rural areas, whole:
 * <pre>
 * public final class RuralEntrants extends ProportionCalculator {
 *     public RuralEntrants() {
 *         super("XPR01");
 *     }
 *
 *     &#64;Override
 *     protected Classification classify(Participant participant, MeasureContext context) {
 *         if (!Populations.isEntrant(participant, context.period())) {
 *             return null; // outside the population
 *         }
 *         return participant.rural() == null ? Classification.MISSING
 *                 : participant.rural() ? Classification.YES : Classification.NO;
 *     }
 * }
 * </pre>
 * List the class in {@code META-INF/services/io.github.caeimpact.indicators.IndicatorCalculator}. The
 * common shapes need no Java at all: see {@link io.github.caeimpact.indicators.declared}.
 */
package io.github.caeimpact.indicators.spi;
