package io.github.caeimpact.indicators.internal;

import static io.github.caeimpact.indicators.Fixtures.event;
import static io.github.caeimpact.indicators.Fixtures.exit;
import static io.github.caeimpact.indicators.Fixtures.likert;
import static io.github.caeimpact.indicators.Fixtures.no;
import static io.github.caeimpact.indicators.Fixtures.number;
import static io.github.caeimpact.indicators.Fixtures.person;
import static io.github.caeimpact.indicators.Fixtures.survey;
import static io.github.caeimpact.indicators.Fixtures.year;
import static io.github.caeimpact.indicators.Fixtures.yes;
import static io.github.caeimpact.indicators.internal.CalculatorAssertions.share;
import static io.github.caeimpact.indicators.internal.CalculatorAssertions.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.Fixtures;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.ParticipantGenerator;
import io.github.caeimpact.indicators.Release;
import io.github.caeimpact.indicators.declared.AnswerReference;
import io.github.caeimpact.indicators.declared.BasePopulation;
import io.github.caeimpact.indicators.declared.Computation;
import io.github.caeimpact.indicators.stats.TestMethod;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.Gender;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.Relationship;
import io.github.caeimpact.model.TimePoint;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Indicators declared as data, each shape against figures computed by hand on five people, and
 * shipped indicators re-declared as data measured identically to their Java calculators.
 */
class DeclaredCalculatorsTest {

    private static final String ANNUAL = "CAE-IMPACT-ANNUAL";
    private static final String ENTRY = "CAE-IMPACT-ENTRY";

    /**
     * Period 2024-2025, reference 2026-03-31. Entrants: a (2025-02-01), b (2025-03-01), e (2024-05-01);
     * c entered in 2023 and is an entrepreneur present; d is a member without events (present).
     */
    private static final List<Participant> PEOPLE = List.of(
            person("a").gender(Gender.WOMAN).born(1990).status(LabourStatus.UNEMPLOYED, 14, true)
                    .flags(null, null, null, null, null, true, null).events(event(EventType.CAPE_START, "2025-02-01"))
                    .activity(year(2025, "10000", "8000", "0.5", 0, 3, 1, 2, 30))
                    .surveys(survey(ENTRY, TimePoint.ENTRY, "2025-02-01", likert("isolation", 4), number("monthly_income", "600")),
                            survey(ANNUAL, TimePoint.ANNUAL, "2025-11-01", likert("isolation", 2), yes("skills_gained"),
                                    number("monthly_income", "900")))
                    .build(),
            person("b").born(1960).events(event(EventType.CAPE_START, "2025-03-01"))
                    .activity(year(2025, "30000", "20000", "1.0", 2, 1, 1, 2, null))
                    .surveys(survey(ENTRY, TimePoint.ENTRY, "2025-03-01", likert("isolation", 3)),
                            survey(ANNUAL, TimePoint.ANNUAL, "2025-11-02", likert("isolation", 3), no("skills_gained"),
                                    number("monthly_income", "1500")))
                    .build(),
            person("c").gender(Gender.NON_BINARY).born(2000).status(LabourStatus.INACTIVE, null, false)
                    .flags(null, null, null, null, null, false, null).events(event(EventType.CESA_SIGNED, "2023-06-01"))
                    .activity(year(2024, "5000", "3000", "0.2", 1, 2, 1, 2, null), year(2025, "7000", "4000", "0.3", 0, 4, 1, 2, null))
                    .surveys(survey(ANNUAL, TimePoint.ANNUAL, "2025-10-01", yes("skills_gained"), number("monthly_income", "1200")))
                    .build(),
            person("d").gender(Gender.WOMAN).relationship(Relationship.MEMBER).born(1980).education(null).build(),
            person("e").flags(null, null, null, null, null, false, null)
                    .events(event(EventType.CAPE_START, "2024-05-01"), exit("2025-06-30", ExitOutcome.BUSINESS_CREATED))
                    .build());

    private static final Dataset DATASET = Dataset.of(LocalDate.of(2026, 3, 31), Period.of(LocalDate.of(2024, 1, 1),
            LocalDate.of(2025, 12, 31)), List.of(Fixtures.cae("cae-a")), PEOPLE);

    /** Measures the five people with one declared indicator XDC01, shown whatever its size. */
    private static IndicatorReport measure(String statistic, String unit, String computation) {
        return measure(DATASET, statistic, unit, computation);
    }

