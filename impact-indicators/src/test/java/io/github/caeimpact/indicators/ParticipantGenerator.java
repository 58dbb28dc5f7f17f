package io.github.caeimpact.indicators;

import static io.github.caeimpact.indicators.Fixtures.likert;
import static io.github.caeimpact.indicators.Fixtures.number;

import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.Answer;
import io.github.caeimpact.model.EducationLevel;
import io.github.caeimpact.model.EntrySituation;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.Gender;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.Money;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.OrganisationKind;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.Pathway;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.Relationship;
import io.github.caeimpact.model.SurveyResponse;
import io.github.caeimpact.model.TimePoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A seeded generator of plausible participants for property tests; the same seed gives the same people. */
public final class ParticipantGenerator {

    public static final List<Organisation> ORGANISATIONS = List.of(
            Fixtures.organisation("cae-a", OrganisationKind.CAE, "69"),
            Fixtures.organisation("cae-b", OrganisationKind.CAE, "69"),
            Fixtures.organisation("cae-c", OrganisationKind.CAE, "38"),
            Fixtures.organisation("cae-d", OrganisationKind.CAE, "38"),
            Fixtures.organisation("cae-e", OrganisationKind.CAE, "42"),
            Fixtures.organisation("tl-f", OrganisationKind.TIERS_LIEU, "42"));

    private static final String[] ANNUAL_YES_NO = {"rights_decisive", "supplementary_cover", "housing_credit_concerned",
        "housing_credit_easier", "cae_decisive", "would_not_have_started", "skills_gained", "new_activity", "ecological_practices",
        "social_need"};

    private final SplittableRandom random;
    private int next;

    public ParticipantGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public List<Participant> participants(int count) {
        List<Participant> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add(next());
        }
        return people;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private Boolean flag(double p) {
        return chance(0.1) ? null : chance(p);
    }

    private LocalDate date(LocalDate from, int days) {
        return from.plusDays(random.nextInt(days));
    }

