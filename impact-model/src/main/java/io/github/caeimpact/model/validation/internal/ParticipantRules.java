package io.github.caeimpact.model.validation.internal;

import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.Answer;
import io.github.caeimpact.model.AnswerType;
import io.github.caeimpact.model.EntrySituation;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.Relationship;
import io.github.caeimpact.model.SurveyResponse;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.model.validation.SupportedDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cross-field rules of one participant, apart from those that need other participants or the
 * organisations. Null fields are skipped: the field constraints report them.
 */
public final class ParticipantRules {

    /** Fewest individual support interviews in a full year (décret n° 2015-1363). */
    public static final int MIN_SUPPORT_INTERVIEWS = 2;

    private ParticipantRules() {
    }

    /**
     * Checks a participant.
     *
     * @param participant the participant
     * @param referenceDate the dataset's reference date, null if unknown
     * @param path the JSON path of the participant, such as {@code $.participants[3]}
     * @param problems where to add the problems found
     */
    public static void check(Participant participant, LocalDate referenceDate, String path, List<Problem> problems) {
        if (referenceDate != null && participant.birthYear() > referenceDate.getYear()) {
            problems.add(Problem.error(path + ".birthYear", RuleCodes.DATE_AFTER_REFERENCE, "birth year "
                    + participant.birthYear() + " is after the year of the reference date " + referenceDate));
        }
        entrySituation(participant.entrySituation(), path + ".entrySituation", problems);
        if (participant.pathway() != null) {
            PathwayRules.check(participant.pathway().events(), referenceDate, path + ".pathway.events", problems);
        }
        activity(participant, referenceDate, path, problems);
        for (int i = 0; i < participant.surveys().size(); i++) {
            survey(participant.surveys().get(i), referenceDate, path + ".surveys[" + i + "]", problems);
        }
    }

    private static void entrySituation(EntrySituation entry, String path, List<Problem> problems) {
        if (entry == null || entry.status() == null) {
            return;
        }
        boolean unemployed = entry.status() == LabourStatus.UNEMPLOYED;
        if (unemployed && entry.unemployedMonths() == null) {
            problems.add(Problem.error(path + ".unemployedMonths", RuleCodes.UNEMPLOYED_MONTHS_MISSING,
                    "an UNEMPLOYED participant must have the months of unemployment"));
        } else if (!unemployed && entry.unemployedMonths() != null) {
            problems.add(Problem.error(path + ".unemployedMonths", RuleCodes.UNEMPLOYED_MONTHS_UNEXPECTED,
                    "only an UNEMPLOYED participant has months of unemployment, not " + entry.status()));
        }
    }

    private static void activity(Participant participant, LocalDate referenceDate, String path, List<Problem> problems) {
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < participant.activity().size(); i++) {
            ActivityYear year = participant.activity().get(i);
            String at = path + ".activity[" + i + "]";
            if (!years.add(year.year())) {
                problems.add(Problem.error(at + ".year", RuleCodes.DUPLICATE_ACTIVITY_YEAR,
                        "year " + year.year() + " appears twice in the activity"));
            }
            if (referenceDate != null && year.year() > referenceDate.getYear()) {
                problems.add(Problem.error(at + ".year", RuleCodes.DATE_AFTER_REFERENCE, "year " + year.year()
                        + " is after the year of the reference date " + referenceDate));
            }
            if (year.generalMeetingsAttended() > year.generalMeetingsHeld()) {
                problems.add(Problem.error(at + ".generalMeetingsAttended", RuleCodes.MEETINGS_ATTENDED_ABOVE_HELD,
                        year.generalMeetingsAttended() + " general meetings attended, but only "
                                + year.generalMeetingsHeld() + " held"));
            }
            if (participant.relationship() == Relationship.ENTREPRENEUR
                    && year.supportInterviews() < MIN_SUPPORT_INTERVIEWS
                    && inForWholeYear(participant, year.year(), referenceDate)) {
                problems.add(Problem.warning(at + ".supportInterviews", RuleCodes.SUPPORT_INTERVIEWS_BELOW_MINIMUM,
                        year.supportInterviews() + " support interview(s) in " + year.year()
                                + ", a year spent entirely in the organisation; the minimum is "
                                + MIN_SUPPORT_INTERVIEWS + " (décret n° 2015-1363)"));
            }
        }
    }

    private static boolean inForWholeYear(Participant participant, int year, LocalDate referenceDate) {
        if (year < SupportedDate.EARLIEST.getYear() || year > SupportedDate.LATEST.getYear()) {
            // Out of range, reported by the field constraint; a year such as 1e9 is no calendar year.
            return false;
        }
        if (participant.pathway() == null || participant.pathway().events().stream()
                .anyMatch(e -> e.type() == null || e.date() == null)) {
            return false;
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (referenceDate == null || referenceDate.isBefore(last)) {
            return false;
        }
        Optional<LocalDate> entry = participant.pathway().entryDate();
        Optional<LocalDate> exit = participant.pathway().exit().map(PathwayEvent::date);
        return entry.isPresent() && !entry.get().isAfter(first) && (exit.isEmpty() || !exit.get().isBefore(last));
    }

    private static void survey(SurveyResponse survey, LocalDate referenceDate, String path, List<Problem> problems) {
        if (referenceDate != null && survey.date() != null && survey.date().isAfter(referenceDate)) {
            problems.add(Problem.error(path + ".date", RuleCodes.DATE_AFTER_REFERENCE,
                    "survey on " + survey.date() + " is after the reference date " + referenceDate));
        }
        Set<String> items = new HashSet<>();
        for (int i = 0; i < survey.answers().size(); i++) {
            Answer answer = survey.answers().get(i);
            String at = path + ".answers[" + i + "]";
            if (answer.item() != null && !items.add(answer.item())) {
                problems.add(Problem.error(at + ".item", RuleCodes.DUPLICATE_ANSWER_ITEM,
                        "item '" + answer.item() + "' is answered twice"));
            }
            answer(answer, at, problems);
        }
    }

    private static void answer(Answer answer, String at, List<Problem> problems) {
        if (answer.type() == null) {
            return;
        }
        if (answer.type() != AnswerType.LIKERT && answer.scale() != null) {
            problems.add(Problem.error(at + ".scale", RuleCodes.SCALE_UNEXPECTED,
                    "only a LIKERT answer has a scale, not " + answer.type()));
        }
        BigDecimal value = answer.value();
        switch (answer.type()) {
            case LIKERT -> {
                if (answer.scale() == null) {
                    problems.add(Problem.error(at + ".scale", RuleCodes.LIKERT_SCALE_MISSING,
                            "a LIKERT answer must have a scale"));
                } else if (value != null && !isIntegerWithin(value, 1, answer.scale())) {
                    problems.add(Problem.error(at + ".value", RuleCodes.LIKERT_OUT_OF_SCALE, "value "
                            + value.toPlainString() + " is not an integer from 1 to " + answer.scale()));
                }
            }
            case YES_NO -> {
                if (value != null && !isIntegerWithin(value, 0, 1)) {
                    problems.add(Problem.error(at + ".value", RuleCodes.YES_NO_NOT_BINARY,
                            "a YES_NO answer is 0 or 1, was " + value.toPlainString()));
                }
            }
            default -> {
                // A NUMBER may be any number.
            }
        }
    }

    private static boolean isIntegerWithin(BigDecimal value, int min, int max) {
        return value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0
                && value.stripTrailingZeros().scale() <= 0;
    }
}
