package io.github.caeimpact.indicators.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.model.Answer;
import io.github.caeimpact.model.AnswerType;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.SurveyResponse;
import io.github.caeimpact.model.TimePoint;
import io.github.caeimpact.model.testing.Fixtures;
import io.github.caeimpact.model.validation.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyCheckTest {

    private static final SurveyCheck CHECK = SurveyCheck.of(Catalogue.shipped());
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    private static List<Problem> check(String instrument, String version, TimePoint timePoint, Answer... answers) {
        SurveyResponse response = new SurveyResponse(instrument, version, timePoint, DAY, List.of(answers));
        Participant participant = Fixtures.participant().surveys(response).build();
        return CHECK.check(Fixtures.dataset(participant)).problems();
    }

    private static List<Problem> annual(Answer... answers) {
        return check("CAE-IMPACT-ANNUAL", "1.0.0", TimePoint.ANNUAL, answers);
    }

    private static void assertOne(List<Problem> problems, String code, String path) {
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.path()).isEqualTo("$.participants[0].surveys[0]" + path);
            assertThat(p.isError()).isTrue();
        });
    }

    @Test
    void answersThatFitTheirInstrumentPass() {
        assertThat(annual(Answer.yesNo("cae_decisive", true), Answer.likert("isolation", 5, 5),
                Answer.number("swemwbs_total", BigDecimal.valueOf(35)), Answer.number("monthly_income", BigDecimal.ZERO)))
                .isEmpty();
        assertThat(check("CAE-IMPACT-FOLLOW-UP", "1.0.0", TimePoint.FOLLOW_UP, Answer.yesNo("in_work", false))).isEmpty();
    }

    @Test
    void misspelledItemIsAnError() {
        assertOne(annual(Answer.yesNo("cae_decisve", true)), SurveyRuleCodes.SURVEY_UNKNOWN_ITEM, ".answers[0].item");
    }

    @Test
    void unknownInstrumentIsAnError() {
        assertOne(check("CAE-IMPACT-ANUAL", "1.0.0", TimePoint.ANNUAL, Answer.yesNo("cae_decisive", true)),
                SurveyRuleCodes.SURVEY_UNKNOWN_INSTRUMENT, ".instrument");
    }

    @Test
    void versionThatDoesNotExistIsAnError() {
        assertOne(check("CAE-IMPACT-ANNUAL", "9.0.0", TimePoint.ANNUAL, Answer.yesNo("cae_decisive", true)),
                SurveyRuleCodes.SURVEY_UNKNOWN_VERSION, ".instrumentVersion");
    }

    @Test
    void instrumentAnsweredAtAnotherTimePointIsAnError() {
        assertOne(check("CAE-IMPACT-ANNUAL", "1.0.0", TimePoint.EXIT, Answer.yesNo("cae_decisive", true)),
                SurveyRuleCodes.SURVEY_WRONG_TIME_POINT, ".timePoint");
    }

    @Test
    void answerOfTheWrongTypeIsAnError() {
        assertOne(annual(Answer.number("cae_decisive", BigDecimal.ONE)), SurveyRuleCodes.SURVEY_WRONG_TYPE,
                ".answers[0].type");
    }

    @Test
    void likertOnAnotherScaleIsAnError() {
        assertOne(annual(Answer.likert("isolation", 3, 7)), SurveyRuleCodes.SURVEY_WRONG_SCALE, ".answers[0].scale");
    }

    @Test
    void answersOutsideTheirScaleAreErrors() {
        assertOne(annual(new Answer("isolation", AnswerType.LIKERT, BigDecimal.valueOf(6), 5)),
                SurveyRuleCodes.SURVEY_OUT_OF_SCALE, ".answers[0].value");
        assertOne(annual(new Answer("isolation", AnswerType.LIKERT, new BigDecimal("2.5"), 5)),
                SurveyRuleCodes.SURVEY_OUT_OF_SCALE, ".answers[0].value");
        assertOne(annual(new Answer("cae_decisive", AnswerType.YES_NO, BigDecimal.valueOf(2), null)),
                SurveyRuleCodes.SURVEY_OUT_OF_SCALE, ".answers[0].value");
        assertOne(annual(Answer.number("swemwbs_total", BigDecimal.valueOf(36))), SurveyRuleCodes.SURVEY_OUT_OF_SCALE,
                ".answers[0].value");
        assertOne(annual(Answer.number("swemwbs_total", BigDecimal.valueOf(6))), SurveyRuleCodes.SURVEY_OUT_OF_SCALE,
                ".answers[0].value");
        assertOne(annual(Answer.number("monthly_income", new BigDecimal("-0.01"))), SurveyRuleCodes.SURVEY_OUT_OF_SCALE,
                ".answers[0].value");
    }
}
