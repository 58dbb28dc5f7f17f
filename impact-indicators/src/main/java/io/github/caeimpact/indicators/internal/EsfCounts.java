package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.spi.SurveyShareCalculator;
import io.github.caeimpact.indicators.spi.Populations;
import io.github.caeimpact.indicators.spi.Surveys;
import io.github.caeimpact.indicators.EsfRow;
import io.github.caeimpact.model.AgeBand;
import io.github.caeimpact.model.AnswerType;
import io.github.caeimpact.model.EducationLevel;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/** The counters behind the ESF+ report: one row per common indicator, one column per gender. */
public final class EsfCounts {

    private record Definition(String code, String label, boolean result, BiPredicate<Participant, Facts> rule) {
    }

    /** What the rules need about a person, worked out once. */
    private record Facts(Period period, LocalDate referenceDate, Optional<PathwayEvent> exit) {
    }

    private static final List<Definition> DEFINITIONS = List.of(
            output("EECO01", "Total participants", p -> true),
            output("EECO02", "Unemployed, including long-term unemployed", p -> p.entrySituation().status() == LabourStatus.UNEMPLOYED),
            output("EECO03", "Long-term unemployed", p -> p.entrySituation().longTermUnemployed()),
            output("EECO04", "Inactive", p -> p.entrySituation().status() == LabourStatus.INACTIVE
                    || p.entrySituation().status() == LabourStatus.STUDENT),
            output("EECO05", "Employed, including self-employed", p -> p.entrySituation().status() == LabourStatus.EMPLOYED
                    || p.entrySituation().status() == LabourStatus.SELF_EMPLOYED),
            new Definition("EECO06", "Children below 18 years of age", false, (p, f) -> band(p, f) == AgeBand.UNDER_18),
            new Definition("EECO07", "Young people between 18 and 29 years of age", false, (p, f) -> band(p, f) == AgeBand.FROM_18_TO_29),
            new Definition("EECO08", "Participants 55 years of age and above", false, (p, f) -> band(p, f) == AgeBand.FROM_55),
            output("EECO09", "With lower secondary education or less (ISCED 0-2)", p -> p.education() == EducationLevel.ISCED_0_2),
            output("EECO10", "With upper secondary (ISCED 3) or post-secondary education (ISCED 4)", p -> p.education() == EducationLevel.ISCED_3_4),
            output("EECO11", "With tertiary education (ISCED 5 to 8)", p -> p.education() == EducationLevel.ISCED_5_8),
            output("EECO12", "Participants with disabilities", p -> Boolean.TRUE.equals(p.disability())),
            output("EECO13", "Third-country nationals", p -> Boolean.TRUE.equals(p.thirdCountryNational())),
            output("EECO14", "Participants with a foreign background", p -> Boolean.TRUE.equals(p.foreignBackground())),
            output("EECO15", "Minorities (including marginalised communities such as the Roma)", p -> Boolean.TRUE.equals(p.minority())),
            output("EECO16", "Homeless or affected by housing exclusion", p -> Boolean.TRUE.equals(p.homeless())),
            output("EECO17", "Participants from rural areas", p -> Boolean.TRUE.equals(p.rural())),
            new Definition("EECR01", "Participants engaged in job searching upon leaving", true,
                    (p, f) -> Populations.uponLeaving(f.exit().orElseThrow(), p).jobSearching()),
            new Definition("EECR02", "Participants in education or training upon leaving", true,
                    (p, f) -> Populations.uponLeaving(f.exit().orElseThrow(), p).inEducationOrTraining()),
            new Definition("EECR03", "Participants gaining a qualification upon leaving", true,
                    (p, f) -> Surveys.answer(Surveys.near(p, Surveys.EXIT, f.exit().orElseThrow().date(), Populations.UPON_LEAVING_DAYS),
                            "qualification_gained").filter(a -> a.type() == AnswerType.YES_NO).map(SurveyShareCalculator::isYes).orElse(false)),
            new Definition("EECR04", "Participants in employment, including self-employment, upon leaving", true,
                    (p, f) -> Populations.uponLeaving(f.exit().orElseThrow(), p).inEmployment()),
            new Definition("EECR05", "Participants in employment, including self-employment, six months after leaving", true,
                    (p, f) -> sixMonths(p, f).map(ExitOutcome::inEmployment).orElse(false)),
            new Definition("EECR06", "Participants with an improved labour market situation six months after leaving", true,
                    (p, f) -> (p.entrySituation().status() == LabourStatus.EMPLOYED || p.entrySituation().status() == LabourStatus.SELF_EMPLOYED)
                            && sixMonths(p, f).map(o -> o == ExitOutcome.EMPLOYED_PERMANENT || o == ExitOutcome.BUSINESS_CREATED).orElse(false)));

