package io.github.caeimpact.indicators.survey;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.ItemType;
import io.github.caeimpact.indicators.SurveyInstrument;
import io.github.caeimpact.indicators.SurveyItem;
import io.github.caeimpact.model.Answer;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.SurveyResponse;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks survey answers against the instruments of a catalogue: the instrument and its version
 * exist, the time point is the instrument's, each item is one of the instrument's, each answer has
 * its item's type and scale and lies within it. Each problem is an error located by its JSON path,
 * such as {@code $.participants[3].surveys[0].answers[2].item}, with a code of
 * {@link SurveyRuleCodes}.
 *
 * <p>Fields the dataset rules already require (an instrument, a value) are not reported again when
 * missing. Instances are immutable and thread-safe.
 */
public final class SurveyCheck {

    private final Catalogue catalogue;

    private SurveyCheck(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Returns a check against a catalogue's instruments.
     *
     * @param catalogue the catalogue, not null
     * @return the check
     */
    public static SurveyCheck of(Catalogue catalogue) {
        return new SurveyCheck(Objects.requireNonNull(catalogue, "catalogue"));
    }

    /**
     * Checks every participant's survey answers.
     *
     * @param dataset the dataset, not null
     * @return the errors, in participant order; empty if every answer fits its instrument
     */
    public ValidationReport check(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < dataset.participants().size(); i++) {
            problems.addAll(check(dataset.participants().get(i), "$.participants[" + i + "]"));
        }
        return new ValidationReport(problems);
    }

    /**
     * Checks one participant's survey answers.
     *
     * @param participant the participant, not null
     * @param path the participant's JSON path, such as {@code $.participants[3]}, not null
     * @return the errors, possibly empty
     */
    public List<Problem> check(Participant participant, String path) {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(path, "path");
        List<Problem> problems = new ArrayList<>();
        for (int s = 0; s < participant.surveys().size(); s++) {
            check(participant.surveys().get(s), path + ".surveys[" + s + "]", problems);
        }
        return problems;
    }

    private void check(SurveyResponse response, String path, List<Problem> problems) {
        if (response.instrument() == null) {
            return;
        }
        Optional<SurveyInstrument> found = catalogue.instrument(response.instrument());
        if (found.isEmpty()) {
            problems.add(Problem.error(path + ".instrument", SurveyRuleCodes.SURVEY_UNKNOWN_INSTRUMENT, "instrument '"
                    + response.instrument() + "' is not in the catalogue; its instruments are "
                    + catalogue.instruments().stream().map(SurveyInstrument::id).toList()));
            return;
        }
        SurveyInstrument instrument = found.get();
        if (response.instrumentVersion() != null && !response.instrumentVersion().equals(instrument.version())) {
            problems.add(Problem.error(path + ".instrumentVersion", SurveyRuleCodes.SURVEY_UNKNOWN_VERSION, "version '"
                    + response.instrumentVersion() + "' of " + instrument.id() + " does not exist; the catalogue has "
                    + instrument.version()));
            return;
        }
        if (response.timePoint() != null && !response.timePoint().name().equals(instrument.timePoint())) {
            problems.add(Problem.error(path + ".timePoint", SurveyRuleCodes.SURVEY_WRONG_TIME_POINT, instrument.id()
                    + " is administered at " + instrument.timePoint() + ", not " + response.timePoint()));
        }
        for (int a = 0; a < response.answers().size(); a++) {
            check(instrument, response.answers().get(a), path + ".answers[" + a + "]", problems);
        }
    }

    private static void check(SurveyInstrument instrument, Answer answer, String path, List<Problem> problems) {
        if (answer.item() == null) {
            return;
        }
        Optional<SurveyItem> found = instrument.item(answer.item());
        if (found.isEmpty()) {
            problems.add(Problem.error(path + ".item", SurveyRuleCodes.SURVEY_UNKNOWN_ITEM, "item '" + answer.item()
                    + "' is not in " + instrument.id() + " " + instrument.version() + "; its items are "
                    + instrument.items().stream().map(SurveyItem::id).toList()));
            return;
        }
        SurveyItem item = found.get();
        if (answer.type() == null || answer.value() == null) {
            return;
        }
        if (!answer.type().name().equals(item.type().name())) {
            problems.add(Problem.error(path + ".type", SurveyRuleCodes.SURVEY_WRONG_TYPE, "item '" + item.id()
                    + "' takes a " + item.type() + " answer, not " + answer.type()));
            return;
        }
        if (item.type() == ItemType.LIKERT && !Objects.equals(answer.scale(), item.scale())) {
            problems.add(Problem.error(path + ".scale", SurveyRuleCodes.SURVEY_WRONG_SCALE, "item '" + item.id()
                    + "' has a " + item.scale() + "-point scale, not " + answer.scale()));
            return;
        }
        String outside = outside(item, answer.value());
        if (outside != null) {
            problems.add(Problem.error(path + ".value", SurveyRuleCodes.SURVEY_OUT_OF_SCALE, "item '" + item.id()
                    + "': " + answer.value().toPlainString() + " is outside " + outside));
        }
    }

    /** Returns the scale a value lies outside of, in words, or null if it lies within. */
    private static String outside(SurveyItem item, BigDecimal value) {
        return switch (item.type()) {
            case LIKERT -> isInteger(value) && value.compareTo(BigDecimal.ONE) >= 0
                    && value.compareTo(BigDecimal.valueOf(item.scale())) <= 0 ? null : "the points 1 to " + item.scale();
            case YES_NO -> value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0 ? null
                    : "0 (no) and 1 (yes)";
            case NUMBER -> (item.min() == null || value.compareTo(item.min()) >= 0)
                    && (item.max() == null || value.compareTo(item.max()) <= 0) ? null
                    : "the range " + (item.min() == null ? "" : item.min().toPlainString()) + " to "
                            + (item.max() == null ? "" : item.max().toPlainString()) + " " + item.unit();
        };
    }

    private static boolean isInteger(BigDecimal value) {
        return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