    /** Measures a dataset with one declared indicator XDC01, shown whatever its size. */
    private static IndicatorReport measure(Dataset dataset, String statistic, String unit, String computation) {
        String document = Fixtures.declaredExtension(statistic, unit, computation);
        Catalogue catalogue = Catalogue.shipped().with(Catalogue.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
        return IndicatorEngine.of(catalogue).measure(dataset, MeasureOptions.defaults().withDisclosureThreshold(1));
    }

    @Test
    void countOfEntrants() {
        // a, b and e entered in 2024-2025; c in 2023; d never.
        value(measure("COUNT", "COUNT", "{\"population\": \"ENTRANTS\"}"), "XDC01", "3", 3, 0);
    }

    @Test
    void countOfPresentMembersNarrowedByWhere() {
        // Present: a, b, c, d (no events), e (left 2025-06-30, within the period); the only member is d.
        value(measure("COUNT", "COUNT", "{\"population\": \"PRESENT\"}"), "XDC01", "5", 5, 0);
        value(measure("COUNT", "COUNT", "{\"population\": \"PRESENT\", \"where\": [{\"field\": \"relationship\", \"in\": [\"MEMBER\"]}]}"),
                "XDC01", "1", 1, 0);
    }

    @Test
    void undisclosedAttributeIsMissingInAShareAndOutsideAWhere() {
        // Rural among entrants: a true, b not disclosed, e false -> 1 of 2, 1 missing.
        share(measure("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\", \"condition\": {\"field\": \"rural\", \"is\": true}}"),
                "XDC01", 1, 2, 1);
        // In where, b's unknown answer leaves b out: only a is a rural entrant.
        value(measure("COUNT", "COUNT", "{\"population\": \"ENTRANTS\", \"where\": [{\"field\": \"rural\", \"is\": true}]}"),
                "XDC01", "1", 1, 0);
    }

    @Test
    void categoryShareNarrowedByAgeBandAtEntry() {
        // Unemployed at entry among entrants: a only of a, b, e -> 1/3. Aged 30-54 at entry: a (35) and e (39), not b (65) -> 1/2.
        share(measure("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\", "
                + "\"condition\": {\"field\": \"entrySituation.status\", \"in\": [\"UNEMPLOYED\"]}}"), "XDC01", 1, 3, 0);
        share(measure("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\", "
                + "\"where\": [{\"field\": \"ageBand\", \"in\": [\"FROM_30_TO_54\"]}], "
                + "\"condition\": {\"field\": \"entrySituation.status\", \"in\": [\"UNEMPLOYED\"]}}"), "XDC01", 1, 2, 0);
    }

    @Test
    void yearlyRangesReadInAtLeastOneYearWithMaxAndEveryYearWithMin() {
        // With activity in 2024-2025: a (2025), b (2025), c (2024, 2025). Trainings a 0, b 2, c 1 and 0: MAX >= 1 -> b, c.
        share(measure("PROPORTION", "SHARE", "{\"population\": \"WITH_ACTIVITY\", "
                + "\"condition\": {\"field\": \"activity.trainings\", \"years\": \"MAX\", \"atLeast\": 1}}"), "XDC01", 2, 3, 0);
        // Interviews a 3, b 1, c 2 and 4: MIN >= 3 -> a only.
        share(measure("PROPORTION", "SHARE", "{\"population\": \"WITH_ACTIVITY\", "
                + "\"condition\": {\"field\": \"activity.supportInterviews\", \"years\": \"MIN\", \"atLeast\": 3}}"), "XDC01", 1, 3, 0);
        // Turnover summed over years between 11,000 and 30,000 EUR: b 30,000 and c 12,000, not a 10,000.
        share(measure("PROPORTION", "SHARE", "{\"population\": \"WITH_ACTIVITY\", "
                + "\"condition\": {\"field\": \"activity.turnover\", \"atLeast\": 11000, \"atMost\": 30000}}"), "XDC01", 2, 3, 0);
    }

    @Test
    void sumOfMoneyOverYearsAndMeanPerYear() {
        // Turnover: a 10,000 + b 30,000 + c 5,000 + 7,000 = 52,000 EUR.
        value(measure("SUM", "EUR", "{\"population\": \"WITH_ACTIVITY\", \"value\": {\"field\": \"activity.turnover\"}}"),
                "XDC01", "52000", 3, 0);
        // Interviews per year: a 3, b 1, c (2 + 4) / 2 = 3 -> mean 7/3.
        IndicatorResult mean = measure("MEAN", "PER_PERSON_YEAR", "{\"population\": \"WITH_ACTIVITY\", "
                + "\"value\": {\"field\": \"activity.supportInterviews\", \"years\": \"MEAN\"}}").result("XDC01").orElseThrow();
        assertThat(mean.value().doubleValue()).isCloseTo(7.0 / 3, within(1e-14));
        assertThat(mean.counted()).isEqualTo(3);
        // Days to first invoice, recorded by a only (30); b and c have no value and count as missing.
        value(measure("MEAN", "DAYS", "{\"population\": \"WITH_ACTIVITY\", \"value\": {\"field\": \"activity.daysToFirstInvoice\"}}"),
                "XDC01", "30", 1, 2);
    }

    @Test
    void shareOfYesAnswersAndMedianOfNumberAnswersInTheLatestAnnualResponse() {
        // skills_gained among entrepreneurs present: a yes, b no, c yes; e (left in 2025) has no annual response: missing.
        share(measure("PROPORTION", "SHARE", "{\"population\": \"ENTREPRENEURS\", "
                + "\"condition\": {\"answer\": {\"instrument\": \"CAE-IMPACT-ANNUAL\", \"item\": \"skills_gained\"}, \"is\": true}}"),
                "XDC01", 2, 3, 1);
        // monthly_income: a 900, b 1,500, c 1,200 -> median 1,200; e has no annual response: missing.
        value(measure("MEDIAN", "EUR_PER_MONTH", "{\"population\": \"ENTREPRENEURS\", "
                + "\"value\": {\"answer\": {\"instrument\": \"CAE-IMPACT-ANNUAL\", \"item\": \"monthly_income\"}}}"),
                "XDC01", "1200", 3, 1);
    }

    @Test
    void pairedChangeBetweenEntryAndAnnualAnswers() {
        // isolation: a 2 - 4 = -2, b 3 - 3 = 0; c has no entry response and e no response: missing -> mean -1 over 2.
        IndicatorResult change = value(measure("PAIRED_MEAN_CHANGE", "POINTS", "{\"population\": \"ENTREPRENEURS\", "
                + "\"before\": {\"instrument\": \"CAE-IMPACT-ENTRY\", \"item\": \"isolation\", \"timePoint\": \"ENTRY\"}, "
                + "\"after\": {\"instrument\": \"CAE-IMPACT-ANNUAL\", \"item\": \"isolation\"}}"), "XDC01", "-1", 2, 2);
        // R: t.test(c(-2, 0)) -> t = -1, df = 1, p-value = 0.5
        assertThat(change.tests()).extracting(t -> t.method()).contains(TestMethod.PAIRED_T);
        assertThat(change.tests().get(0).pValue()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void leaversByTheirSituationUponLeaving() {
        share(measure("PROPORTION", "SHARE", "{\"population\": \"LEAVERS\", "
                + "\"condition\": {\"field\": \"exit.outcome\", \"in\": [\"BUSINESS_CREATED\"]}}"), "XDC01", 1, 1, 0);
        // Among everyone present, those who have not left have no exit outcome: missing.
        share(measure("PROPORTION", "SHARE", "{\"population\": \"PRESENT\", "
                + "\"condition\": {\"field\": \"exit.outcome\", \"in\": [\"BUSINESS_CREATED\"]}}"), "XDC01", 1, 1, 4);
    }

    @Test
    void anAnswerOfAnotherTypeThanItsItemIsMissing() {
        // skills_gained is a YES_NO item; i answers it on a scale, j answers yes.
        List<Participant> people = List.of(
                person("i").events(event(EventType.CAPE_START, "2025-02-01"))
                        .surveys(survey(ANNUAL, TimePoint.ANNUAL, "2025-11-01", likert("skills_gained", 4))).build(),
                person("j").events(event(EventType.CAPE_START, "2025-02-01"))
                        .surveys(survey(ANNUAL, TimePoint.ANNUAL, "2025-11-01", yes("skills_gained"))).build());
        IndicatorReport report = measure(Fixtures.dataset(List.of(Fixtures.cae("cae-a")), people), "PROPORTION", "SHARE",
                "{\"population\": \"ENTREPRENEURS\", "
                + "\"condition\": {\"answer\": {\"instrument\": \"CAE-IMPACT-ANNUAL\", \"item\": \"skills_gained\"}, \"is\": true}}");
        share(report, "XDC01", 1, 1, 1);
    }

    @Test
    void sixMonthsAfterLeavingIsKnownOnlyOnceReachedAndFollowedUp() {
        // Period 2024-2025, reference 2026-03-31. f left 2025-03-31, followed up 2025-09-30 in work; g left 2025-05-31,
        // not followed up; h left 2025-11-30, whose six-month point (2026-05-31) is after the reference date.
        List<Participant> people = List.of(
                person("f").events(event(EventType.CAPE_START, "2024-02-01"), exit("2025-03-31", ExitOutcome.JOB_SEARCH),
                        Fixtures.followUp("2025-09-30", ExitOutcome.EMPLOYED_PERMANENT)).build(),
                person("g").events(event(EventType.CAPE_START, "2024-03-01"), exit("2025-05-31", ExitOutcome.JOB_SEARCH)).build(),
                person("h").events(event(EventType.CAPE_START, "2024-04-01"), exit("2025-11-30", ExitOutcome.TRAINING),
                        Fixtures.followUp("2026-05-30", ExitOutcome.JOB_SEARCH)).build());
        Dataset dataset = Dataset.of(LocalDate.of(2026, 3, 31), Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)),
                List.of(Fixtures.cae("cae-a")), people);
        IndicatorReport report = measure(dataset, "PROPORTION", "SHARE", "{\"population\": \"LEAVERS\", "
                + "\"condition\": {\"field\": \"exit.outcomeAtSixMonths\", \"in\": [\"EMPLOYED_PERMANENT\"]}}");
        // f in work (yes); g and h have no value at six months: missing (h's follow-up, looking for work, is not reached yet).
        share(report, "XDC01", 1, 1, 2);
    }

    @Test
    void anUndisclosedEducationOrUnemploymentLengthIsMissing() {
        // Among entrants, a has 14 months of unemployment, b and e none recorded: missing. d's education is not disclosed:
        // of the five present, d is left out of the population.
        share(measure("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\", "
                + "\"condition\": {\"field\": \"entrySituation.unemployedMonths\", \"atLeast\": 12}}"), "XDC01", 1, 1, 2);
        value(measure("COUNT", "COUNT", "{\"population\": \"PRESENT\", "
                + "\"where\": [{\"field\": \"education\", \"in\": [\"ISCED_3_4\"]}]}"), "XDC01", "4", 4, 0);
    }

    @Test
    void aDeclaredDefinitionIsComputedFromItsComputationNotFromACalculatorOfItsId() throws Exception {
        Catalogue catalogue = Catalogue.shipped().with(Catalogue.read(resource("declared-equivalents.json")));
        IndicatorEngine engine = IndicatorEngine.of(catalogue);
        assertThat(engine.calculators().get("SKI01")).isNotInstanceOf(SkillsCalculators.Ski01.class);
        // One calculator per shape, each reporting the definition version it computes.
        for (String id : List.of("SKI01", "SKI03", "WEL01", "PUB02")) {
            assertThat(engine.calculators().get(id).definitionVersion()).as(id).contains("1.0.1");
        }
        assertThat(engine.unusedCalculators()).contains("SKI01", "WEL01", "XPR01");
    }

    @Test
    void shippedIndicatorsRedeclaredAsDataMeasureIdenticallyWithBreakdownsAndDisclosure() throws Exception {
        Catalogue declared = Catalogue.shipped().with(Catalogue.read(resource("declared-equivalents.json")));
        List<String> ids = declared.definitions().stream().filter(d -> d.computation() != null).map(d -> d.id()).toList();
        assertThat(ids).hasSize(13);
        IndicatorEngine shipped = IndicatorEngine.of(Catalogue.shipped());
        IndicatorEngine asData = IndicatorEngine.of(declared);
        for (long seed : new long[] {5L, 2026L}) {
            Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(seed).participants(200));
            MeasureOptions options = MeasureOptions.defaults();
            IndicatorReport expected = shipped.measure(dataset, options);
            IndicatorReport actual = asData.measure(dataset, options);
            for (String id : ids) {
                assertThat(actual.section(id)).as(id + ", seed " + seed).isEqualTo(expected.section(id));
            }
            // One disclosure pass over everything published: the same masks, values and breakdowns.
            Release expectedRelease = Release.of(shipped, dataset, options);
            Release actualRelease = Release.of(asData, dataset, options);
            for (String id : ids) {
                assertThat(actualRelease.indicators().section(id)).as(id + " released, seed " + seed)
                        .isEqualTo(expectedRelease.indicators().section(id));
            }
            assertThat(actualRelease.esf()).isEqualTo(expectedRelease.esf());
        }
    }

    @Test
    void anItemMissingFromTheCatalogueIsRefusedWhenTheEngineIsBuilt() {
        Catalogue catalogue = Catalogue.shipped();
        Computation computation = Computation.share(BasePopulation.ENTREPRENEURS,
                io.github.caeimpact.indicators.declared.Condition.equalTo(
                        io.github.caeimpact.indicators.declared.Operand.of(AnswerReference.latestIn(ANNUAL, "no_such_item")), true));
        assertThatThrownBy(() -> DeclaredCalculators.of(catalogue.definition("SKI02").withComputation(computation), catalogue))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SKI02 1.0.0 reads item 'no_such_item'");
        assertThatThrownBy(() -> DeclaredCalculators.of(catalogue.definition("SKI02"), catalogue))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declares no computation");
    }

    private static InputStream resource(String name) {
        return DeclaredCalculatorsTest.class.getResourceAsStream("/io/github/caeimpact/indicators/extension/" + name);
    }
}