    /**
     * The output rows that are one category of the breakdowns, as a reader of the ESF+ annex knows
     * them: the breakdown's name to the values the row counts (EECO01, everyone, has none). The rules
     * above say the same person by person; {@code EsfCountsTest} checks that they agree.
     */
    static final Map<String, Map<String, Set<String>>> CATEGORIES = Map.of(
            "EECO01", Map.of(),
            "EECO02", Map.of("ENTRY_SITUATION", Set.of("UNEMPLOYED")),
            "EECO04", Map.of("ENTRY_SITUATION", Set.of("INACTIVE", "STUDENT")),
            "EECO05", Map.of("ENTRY_SITUATION", Set.of("EMPLOYED", "SELF_EMPLOYED")),
            "EECO06", Map.of("AGE_BAND", Set.of("UNDER_18")),
            "EECO07", Map.of("AGE_BAND", Set.of("FROM_18_TO_29")),
            "EECO08", Map.of("AGE_BAND", Set.of("FROM_55")),
            "EECO09", Map.of("EDUCATION", Set.of("ISCED_0_2")),
            "EECO10", Map.of("EDUCATION", Set.of("ISCED_3_4")),
            "EECO11", Map.of("EDUCATION", Set.of("ISCED_5_8")));

    private final long[][] counts = new long[DEFINITIONS.size()][4];

    private static Definition output(String code, String label, java.util.function.Predicate<Participant> rule) {
        return new Definition(code, label, false, (p, f) -> rule.test(p));
    }

    private static AgeBand band(Participant participant, Facts facts) {
        return participant.ageBandAt(participant.pathway().entryDate().orElse(facts.referenceDate()));
    }

    private static Optional<ExitOutcome> sixMonths(Participant participant, Facts facts) {
        PathwayEvent exit = facts.exit().orElseThrow();
        return Populations.sixMonthsObservable(exit, facts.referenceDate()) ? Populations.atSixMonths(exit, participant) : Optional.empty();
    }

    /**
     * Counts one participant.
     *
     * @param participant the participant
     * @param period the period
     * @param referenceDate the reference date
     */
    public void add(Participant participant, Period period, LocalDate referenceDate) {
        boolean entrant = Populations.isEntrant(participant, period);
        Facts facts = new Facts(period, referenceDate, Populations.exitIn(participant, period));
        int column = participant.gender().ordinal();
        for (int i = 0; i < DEFINITIONS.size(); i++) {
            Definition definition = DEFINITIONS.get(i);
            boolean inPopulation = definition.result() ? facts.exit().isPresent() : entrant;
            if (inPopulation && definition.rule().test(participant, facts)) {
                counts[i][column]++;
            }
        }
    }

    /**
     * Absorbs other counts.
     *
     * @param other the other counts, unchanged
     */
    public void merge(EsfCounts other) {
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < 4; j++) {
                counts[i][j] += other.counts[i][j];
            }
        }
    }

    /**
     * Returns the rows, in code order.
     *
     * @return the rows
     */
    public List<EsfRow> rows() {
        List<EsfRow> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            long[] c = counts[i];
            rows.add(new EsfRow(DEFINITIONS.get(i).code(), DEFINITIONS.get(i).label(), c[0], c[1], c[2], c[3], c[0] + c[1] + c[2] + c[3]));
        }
        return rows;
    }
}
