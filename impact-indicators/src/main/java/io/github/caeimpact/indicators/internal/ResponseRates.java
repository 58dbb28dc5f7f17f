package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.ResponseRate;
import io.github.caeimpact.indicators.SurveyInstrument;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.SurveyResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Counts, participant by participant, who should have answered each instrument and who did (see
 * {@link ResponseRate}); mergeable like the indicators' accumulators, not thread-safe.
 */
public final class ResponseRates {

    private final List<SurveyInstrument> instruments;
    private final Period period;
    private final int[] eligible;
    private final int[] respondents;
    private final boolean[] answered;

    /**
     * Starts counting.
     *
     * @param catalogue the catalogue, for the instruments and their time points
     * @param period the period measured
     */
    public ResponseRates(Catalogue catalogue, Period period) {
        this.instruments = catalogue.instruments();
        this.period = period;
        this.eligible = new int[instruments.size()];
        this.respondents = new int[instruments.size()];
        this.answered = new boolean[instruments.size()];
    }

    /**
     * Returns the response rate of each catalogue instrument that at least one participant answered.
     *
     * @param dataset the dataset
     * @param catalogue the catalogue, for the instruments and their time points
     * @param threshold k: counts under it are masked
     * @return the rates, in catalogue order
     */
    public static List<ResponseRate> of(Dataset dataset, Catalogue catalogue, int threshold) {
        ResponseRates rates = new ResponseRates(catalogue, dataset.period());
        dataset.participants().forEach(rates::add);
        return rates.rates(threshold);
    }

    /**
     * Counts a participant.
     *
     * @param participant the participant
     */
    public void add(Participant participant) {
        for (int i = 0; i < instruments.size(); i++) {
            SurveyInstrument instrument = instruments.get(i);
            answered[i] |= answered(participant, instrument, null);
            if (eligible(participant, instrument.timePoint(), period)) {
                eligible[i]++;
                respondents[i] += answered(participant, instrument, period) ? 1 : 0;
            }
        }
    }

    /**
     * Absorbs the counts of another counter of the same catalogue and period.
     *
     * @param other the other counter; left unchanged
     */
    public void merge(ResponseRates other) {
        for (int i = 0; i < instruments.size(); i++) {
            eligible[i] += other.eligible[i];
            respondents[i] += other.respondents[i];
            answered[i] |= other.answered[i];
        }
    }

    /**
     * Returns the rates of the participants counted.
     *
     * @param threshold k: counts under it are masked
     * @return the rate of each instrument answered at least once, in catalogue order
     */
    public List<ResponseRate> rates(int threshold) {
        List<ResponseRate> rates = new ArrayList<>();
        for (int i = 0; i < instruments.size(); i++) {
            if (!answered[i]) {
                continue;
            }
            boolean masked = eligible[i] < threshold || respondents[i] < threshold;
            BigDecimal rate = masked || eligible[i] == 0 ? null : BigDecimal.valueOf(respondents[i])
                    .divide(BigDecimal.valueOf(eligible[i]), 4, RoundingMode.HALF_EVEN);
            rates.add(new ResponseRate(instruments.get(i).id(), instruments.get(i).timePoint(),
                    masked ? null : eligible[i], masked ? null : respondents[i], rate, masked));
        }
        return rates;
    }
    private static boolean answered(Participant participant, SurveyInstrument instrument, Period period) {
        for (SurveyResponse response : participant.surveys()) {
            if (instrument.id().equals(response.instrument()) && response.timePoint() != null
                    && response.timePoint().name().equals(instrument.timePoint())
                    && (period == null || response.date() != null && period.contains(response.date()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean eligible(Participant participant, String timePoint, Period period) {
        Optional<LocalDate> entry = participant.pathway().entryDate();
        Optional<LocalDate> exit = participant.pathway().exit().map(PathwayEvent::date);
        return switch (timePoint) {
            case "ENTRY" -> entry.filter(period::contains).isPresent();
            case "EXIT" -> exit.filter(period::contains).isPresent();
            case "FOLLOW_UP" -> exit.map(d -> d.plusMonths(6)).filter(period::contains).isPresent();
            default -> entry.filter(d -> !d.isAfter(period.end())).isPresent()
                    && exit.map(d -> !d.isBefore(period.start())).orElse(true);
        };
    }
}
