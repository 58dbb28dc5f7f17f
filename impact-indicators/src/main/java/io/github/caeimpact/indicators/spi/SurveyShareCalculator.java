package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.model.Answer;
import io.github.caeimpact.model.AnswerType;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.SurveyResponse;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A share of respondents answering an item in a given way, in the latest response to an instrument
 * dated in the period; people eligible without such an answer, or with an answer of another type
 * than the catalogue's item (YES_NO items, or LIKERT for {@code peer_exchange_frequency}), count as
 * missing (non-response).
 */
public abstract class SurveyShareCalculator extends ProportionCalculator {

    private final String instrument;
    private final String item;
    private final BiPredicate<Participant, MeasureContext> eligible;
    private final Predicate<Answer> yes;

    /**
     * Creates the calculator.
     *
     * @param indicatorId the indicator id
     * @param instrument the instrument id
     * @param item the item id
     * @param eligible who is asked
     * @param yes which answers count in the numerator
     */
    protected SurveyShareCalculator(String indicatorId, String instrument, String item,
            BiPredicate<Participant, MeasureContext> eligible, Predicate<Answer> yes) {
        super(indicatorId);
        this.instrument = instrument;
        this.item = item;
        this.eligible = eligible;
        this.yes = yes;
    }

    /**
     * Returns the answer type the item is collected as; answers of another type count as missing.
     *
     * @return the type, YES_NO unless overridden
     */
    protected AnswerType expectedType() {
        return AnswerType.YES_NO;
    }

    /**
     * Says whether a respondent belongs to the population, given the response; by default everyone does.
     *
     * @param response the latest response in the period
     * @return true if the respondent is concerned by the item
     */
    protected boolean concerned(SurveyResponse response) {
        return true;
    }

    @Override
    protected Classification classify(Participant participant, MeasureContext context) {
        if (!eligible.test(participant, context)) {
            return null;
        }
        Optional<SurveyResponse> response = Surveys.latestIn(participant, instrument, context.period());
        if (response.isPresent() && !concerned(response.get())) {
            return null;
        }
        Optional<Answer> answer = Surveys.answer(response, item).filter(a -> a.type() == expectedType());
        if (answer.isEmpty()) {
            return Classification.MISSING;
        }
        return yes.test(answer.get()) ? Classification.YES : Classification.NO;
    }

    /**
     * Tells whether a participant is an entrepreneur present in the period, the population of the annual survey.
     *
     * @param participant the participant
     * @param context the context
     * @return true if present
     */
    public static boolean entrepreneur(Participant participant, MeasureContext context) {
        return Populations.isEntrepreneurInPeriod(participant, context.period());
    }

    /**
     * Tells whether an answer is yes.
     *
     * @param answer the answer
     * @return true for yes
     */
    public static boolean isYes(Answer answer) {
        return answer.value().signum() != 0;
    }
}