    public Participant next() {
        String id = "p" + (next++);
        Organisation organisation = ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size()));
        boolean tiersLieu = organisation.kind() == OrganisationKind.TIERS_LIEU;
        Relationship relationship = tiersLieu ? (chance(0.6) ? Relationship.MEMBER : Relationship.USER) : Relationship.ENTREPRENEUR;
        Gender gender = Gender.values()[chance(0.55) ? 0 : chance(0.9) ? 1 : random.nextInt(4)];
        EducationLevel education = chance(0.1) ? null : EducationLevel.values()[random.nextInt(3)];
        LabourStatus status = LabourStatus.values()[random.nextInt(LabourStatus.values().length)];
        EntrySituation entry = new EntrySituation(status, status == LabourStatus.UNEMPLOYED ? random.nextInt(36) : null, chance(0.2));
        List<PathwayEvent> events = new ArrayList<>();
        List<ActivityYear> activity = new ArrayList<>();
        List<SurveyResponse> surveys = new ArrayList<>();
        LocalDate intake = date(LocalDate.of(2020, 1, 1), 6 * 365);
        events.add(PathwayEvent.of(EventType.INTAKE, intake));
        if (!tiersLieu && chance(0.9)) {
            LocalDate start = intake.plusDays(random.nextInt(60));
            boolean cape = chance(0.7);
            events.add(PathwayEvent.of(cape ? EventType.CAPE_START : EventType.CESA_SIGNED, start));
            LocalDate cesa = cape ? start.plusDays(90 + random.nextInt(600)) : start;
            if (cape && chance(0.6)) {
                events.add(PathwayEvent.of(EventType.CESA_SIGNED, cesa));
            }
            if (chance(0.4)) {
                events.add(PathwayEvent.of(EventType.BECAME_ASSOCIATE, cesa.plusDays(200 + random.nextInt(1200))));
            }
            if (chance(0.35)) {
                LocalDate exit = start.plusDays(100 + random.nextInt(1500));
                ExitOutcome outcome = ExitOutcome.values()[random.nextInt(ExitOutcome.values().length)];
                events.add(PathwayEvent.of(EventType.EXIT, exit, outcome));
                if (chance(0.2)) {
                    events.add(PathwayEvent.of(EventType.FOLLOW_UP, exit.plusDays(random.nextInt(28)),
                            ExitOutcome.values()[random.nextInt(ExitOutcome.values().length)]));
                }
                if (chance(0.6)) {
                    events.add(PathwayEvent.of(EventType.FOLLOW_UP, exit.plusMonths(6).plusDays(random.nextInt(40) - 20),
                            ExitOutcome.values()[random.nextInt(ExitOutcome.values().length)]));
                }
                if (chance(0.5)) {
                    surveys.add(new SurveyResponse("CAE-IMPACT-EXIT", "1.0.0", TimePoint.EXIT, exit.plusDays(random.nextInt(20)),
                            List.of(Answer.yesNo("qualification_gained", chance(0.2)))));
                }
            }
            for (int year = start.getYear(); year <= 2025; year++) {
                boolean salaried = chance(0.8);
                BigDecimal fte = salaried ? BigDecimal.valueOf(1 + random.nextInt(10), 1) : BigDecimal.ZERO;
                BigDecimal pay = salaried ? BigDecimal.valueOf(random.nextInt(3_000_000), 2) : BigDecimal.ZERO;
                BigDecimal turnover = BigDecimal.valueOf(random.nextInt(8_000_000), 2);
                activity.add(new ActivityYear(year, Money.of(turnover), Money.of(pay), fte,
                        Money.of(pay.multiply(new BigDecimal("0.3"))), Money.of(pay.multiply(new BigDecimal("0.22"))),
                        Money.of(turnover.multiply(new BigDecimal("0.1"))), random.nextInt(4), random.nextInt(5),
                        random.nextInt(3), 2, year == start.getYear() && chance(0.8) ? random.nextInt(400) : null));
            }
            if (chance(0.8)) {
                surveys.add(new SurveyResponse("CAE-IMPACT-ENTRY", "1.0.0", TimePoint.ENTRY, start, List.of(
                        number("monthly_income", String.valueOf(random.nextInt(2500))), likert("isolation", 1 + random.nextInt(5)),
                        number("swemwbs_total", String.valueOf(7 + random.nextInt(29))), likert("self_confidence", 1 + random.nextInt(5)))));
            }
            for (int year = Math.max(2023, start.getYear()); year <= 2025; year++) {
                if (chance(0.6)) {
                    List<Answer> answers = new ArrayList<>();
                    for (String item : ANNUAL_YES_NO) {
                        if (chance(0.9)) {
                            answers.add(Answer.yesNo(item, chance(0.6)));
                        }
                    }
                    answers.add(likert("peer_exchange_frequency", 1 + random.nextInt(5)));
                    if (chance(0.9)) {
                        answers.add(number("monthly_income", String.valueOf(random.nextInt(3500))));
                        answers.add(likert("isolation", 1 + random.nextInt(5)));
                        answers.add(number("swemwbs_total", String.valueOf(7 + random.nextInt(29))));
                        answers.add(likert("self_confidence", 1 + random.nextInt(5)));
                    }
                    surveys.add(new SurveyResponse("CAE-IMPACT-ANNUAL", "1.0.0", TimePoint.ANNUAL,
                            LocalDate.of(year, 10, 1).plusDays(random.nextInt(60)), answers));
                }
            }
        }
        if (tiersLieu && chance(0.7)) {
            surveys.add(new SurveyResponse("TIERS-LIEU-ANNUAL", "1.0.0", TimePoint.ANNUAL, LocalDate.of(2025, 6, 1).plusDays(random.nextInt(100)),
                    List.of(number("events_attended", String.valueOf(random.nextInt(30))), Answer.yesNo("shared_services_used", chance(0.7)))));
        }
        events.sort(java.util.Comparator.comparing(PathwayEvent::date));
        return new Participant(id, organisation.id(), relationship, 1950 + random.nextInt(58), gender, education, entry,
                flag(0.08), flag(0.05), flag(0.15), flag(0.05), flag(0.03), flag(0.2), flag(0.1),
                new Pathway(events), activity, surveys);
    }
}
