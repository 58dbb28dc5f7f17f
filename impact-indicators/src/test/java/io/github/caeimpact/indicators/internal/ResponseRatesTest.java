package io.github.caeimpact.indicators.internal;

import static io.github.caeimpact.model.testing.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.ResponseRate;
import io.github.caeimpact.model.Answer;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.SurveyResponse;
import io.github.caeimpact.model.TimePoint;
import io.github.caeimpact.model.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseRatesTest {

    private static SurveyResponse entry(String date) {
        return new SurveyResponse("CAE-IMPACT-ENTRY", "1.0.0", TimePoint.ENTRY, LocalDate.parse(date),
                List.of(Answer.likert("isolation", 3, 5)));
    }

    /** Six entrants in 2025, five answering the entry questionnaire; one of them left and answered the exit one. */
    private static Dataset dataset() {
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Fixtures.ParticipantBuilder builder = Fixtures.participant().id("p" + i)
                    .events(event(EventType.CAPE_START, "2025-02-0" + (i + 1)));
            if (i < 5) {
                builder.surveys(entry("2025-02-0" + (i + 1)));
            }
            if (i == 0) {
                builder.events(event(EventType.CAPE_START, "2025-02-01"),
                        PathwayEvent.of(EventType.EXIT, LocalDate.of(2025, 9, 1), ExitOutcome.JOB_SEARCH))
                        .surveys(entry("2025-02-01"), new SurveyResponse("CAE-IMPACT-EXIT", "1.0.0", TimePoint.EXIT,
                                LocalDate.of(2025, 9, 10), List.of(Answer.yesNo("qualification_gained", false))));
            }
            participants.add(builder.build());
        }
        return Fixtures.dataset(participants.toArray(Participant[]::new));
    }

    @Test
    void rateIsRespondentsOverEligiblePerInstrumentAnswered() {
        List<ResponseRate> rates = ResponseRates.of(dataset(), Catalogue.shipped(), 1);
        assertThat(rates).containsExactly(
                new ResponseRate("CAE-IMPACT-ENTRY", "ENTRY", 6, 5, new BigDecimal("0.8333"), false),
                new ResponseRate("CAE-IMPACT-EXIT", "EXIT", 1, 1, new BigDecimal("1.0000"), false));
    }

    @Test
    void fewerThanKEligibleOrRespondentsAreMasked() {
        List<ResponseRate> rates = ResponseRates.of(dataset(), Catalogue.shipped(), 5);
        assertThat(rates.get(0)).isEqualTo(new ResponseRate("CAE-IMPACT-ENTRY", "ENTRY", 6, 5, new BigDecimal("0.8333"), false));
        assertThat(rates.get(1)).isEqualTo(new ResponseRate("CAE-IMPACT-EXIT", "EXIT", null, null, null, true));
        assertThat(ResponseRates.of(dataset(), Catalogue.shipped(), 6).get(0).masked()).isTrue();
    }

    @Test
    void mergedHalvesCountLikeOnePass() {
        Dataset dataset = dataset();
        ResponseRates first = new ResponseRates(Catalogue.shipped(), dataset.period());
        ResponseRates second = new ResponseRates(Catalogue.shipped(), dataset.period());
        for (int i = 0; i < dataset.participants().size(); i++) {
            (i % 2 == 0 ? first : second).add(dataset.participants().get(i));
        }
        first.merge(second);
        assertThat(first.rates(1)).isEqualTo(ResponseRates.of(dataset, Catalogue.shipped(), 1));
    }
}
