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

    /** The shipped cooperative: Strasbourg (INSEE commune 67482, département 67, région 44). */
    private static final Site EXEMPLE = Site.of("cae-exemple", "CAE Exemple (fictitious)",
            new Territory("67482", "67", "44", AreaType.URBAN, false));

    /** The sites of a synthetic consortium of seven cooperatives, like the CAE-IMPACT consortium. */
    private static final List<Site> CONSORTIUM = List.of(
            Site.of("cae-01", "CAE Alsace (fictitious)", new Territory("67482", "67", "44", AreaType.URBAN, false)),
            Site.of("cae-02", "CAE Rhône (fictitious)", new Territory("69123", "69", "84", AreaType.URBAN, false)),
            Site.of("cae-03", "CAE Nord (fictitious)", new Territory("59350", "59", "32", AreaType.URBAN, true)),
            Site.of("cae-04", "CAE Loire (fictitious)", new Territory("44109", "44", "52", AreaType.URBAN, false)),
            Site.of("cae-05", "CAE Bretagne (fictitious)", new Territory("35238", "35", "53", AreaType.URBAN, false)),
            Site.of("cae-06", "CAE Garonne (fictitious)", new Territory("31555", "31", "76", AreaType.URBAN, false)),
            Site.of("cae-07", "CAE Diois (fictitious)", new Territory("26113", "26", "84", AreaType.RURAL, false)));

    /** The observation frame of the single cooperative and of {@link #consortium}: 2024-2025, seen mid-2026. */
    private static final Frame FRAME = new Frame(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 6, 30));

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
        List<Participant> people = participants(EXEMPLE, FRAME, new SplittableRandom(seed), participants);
        return Dataset.of(FRAME.reference(), FRAME.period(), List.of(organisation(EXEMPLE, FRAME, people)), people);
    }

    /**
     * Returns a synthetic consortium of up to seven cooperatives in different territories (one
     * rural), each with its own participants, over 2024–2025, observed on 30 June 2026.
     *
     * @param seed the seed of the random draws
     * @param organisations how many cooperatives, 1 to 7
     * @param participantsEach how many participants each, at least 1
     * @return a valid dataset; the same arguments always give an equal dataset
     * @throws IllegalArgumentException if a count is out of range
     */
    public static Dataset consortium(long seed, int organisations, int participantsEach) {
        if (organisations < 1 || organisations > CONSORTIUM.size()) {
            throw new IllegalArgumentException("organisations: 1 to " + CONSORTIUM.size() + ", was " + organisations);
        }
        if (participantsEach < 1) {
            throw new IllegalArgumentException("participantsEach: at least 1, was " + participantsEach);
        }
        List<Integer> sizes = java.util.Collections.nCopies(organisations, participantsEach);
        return cooperatives(seed, CONSORTIUM.subList(0, organisations), sizes, FRAME);
    }

    /**
     * Draws cooperatives of given sizes over one frame, each from its own split of the generator.
     *
     * @param seed the seed
     * @param sites the cooperatives
     * @param sizes how many participants each
     * @param frame the observation frame
     * @return the dataset
     */
    static Dataset cooperatives(long seed, List<Site> sites, List<Integer> sizes, Frame frame) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Organisation> cooperatives = new ArrayList<>();
        List<Participant> everyone = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            Site site = sites.get(i);
            List<Participant> people = participants(site, frame, random.split(), sizes.get(i));
            cooperatives.add(organisation(site, frame, people));
            everyone.addAll(people);
        }
        return Dataset.of(frame.reference(), frame.period(), cooperatives, everyone);
    }

    private static List<Participant> participants(Site site, Frame frame, SplittableRandom random, int count) {
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            people.add(participant(site, frame, String.format("%s-p%03d", site.id(), i), random.split()));
        }
        return people;
    }

    private static Organisation organisation(Site site, Frame frame, List<Participant> people) {
        List<Funding> fundings = new ArrayList<>();
        List<SupportInput> support = new ArrayList<>();
        for (int year = frame.start().getYear(); year <= frame.end().getYear(); year++) {
            Period period = frame.yearWithin(year);
            // Grants and hours scale with the cooperative's size and the part of the year observed.
            double scale = site.profile().fundingScale() * frame.shareOfYear(year);
            fundings.add(funding(FunderKind.EPCI, "Métropole (fictitious)", 45000 * scale, period, "support of new entrepreneurs"));
            fundings.add(funding(FunderKind.DEPARTEMENT, "Département (fictitious)", 30000 * scale, period, "RSA recipients' insertion"));
            fundings.add(funding(FunderKind.REGION, "Région (fictitious)", 20000 * scale, period, "business creation support"));
            fundings.add(funding(FunderKind.STATE, "État (fictitious)", 10000 * scale, period, "social and solidarity economy"));
            fundings.add(funding(FunderKind.ESF, "European Social Fund", 35000 * scale, period, "ESF+ inclusion priority"));
            fundings.add(new Funding(FunderKind.ENTREPRENEURS_CONTRIBUTION, null, contributions(people, year), period,
                    "the entrepreneurs' cooperative contribution"));
            support.add(new SupportInput(SupportRole.BUSINESS_ADVISER, hours(4800 * scale), period, Money.parse("38.00")));
            support.add(new SupportInput(SupportRole.POOLED_SERVICES, hours(1600 * scale), period, Money.parse("32.00")));
            support.add(new SupportInput(SupportRole.VOLUNTEER, hours(120 * scale), period, null));
        }
        return new Organisation(site.id(), site.name(), OrganisationKind.CAE, LegalForm.SCOP, site.territory(),
                site.profile().sectors(), site.profile().foundedOn(), "Coopérer pour Entreprendre", fundings, support);
    }

    private static Funding funding(FunderKind funder, String name, double amount, Period period, String purpose) {
        return new Funding(funder, name, Money.of(BigDecimal.valueOf(Math.round(amount))), period, purpose);
    }

    private static BigDecimal hours(double hours) {
        return BigDecimal.valueOf(Math.round(hours));
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

    private static Participant participant(Site site, Frame frame, String id, SplittableRandom random) {
        double g = random.nextDouble();
        Gender gender = g < 0.60 ? Gender.WOMAN : g < 0.97 ? Gender.MAN : g < 0.99 ? Gender.NON_BINARY : Gender.UNDISCLOSED;
        int birthYear = 1962 + random.nextInt(42);
        double e = random.nextDouble();
        EducationLevel education = e < 0.15 ? EducationLevel.ISCED_0_2 : e < 0.45 ? EducationLevel.ISCED_3_4
                : e < 0.97 ? EducationLevel.ISCED_5_8 : null;
        EntrySituation situation = entrySituation(random, site.profile().rsaShare());
        boolean rural = random.nextDouble() < site.profile().ruralShare();
        Pathway pathway = SamplePathways.draw(random, frame.start(), frame.end(), frame.reference());
        List<ActivityYear> activity = SampleActivity.draw(random, pathway, frame.start().getYear(), frame.end().getYear());
        return new Participant(id, site.id(), Relationship.ENTREPRENEUR, birthYear, gender, education, situation,
                random.nextDouble() < 0.06, random.nextDouble() < 0.05, random.nextDouble() < 0.18,
                random.nextDouble() < 0.30 ? null : Boolean.FALSE, random.nextDouble() < 0.02, rural,
                random.nextDouble() < 0.12, pathway, activity, SampleSurveys.draw(random, pathway, activity));
    }

    private static EntrySituation entrySituation(SplittableRandom random, double rsaShare) {
        double draw = random.nextDouble();
        boolean rsa = random.nextDouble() < rsaShare;
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
