/**
 * Indicators declared as data: how an extension catalogue says an indicator is computed, for the
 * common shapes, without a Java calculator.
 *
 * <p>A {@link io.github.caeimpact.indicators.declared.Computation} names a
 * {@link io.github.caeimpact.indicators.declared.BasePopulation}, narrows it with conditions
 * ({@code where}), and says what is counted: a {@link io.github.caeimpact.indicators.declared.Condition}
 * for a share, an {@link io.github.caeimpact.indicators.declared.Operand} for a sum, mean or
 * median, two {@link io.github.caeimpact.indicators.declared.AnswerReference}s for a paired change,
 * nothing more for a count of people. Conditions and operands read the model's fields through a
 * closed vocabulary, {@link io.github.caeimpact.indicators.declared.Field}, and survey answers; it
 * is not a scripting language. A declared indicator is measured like a shipped one: the same
 * accumulators, intervals, breakdowns, warnings and disclosure control.
 */
package io.github.caeimpact.indicators.declared;
