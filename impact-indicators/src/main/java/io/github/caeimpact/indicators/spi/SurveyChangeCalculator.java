package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.IndicatorUnit;

import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.model.Answer;
import io.github.caeimpact.model.AnswerType;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.TimePoint;
import java.util.Optional;

/**
 * The paired change of one item between the CAE-IMPACT entry questionnaire and the latest annual
 * survey dated in the period, for entrepreneurs present in the period; those without both answers
 * count as missing.
 */
public abstract class SurveyChangeCalculator extends PairedCalculator {

    private final String item;
    private final AnswerType type;

    /**
     * Creates the calculator.
     *
     * @param indicatorId the indicator id
     * @param item the item id, asked in both instruments
     * @param type the answer type the item is collected as; answers of another type count as missing
     * @param unit the unit of the answers
     */
    protected SurveyChangeCalculator(String indicatorId, String item, AnswerType type, IndicatorUnit unit) {
        super(indicatorId, unit);
        this.item = item;
        this.type = type;
    }

    @Override
    protected Observation difference(Participant participant, MeasureContext context) {
        if (!Populations.isEntrepreneurInPeriod(participant, context.period())) {
            return null;
        }
        Optional<Answer> before = Surveys.answer(Surveys.earliest(participant, Surveys.ENTRY, TimePoint.ENTRY), item)
                .filter(a -> a.type() == type);
        Optional<Answer> after = Surveys.answer(Surveys.latestIn(participant, Surveys.ANNUAL, context.period()), item)
                .filter(a -> a.type() == type);
        if (before.isEmpty() || after.isEmpty()) {
            return Observation.MISSING;
        }
        return Observation.of(after.get().value().subtract(before.get().value()));
    }
}
