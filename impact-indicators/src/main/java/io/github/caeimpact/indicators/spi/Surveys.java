package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.model.Answer;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.SurveyResponse;
import io.github.caeimpact.model.TimePoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds the survey responses the catalogue's definitions read. */
public final class Surveys {

    /** The CAE-IMPACT entry questionnaire. */
    public static final String ENTRY = "CAE-IMPACT-ENTRY";
    /** The CAE-IMPACT annual survey. */
    public static final String ANNUAL = "CAE-IMPACT-ANNUAL";
    /** The CAE-IMPACT exit questionnaire. */
    public static final String EXIT = "CAE-IMPACT-EXIT";
    /** The tiers-lieu annual survey. */
    public static final String TIERS_LIEU_ANNUAL = "TIERS-LIEU-ANNUAL";

    private Surveys() {
    }

    /**
     * Returns the latest response to an instrument dated in the period (the earlier in list order on a tie).
     *
     * @param participant the participant
     * @param instrument the instrument id
     * @param period the period
     * @return the response, or empty
     */
    public static Optional<SurveyResponse> latestIn(Participant participant, String instrument, Period period) {
        List<SurveyResponse> surveys = participant.surveys();
        SurveyResponse latest = null;
        for (int i = 0, n = surveys.size(); i < n; i++) {
            SurveyResponse s = surveys.get(i);
            if (s.instrument().equals(instrument) && period.contains(s.date()) && (latest == null || s.date().isAfter(latest.date()))) {
                latest = s;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Returns the earliest response to an instrument at a time point.
     *
     * @param participant the participant
     * @param instrument the instrument id
     * @param timePoint the time point
     * @return the response, or empty
     */
    public static Optional<SurveyResponse> earliest(Participant participant, String instrument, TimePoint timePoint) {
        List<SurveyResponse> surveys = participant.surveys();
        SurveyResponse earliest = null;
        for (int i = 0, n = surveys.size(); i < n; i++) {
            SurveyResponse s = surveys.get(i);
            if (s.timePoint() == timePoint && s.instrument().equals(instrument) && (earliest == null || s.date().isBefore(earliest.date()))) {
                earliest = s;
            }
        }
        return Optional.ofNullable(earliest);
    }

    /**
     * Returns the response to an instrument dated within some days of a date, the closest first.
     *
     * @param participant the participant
     * @param instrument the instrument id
     * @param date the date
     * @param days the window, in days either side
     * @return the response, or empty
     */
    public static Optional<SurveyResponse> near(Participant participant, String instrument, LocalDate date, int days) {
        List<SurveyResponse> surveys = participant.surveys();
        SurveyResponse closest = null;
        long closestDistance = Long.MAX_VALUE;
        for (int i = 0, n = surveys.size(); i < n; i++) {
            SurveyResponse s = surveys.get(i);
            long distance = Math.abs(s.date().toEpochDay() - date.toEpochDay());
            // Within the window, the closest first, the earlier in list order on a tie.
            if (distance <= days && distance < closestDistance && s.instrument().equals(instrument)) {
                closest = s;
                closestDistance = distance;
            }
        }
        return Optional.ofNullable(closest);
    }

    /**
     * Returns an answer of a response.
     *
     * @param response the response, may be empty
     * @param item the item id
     * @return the answer, or empty
     */
    public static Optional<Answer> answer(Optional<SurveyResponse> response, String item) {
        return response.flatMap(r -> r.answer(item));
    }
}
