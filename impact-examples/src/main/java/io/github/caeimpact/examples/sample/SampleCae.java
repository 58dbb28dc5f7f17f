package io.github.caeimpact.examples.sample;

import io.github.caeimpact.model.ActivityYear;
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
import io.github.caeimpact.model.Territory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic but realistic business and employment cooperative, for demonstrations and tests.
 *
 * <p>The shape follows the public figures of DOMAIN.md: a majority of women, about half of the
 * entrants unemployed (a third of them for a year or more), one in five on the minimum income
 * (RSA), most starting with a CAPE test phase before a CESA employment contract, about one in
 * ten turnover paid as the cooperative contribution. Every number is drawn from a seeded
 * generator, so the same seed gives the same dataset; nobody in it exists.
 */
public final class SampleCae {

    /** The seed of the dataset shipped as {@code sample-cae.json}. */
    public static final long SHIPPED_SEED = 20_260_126L;

    /** The number of participants in the shipped dataset. */
    public static final int SHIPPED_PARTICIPANTS = 42;

    private static final String ORGANISATION_ID = "cae-exemple";
    private static final LocalDate PERIOD_START = LocalDate.of(2024, 1, 1);
    private static final LocalDate PERIOD_END = LocalDate.of(2025, 12, 31);
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 30);

    private SampleCae() {
    }

    /**
     * Returns the dataset shipped with the examples: {@value #SHIPPED_PARTICIPANTS} participants
     * drawn with seed {@value #SHIPPED_SEED}.
     *
     * @return the sample dataset
     */
    public static Dataset shipped() {
        return generate(SHIPPED_SEED, SHIPPED_PARTICIPANTS);
    }

    /**
     * Returns a synthetic cooperative over 2024–2025, observed on 30 June 2026.
     *
     * @param seed the seed of the random draws
     * @param participants how many participants, at least 1
     * @return a valid dataset; the same arguments always give an equal dataset
     * @throws IllegalArgumentException if {@code participants} is below 1
     */
    public static Dataset generate(long seed, int participants) {
        if (participants < 1) {
            throw new IllegalArgumentException("participants: at least 1, was " + participants);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= participants; i++) {
            people.add(participant(String.format("%s-p%03d", ORGANISATION_ID, i), random.split()));
        }
        return Dataset.of(REFERENCE_DATE, Period.of(PERIOD_START, PERIOD_END), List.of(organisation(people)), people);
    }

    private static Organisation organisation(List<Participant> people) {
        List<Funding> fundings = new ArrayList<>();
        List<SupportInput> support = new ArrayList<>();
        for (int year = PERIOD_START.getYear(); year <= PERIOD_END.getYear(); year++) {
            Period period = Period.ofYear(year);
            fundings.add(funding(FunderKind.EPCI, "Métropole (fictitious)", "45000", period, "support of new entrepreneurs"));
            fundings.add(funding(FunderKind.DEPARTEMENT, "Département (fictitious)", "30000", period, "RSA recipients' insertion"));
            fundings.add(funding(FunderKind.REGION, "Région (fictitious)", "20000", period, "business creation support"));
            fundings.add(funding(FunderKind.STATE, "État (fictitious)", "10000", period, "social and solidarity economy"));
            fundings.add(funding(FunderKind.ESF, "European Social Fund", "35000", period, "ESF+ inclusion priority"));
            fundings.add(new Funding(FunderKind.ENTREPRENEURS_CONTRIBUTION, null, contributions(people, year), period,
                    "the entrepreneurs' cooperative contribution"));
            support.add(new SupportInput(SupportRole.BUSINESS_ADVISER, new BigDecimal("4800"), period, Money.parse("38.00")));
            support.add(new SupportInput(SupportRole.POOLED_SERVICES, new BigDecimal("1600"), period, Money.parse("32.00")));
            support.add(new SupportInput(SupportRole.VOLUNTEER, new BigDecimal("120"), period, null));
        }
        Territory territory = new Territory("67482", "67", "44", AreaType.URBAN, false);
        return new Organisation(ORGANISATION_ID, "CAE Exemple (fictitious)", OrganisationKind.CAE, LegalForm.SCOP, territory,
                List.of("70.22Z", "74.10Z", "90.03A", "96.09Z"), LocalDate.of(2003, 5, 12),
                "Coopérer pour Entreprendre", fundings, support);
    }

    private static Funding funding(FunderKind funder, String name, String amount, Period period, String purpose) {
        return new Funding(funder, name, Money.parse(amount), period, purpose);
    }

    private static Money contributions(List<Participant> people, int year) {
        Money total = Money.ZERO;
        for (Participant person : people) {
            for (ActivityYear activity : person.activity()) {
                if (activity.year() == year) {
                    total = total.plus(activity.cooperativeContribution());
                }
            }
        }
        return total;
    }

    private static Participant participant(String id, SplittableRandom random) {
        double g = random.nextDouble();
        Gender gender = g < 0.60 ? Gender.WOMAN : g < 0.97 ? Gender.MAN : g < 0.99 ? Gender.NON_BINARY : Gender.UNDISCLOSED;
        int birthYear = 1962 + random.nextInt(42);
        double e = random.nextDouble();
        EducationLevel education = e < 0.15 ? EducationLevel.ISCED_0_2 : e < 0.45 ? EducationLevel.ISCED_3_4
                : e < 0.97 ? EducationLevel.ISCED_5_8 : null;
        EntrySituation situation = entrySituation(random);
        boolean rural = random.nextDouble() < 0.15;
        Pathway pathway = SamplePathways.draw(random, PERIOD_START, PERIOD_END, REFERENCE_DATE);
        List<ActivityYear> activity = SampleActivity.draw(random, pathway, PERIOD_START.getYear(), PERIOD_END.getYear());
        return new Participant(id, ORGANISATION_ID, Relationship.ENTREPRENEUR, birthYear, gender, education, situation,
                random.nextDouble() < 0.06, random.nextDouble() < 0.05, random.nextDouble() < 0.18,
                random.nextDouble() < 0.30 ? null : Boolean.FALSE, random.nextDouble() < 0.02, rural,
                random.nextDouble() < 0.12, pathway, activity, SampleSurveys.draw(random, pathway, activity));
    }

    private static EntrySituation entrySituation(SplittableRandom random) {
        double draw = random.nextDouble();
        boolean rsa = random.nextDouble() < 0.20;
        if (draw < 0.55) {
            int months = random.nextDouble() < 0.35 ? 12 + random.nextInt(36) : 1 + random.nextInt(11);
            return new EntrySituation(LabourStatus.UNEMPLOYED, months, rsa);
        }
        LabourStatus status = draw < 0.63 ? LabourStatus.INACTIVE
                : draw < 0.88 ? LabourStatus.EMPLOYED
                : draw < 0.97 ? LabourStatus.SELF_EMPLOYED : LabourStatus.STUDENT;
        return new EntrySituation(status, null, rsa && status == LabourStatus.INACTIVE);
    }

    static Money euros(double amount) {
        return Money.of(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN));
    }

    static PathwayEvent event(EventType type, LocalDate date) {
        return PathwayEvent.of(type, date);
    }

    static PathwayEvent exit(LocalDate date, ExitOutcome outcome) {
        return PathwayEvent.of(EventType.EXIT, date, outcome);
    }
}
