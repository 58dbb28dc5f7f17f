package io.github.caeimpact.examples.sample;

import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.Answer;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.Pathway;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.SurveyResponse;
import io.github.caeimpact.model.TimePoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Draws answers to the catalogue's questionnaires: entry, annual and exit.
 *
 * <p>Rates follow the CAE-IMPACT national report where it gives them (keeping prior rights
 * decisive for 75 %, supplementary cover 70 %, CAE decisive 85 %, would never have started
 * 37.5 %, trained in the year 65 %); response rates and score changes are assumptions of the
 * sample.
 */
final class SampleSurveys {

    private static final String VERSION = "1.0.0";
    private static final double ENTRY_RESPONSE = 0.90;
    private static final double ANNUAL_RESPONSE = 0.75;
    private static final double EXIT_RESPONSE = 0.80;
    private static final double ITEM_SKIPPED = 0.04;

    private SampleSurveys() {
    }

    static List<SurveyResponse> draw(SplittableRandom random, Pathway pathway, List<ActivityYear> activity) {
        List<SurveyResponse> responses = new ArrayList<>();
        Optional<LocalDate> entry = pathway.entryDate();
        if (entry.isEmpty()) {
            return responses;
        }
        Baseline baseline = new Baseline(700 + random.nextInt(900), 2 + random.nextInt(4), 14 + random.nextInt(15),
                2 + random.nextInt(3));
        if (random.nextDouble() < ENTRY_RESPONSE) {
            responses.add(entrySurvey(random, entry.get(), baseline));
        }
        LocalDate exit = pathway.exit().map(PathwayEvent::date).orElse(null);
        boolean capeFirst = pathway.firstOf(EventType.CAPE_START).isPresent();
        for (ActivityYear year : activity) {
            LocalDate date = LocalDate.of(year.year(), 11, 30);
            boolean present = date.isAfter(entry.get()) && (exit == null || date.isBefore(exit));
            if (present && random.nextDouble() < ANNUAL_RESPONSE) {
                responses.add(annualSurvey(random, date, baseline, capeFirst));
            }
        }
        if (exit != null && random.nextDouble() < EXIT_RESPONSE) {
            List<Answer> answers = new ArrayList<>();
            yesNo(random, answers, "qualification_gained", 0.15);
            responses.add(new SurveyResponse("CAE-IMPACT-EXIT", VERSION, TimePoint.EXIT, exit.plusDays(random.nextInt(20)),
                    answers));
        }
        return responses;
    }

    private static SurveyResponse entrySurvey(SplittableRandom random, LocalDate date, Baseline baseline) {
        List<Answer> answers = new ArrayList<>();
        number(random, answers, "monthly_income", baseline.income());
        likert(random, answers, "isolation", baseline.isolation());
        number(random, answers, "swemwbs_total", baseline.wellbeing());
        likert(random, answers, "self_confidence", baseline.confidence());
        return new SurveyResponse("CAE-IMPACT-ENTRY", VERSION, TimePoint.ENTRY, date, answers);
    }

    private static SurveyResponse annualSurvey(SplittableRandom random, LocalDate date, Baseline baseline,
            boolean capeFirst) {
        List<Answer> answers = new ArrayList<>();
        if (capeFirst) {
            yesNo(random, answers, "rights_decisive", 0.75);
        }
        yesNo(random, answers, "supplementary_cover", 0.70);
        if (random.nextDouble() < 0.30) {
            answers.add(Answer.yesNo("housing_credit_concerned", true));
            yesNo(random, answers, "housing_credit_easier", 0.50);
        } else {
            answers.add(Answer.yesNo("housing_credit_concerned", false));
        }
        yesNo(random, answers, "cae_decisive", 0.85);
        yesNo(random, answers, "would_not_have_started", 0.375);
        yesNo(random, answers, "skills_gained", 0.65);
        likert(random, answers, "peer_exchange_frequency", 2 + random.nextInt(4));
        number(random, answers, "monthly_income", Math.max(0, baseline.income() + 150 + random.nextInt(601) - 300));
        likert(random, answers, "isolation", clamp(baseline.isolation() - random.nextInt(3), 1, 5));
        number(random, answers, "swemwbs_total", clamp(baseline.wellbeing() + random.nextInt(7) - 1, 7, 35));
        likert(random, answers, "self_confidence", clamp(baseline.confidence() + random.nextInt(2), 1, 5));
        yesNo(random, answers, "new_activity", 0.20);
        yesNo(random, answers, "ecological_practices", 0.45);
        yesNo(random, answers, "social_need", 0.30);
        return new SurveyResponse("CAE-IMPACT-ANNUAL", VERSION, TimePoint.ANNUAL, date, answers);
    }

    private static void yesNo(SplittableRandom random, List<Answer> answers, String item, double yes) {
        if (random.nextDouble() >= ITEM_SKIPPED) {
            answers.add(Answer.yesNo(item, random.nextDouble() < yes));
        }
    }

    private static void likert(SplittableRandom random, List<Answer> answers, String item, int value) {
        if (random.nextDouble() >= ITEM_SKIPPED) {
            answers.add(Answer.likert(item, value, 5));
        }
    }

    private static void number(SplittableRandom random, List<Answer> answers, String item, int value) {
        if (random.nextDouble() >= ITEM_SKIPPED) {
            answers.add(Answer.number(item, BigDecimal.valueOf(value)));
        }
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }

    /** A person's answers at entry, from which later answers move. */
    private record Baseline(int income, int isolation, int wellbeing, int confidence) {
    }
}
