package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.model.Answer;
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

    /**
     * Creates the calculator.
     *
     * @param indicatorId the indicator id
     * @param item the item id, asked in both instruments
     */
    protected SurveyChangeCalculator(String indicatorId, String item) {
        super(indicatorId);
        this.item = item;
    }

    @Override
    protected Observation difference(Participant participant, MeasureContext context) {
        if (!Populations.isEntrepreneurInPeriod(participant, context.period())) {
            return null;
        }
        Optional<Answer> before = Surveys.answer(Surveys.earliest(participant, Surveys.ENTRY, TimePoint.ENTRY), item);
        Optional<Answer> after = Surveys.answer(Surveys.latestIn(participant, Surveys.ANNUAL, context.period()), item);
        if (before.isEmpty() || after.isEmpty()) {
            return Observation.MISSING;
        }
        return Observation.of(after.get().value().subtract(before.get().value()));
    }
}
