package io.github.caeimpact.examples.sample;

import io.github.caeimpact.model.Answer;
import io.github.caeimpact.model.AreaType;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.EducationLevel;
import io.github.caeimpact.model.EntrySituation;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.FunderKind;
import io.github.caeimpact.model.Funding;
import io.github.caeimpact.model.Gender;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.LegalForm;
import io.github.caeimpact.model.Money;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.OrganisationKind;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.Pathway;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.Relationship;
import io.github.caeimpact.model.SupportInput;
import io.github.caeimpact.model.SupportRole;
import io.github.caeimpact.model.SurveyResponse;
import io.github.caeimpact.model.Territory;
import io.github.caeimpact.model.TimePoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic tiers-lieu (a shared work place run as a SCIC in a small rural town): members,
 * residents and users, the collective events they attend and the shared services they use, over
 * 2024-2025, observed on 30 June 2026.
 *
 * <p>It is measured with the same catalogue as the cooperatives, where it applies: the tiers-lieu
 * indicators (TLI01 members, TLI02 events attended, TLI03 shared services used). The survey
 * indicators of the CAE-IMPACT questionnaires count entrepreneurs only, so they stay empty here.
 * Seeded: the same seed always gives the same dataset; nobody in it exists.
 */
public final class SampleTiersLieu {

    /** The seed of the shipped {@code sample-tiers-lieu.json}. */
    public static final long SHIPPED_SEED = 20_240_315L;

    /** How many people the shipped tiers-lieu counts. */
    public static final int SHIPPED_PEOPLE = 120;

    private static final Frame FRAME = new Frame(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 6, 30));
    private static final String ID = "tl-la-fabrique";
    private static final String VERSION = "1.0.0";

    private SampleTiersLieu() {
    }

    /**
     * Returns the shipped tiers-lieu: {@value #SHIPPED_PEOPLE} people, seed {@value #SHIPPED_SEED}.
     *
     * @return the dataset
     */
    public static Dataset shipped() {
        return generate(SHIPPED_SEED, SHIPPED_PEOPLE);
    }

    /**
     * Returns a synthetic tiers-lieu.
     *
     * @param seed the seed of the random draws
     * @param people how many members, residents and users, at least 1
     * @return a valid dataset of one organisation of kind {@code TIERS_LIEU}
     * @throws IllegalArgumentException if {@code people} is below 1
     */
    public static Dataset generate(long seed, int people) {
        if (people < 1) {
            throw new IllegalArgumentException("people: at least 1, was " + people);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Participant> participants = new ArrayList<>();
        for (int i = 1; i <= people; i++) {
            participants.add(person(String.format("%s-p%03d", ID, i), random.split()));
        }
        return Dataset.of(FRAME.reference(), FRAME.period(), List.of(organisation()), participants);
    }

    private static Organisation organisation() {
        List<Funding> fundings = new ArrayList<>();
        List<SupportInput> support = new ArrayList<>();
        for (int year = FRAME.start().getYear(); year <= FRAME.end().getYear(); year++) {
            Period period = Period.ofYear(year);
            fundings.add(new Funding(FunderKind.REGION, "Région (fictitious)", Money.parse("25000"), period,
                    "regional tiers-lieux programme"));
            fundings.add(new Funding(FunderKind.EPCI, "Communauté de communes (fictitious)", Money.parse("15000"), period,
                    "rural revitalisation"));
            fundings.add(new Funding(FunderKind.STATE, "État (fictitious)", Money.parse("20000"), period,
                    "support of tiers-lieux"));
            fundings.add(new Funding(FunderKind.PRIVATE, "Members' fees and room hire", Money.parse("18000"), period,
                    "the members' own contribution"));
            support.add(new SupportInput(SupportRole.OTHER, new BigDecimal("1600"), period, Money.parse("30.00")));
            support.add(new SupportInput(SupportRole.VOLUNTEER, new BigDecimal("900"), period, null));
        }
        return new Organisation(ID, "Tiers-lieu La Fabrique (fictitious)", OrganisationKind.TIERS_LIEU, LegalForm.SCIC,
                new Territory("26108", "26", "84", AreaType.RURAL, false), List.of("68.20B", "82.30Z", "90.04Z"),
                LocalDate.of(2018, 9, 3), "France Tiers-Lieux", fundings, support);
    }

    private static Participant person(String id, SplittableRandom random) {
        double r = random.nextDouble();
        Relationship relationship = r < 0.55 ? Relationship.MEMBER : r < 0.75 ? Relationship.RESIDENT : Relationship.USER;
        Gender gender = random.nextDouble() < 0.52 ? Gender.WOMAN : Gender.MAN;
        int birthYear = 1955 + random.nextInt(50);
        EducationLevel education = random.nextDouble() < 0.6 ? EducationLevel.ISCED_5_8 : EducationLevel.ISCED_3_4;
        LabourStatus status = random.nextDouble() < 0.6 ? LabourStatus.SELF_EMPLOYED
                : random.nextDouble() < 0.7 ? LabourStatus.EMPLOYED : LabourStatus.UNEMPLOYED;
        EntrySituation situation = new EntrySituation(status, status == LabourStatus.UNEMPLOYED ? 1 + random.nextInt(18) : null,
                false);
        LocalDate joined = FRAME.start().minusMonths(24).plusDays(random.nextInt(3 * 365));
        List<PathwayEvent> events = new ArrayList<>(List.of(PathwayEvent.of(EventType.INTAKE, joined)));
        LocalDate left = null;
        if (random.nextDouble() < 0.15) {
            left = joined.plusMonths(6 + random.nextInt(18));
            if (left.isBefore(FRAME.end())) {
                events.add(PathwayEvent.of(EventType.EXIT, left, ExitOutcome.MOVED_AWAY));
            } else {
                left = null;
            }
        }
        return new Participant(id, ID, relationship, birthYear, gender, education, situation, null, null, null, null,
                null, random.nextDouble() < 0.7, null, new Pathway(events), List.of(), surveys(random, joined, left));
    }

    private static List<SurveyResponse> surveys(SplittableRandom random, LocalDate joined, LocalDate left) {
        List<SurveyResponse> responses = new ArrayList<>();
        for (int year = FRAME.start().getYear(); year <= FRAME.end().getYear(); year++) {
            LocalDate date = LocalDate.of(year, 10, 15);
            if (date.isBefore(joined) || (left != null && !date.isBefore(left)) || random.nextDouble() > 0.7) {
                continue;
            }
            responses.add(new SurveyResponse("TIERS-LIEU-ANNUAL", VERSION, TimePoint.ANNUAL, date, List.of(
                    Answer.number("events_attended", BigDecimal.valueOf(random.nextInt(16))),
                    Answer.yesNo("shared_services_used", random.nextDouble() < 0.72))));
        }
        return responses;
    }
}
