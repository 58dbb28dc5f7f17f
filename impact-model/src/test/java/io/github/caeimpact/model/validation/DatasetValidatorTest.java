package io.github.caeimpact.model.validation;

import static io.github.caeimpact.model.EventType.BECAME_ASSOCIATE;
import static io.github.caeimpact.model.EventType.CAPE_END;
import static io.github.caeimpact.model.EventType.CAPE_RENEWAL;
import static io.github.caeimpact.model.EventType.CAPE_START;
import static io.github.caeimpact.model.EventType.CESA_SIGNED;
import static io.github.caeimpact.model.EventType.EXIT;
import static io.github.caeimpact.model.EventType.FOLLOW_UP;
import static io.github.caeimpact.model.EventType.INTAKE;
import static io.github.caeimpact.model.testing.Fixtures.activity;
import static io.github.caeimpact.model.testing.Fixtures.dataset;
import static io.github.caeimpact.model.testing.Fixtures.event;
import static io.github.caeimpact.model.testing.Fixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.Answer;
import io.github.caeimpact.model.AnswerType;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.EntrySituation;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.Money;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.SurveyResponse;
import io.github.caeimpact.model.Territory;
import io.github.caeimpact.model.TimePoint;
import io.github.caeimpact.model.AreaType;
import io.github.caeimpact.model.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class DatasetValidatorTest {

    private static final DatasetValidator VALIDATOR = DatasetValidator.create();
    private static final String P0 = "$.participants[0]";
    private static final String EVENTS = P0 + ".pathway.events";

    private static ValidationReport validate(Participant participant) {
        return VALIDATOR.validate(dataset(participant));
    }

    private static ListAssert<Tuple> problemsOf(ValidationReport report) {
        List<Tuple> tuples = report.problems().stream().map(p -> tuple(p.path(), p.code(), p.severity())).toList();
        return assertThat(tuples).as("%s", report.problems());
    }

    private static Tuple error(String path, String code) {
        return tuple(path, code, Severity.ERROR);
    }

    private static Tuple warning(String path, String code) {
        return tuple(path, code, Severity.WARNING);
    }

    private static PathwayEvent exit(String date) {
        return PathwayEvent.of(EXIT, LocalDate.parse(date), ExitOutcome.EMPLOYED_PERMANENT);
    }

    private static PathwayEvent followUp(String date) {
        return PathwayEvent.of(FOLLOW_UP, LocalDate.parse(date), ExitOutcome.EMPLOYED_PERMANENT);
    }

    private static SurveyResponse survey(Answer... answers) {
        return new SurveyResponse("CAE-IMPACT-ANNUAL", "1.0", TimePoint.ANNUAL, LocalDate.of(2025, 1, 8), List.of(answers));
    }

    @Test
    void fixtureDatasetHasNoProblemAtAll() {
        assertThat(validate(participant().build()).problems()).isEmpty();
    }

    // Field constraints

    @Test
    void missingParticipantIdIsRequired() {
        problemsOf(validate(participant().id(null).build())).containsExactly(error(P0 + ".id", RuleCodes.FIELD_REQUIRED));
    }

    @Test
    void participantIdMustHaveTheIdForm() {
        problemsOf(validate(participant().id("p 1").build())).containsExactly(error(P0 + ".id", RuleCodes.FIELD_PATTERN));
        assertThat(validate(participant().id("3f6b0c1e9a2d4b7c8e5f1a2b3c4d5e6f").build()).problems()).isEmpty();
    }

    @Test
    void communeCodeMustBeAnInseeCode() {
        Organisation bad = withTerritory(new Territory("6748", "67", "44", AreaType.URBAN, false));
        Dataset dataset = Dataset.of(Fixtures.REFERENCE, Period.ofYear(2025), List.of(bad), List.of(participant().build()));
        problemsOf(VALIDATOR.validate(dataset))
                .containsExactly(error("$.organisations[0].territory.communeCode", RuleCodes.FIELD_PATTERN));
        Organisation corsica = withTerritory(new Territory("2A004", "2A", "94", AreaType.URBAN, false));
        assertThat(VALIDATOR.validate(Dataset.of(Fixtures.REFERENCE, Period.ofYear(2025), List.of(corsica),
                List.of(participant().build()))).problems()).isEmpty();
    }

    private static Organisation withTerritory(Territory territory) {
        Organisation o = Fixtures.organisation("cae-1");
        return new Organisation(o.id(), o.name(), o.kind(), o.legalForm(), territory, o.sectors(), o.foundedOn(),
                o.network(), o.fundings(), o.supportInputs());
    }

    @Test
    void blankSectorIsReportedAtItsIndex() {
        Organisation o = Fixtures.organisation("cae-1");
        Organisation bad = new Organisation(o.id(), o.name(), o.kind(), o.legalForm(), o.territory(), List.of("70.22Z", " "),
                o.foundedOn(), o.network(), o.fundings(), o.supportInputs());
        Dataset dataset = Dataset.of(Fixtures.REFERENCE, Period.ofYear(2025), List.of(bad), List.of());
        problemsOf(VALIDATOR.validate(dataset)).containsExactly(error("$.organisations[0].sectors[1]", RuleCodes.FIELD_BLANK));
    }

    @Test
    void organisationNameIsAtMost200Characters() {
        problemsOf(VALIDATOR.validate(datasetOf(named("x".repeat(201)))))
                .containsExactly(error("$.organisations[0].name", RuleCodes.FIELD_TOO_LONG));
        assertThat(VALIDATOR.validate(datasetOf(named("x".repeat(200)))).problems()).isEmpty();
    }

    @Test
    void organisationNameIsNotBlank() {
        problemsOf(VALIDATOR.validate(datasetOf(named("  ")))).containsExactly(error("$.organisations[0].name",
                RuleCodes.FIELD_BLANK));
        problemsOf(VALIDATOR.validate(datasetOf(named(null)))).containsExactly(error("$.organisations[0].name",
                RuleCodes.FIELD_REQUIRED));
    }

    @Test
    void fundingAmountIsNotNegative() {
        Organisation o = Fixtures.organisation("cae-1");
        java.util.function.Function<String, Organisation> funded = amount -> new Organisation(o.id(), o.name(),
                o.kind(), o.legalForm(), o.territory(), o.sectors(), o.foundedOn(), o.network(),
                List.of(new io.github.caeimpact.model.Funding(io.github.caeimpact.model.FunderKind.ESF, null,
                        Money.parse(amount), Period.ofYear(2025), null)), o.supportInputs());
        problemsOf(VALIDATOR.validate(datasetOf(funded.apply("-100"))))
                .containsExactly(error("$.organisations[0].fundings[0].amount", RuleCodes.AMOUNT_NEGATIVE));
        assertThat(VALIDATOR.validate(datasetOf(funded.apply("100"))).problems()).isEmpty();
    }

    @Test
    void anOptionalTextIsLeftOutOrNotBlankSoThatACsvCellReadsItBack() {
        Organisation o = Fixtures.organisation("cae-1");
        java.util.function.BiFunction<String, String, Organisation> with = (network, purpose) -> new Organisation(o.id(), o.name(),
                o.kind(), o.legalForm(), o.territory(), o.sectors(), o.foundedOn(), network,
                List.of(new io.github.caeimpact.model.Funding(io.github.caeimpact.model.FunderKind.ESF, "", Money.parse("100"),
                        Period.ofYear(2025), purpose)), o.supportInputs());
        problemsOf(VALIDATOR.validate(datasetOf(with.apply(" ", "\t")))).containsExactly(
                error("$.organisations[0].fundings[0].funderName", RuleCodes.FIELD_PATTERN),
                error("$.organisations[0].fundings[0].purpose", RuleCodes.FIELD_PATTERN),
                error("$.organisations[0].network", RuleCodes.FIELD_PATTERN));
        Organisation kept = new Organisation(o.id(), o.name(), o.kind(), o.legalForm(), o.territory(), o.sectors(), o.foundedOn(),
                " Coopérer pour entreprendre ", List.of(new io.github.caeimpact.model.Funding(io.github.caeimpact.model.FunderKind.ESF,
                        null, Money.parse("100"), Period.ofYear(2025), "a\nb")), o.supportInputs());
        assertThat(VALIDATOR.validate(datasetOf(kept)).problems()).isEmpty();
    }

    private static Organisation named(String name) {
        Organisation o = Fixtures.organisation("cae-1");
        return new Organisation(o.id(), name, o.kind(), o.legalForm(), o.territory(), o.sectors(), o.foundedOn(),
                o.network(), o.fundings(), o.supportInputs());
    }

    private static Dataset datasetOf(Organisation... organisations) {
        return Dataset.of(Fixtures.REFERENCE, Period.ofYear(2025), List.of(organisations), List.of());
    }

    @Test
    void birthYearMustBeFrom1900() {
        problemsOf(validate(participant().birthYear(1899).build()))
                .containsExactly(error(P0 + ".birthYear", RuleCodes.FIELD_OUT_OF_RANGE));
        assertThat(validate(participant().birthYear(1900).build()).problems()).isEmpty();
    }

    @Test
    void negativeAmountIsReportedWithItsPath() {
        ActivityYear ok = activity(2025, 4);
        ActivityYear negative = new ActivityYear(2025, Money.parse("-0.01"), ok.grossPay(), ok.fte(),
                ok.employerContributions(), ok.employeeContributions(), ok.cooperativeContribution(), 1, 4, 1, 1, null);
        problemsOf(validate(participant().activity(negative).build()))
                .containsExactly(error(P0 + ".activity[0].turnover", RuleCodes.AMOUNT_NEGATIVE));
        ActivityYear zero = new ActivityYear(2025, Money.ZERO, ok.grossPay(), ok.fte(),
                ok.employerContributions(), ok.employeeContributions(), ok.cooperativeContribution(), 1, 4, 1, 1, null);
        assertThat(validate(participant().activity(zero).build()).problems()).isEmpty();
    }

    @Test
    void fullTimeEquivalentIsAtMostOneAndAHalf() {
        problemsOf(validate(participant().activity(withFte("1.51")).build()))
                .containsExactly(error(P0 + ".activity[0].fte", RuleCodes.FIELD_OUT_OF_RANGE));
        assertThat(validate(participant().activity(withFte("1.50")).build()).problems()).isEmpty();
    }

    private static ActivityYear withFte(String fte) {
        ActivityYear ok = activity(2025, 4);
        return new ActivityYear(2025, ok.turnover(), ok.grossPay(), new BigDecimal(fte), ok.employerContributions(),
                ok.employeeContributions(), ok.cooperativeContribution(), 1, 4, 1, 1, null);
    }

    @Test
    void countsAreNotNegative() {
        ActivityYear ok = activity(2025, 4);
        ActivityYear bad = new ActivityYear(2025, ok.turnover(), ok.grossPay(), ok.fte(), ok.employerContributions(),
                ok.employeeContributions(), ok.cooperativeContribution(), -1, 4, 1, 1, null);
        problemsOf(validate(participant().activity(bad).build()))
                .containsExactly(error(P0 + ".activity[0].trainings", RuleCodes.FIELD_OUT_OF_RANGE));
    }

    @Test
    void schemaVersionMustBeSupported() {
        Dataset ok = dataset(participant().build());
        Dataset bad = new Dataset("2.0", ok.referenceDate(), ok.period(), ok.organisations(), ok.participants());
        problemsOf(VALIDATOR.validate(bad)).containsExactly(error("$.schemaVersion", RuleCodes.FIELD_PATTERN));
    }

    // Pathway rules

    @Test
    void eventsMustBeInDateOrder() {
        problemsOf(validate(participant().events(event(CAPE_START, "2024-01-08"), event(INTAKE, "2023-12-15"),
                event(CESA_SIGNED, "2024-07-01")).build()))
                .containsExactly(error(EVENTS + "[1].date", RuleCodes.PATHWAY_DATE_ORDER));
        assertThat(validate(participant().events(event(INTAKE, "2024-01-08"), event(CAPE_START, "2024-01-08")).build())
                .problems()).isEmpty();
    }

    @Test
    void capeRenewalNeedsACapeStartedBefore() {
        problemsOf(validate(participant().events(event(CAPE_RENEWAL, "2024-01-08")).build()))
                .containsExactly(error(EVENTS + "[0].type", RuleCodes.PATHWAY_CAPE_ORDER));
        assertThat(validate(participant().events(event(CAPE_START, "2024-01-08"), event(CAPE_RENEWAL, "2025-01-08"))
                .build()).problems()).isEmpty();
    }

    @Test
    void capeEndNeedsAnOpenCape() {
        problemsOf(validate(participant().events(event(CAPE_START, "2024-01-08"), event(CAPE_END, "2024-06-08"),
                event(CAPE_END, "2024-07-08")).build()))
                .containsExactly(error(EVENTS + "[2].type", RuleCodes.PATHWAY_CAPE_ORDER));
        assertThat(validate(participant().events(event(CAPE_START, "2024-01-08"), event(CAPE_END, "2024-06-08"))
                .build()).problems()).isEmpty();
    }

    @Test
    void becomingAnAssociateNeedsACesaBefore() {
        problemsOf(validate(participant().events(event(CAPE_START, "2024-01-08"), event(BECAME_ASSOCIATE, "2024-06-08"))
                .build())).containsExactly(error(EVENTS + "[1].type", RuleCodes.PATHWAY_ASSOCIATE_ORDER));
        assertThat(validate(participant().events(event(CESA_SIGNED, "2024-01-08"), event(BECAME_ASSOCIATE, "2025-06-08"))
                .build()).problems()).isEmpty();
    }

    @Test
    void onlyAFollowUpMayComeAfterTheExit() {
        problemsOf(validate(participant().events(event(CESA_SIGNED, "2024-01-08"), exit("2024-06-08"),
                event(BECAME_ASSOCIATE, "2024-07-08")).build()))
                .containsExactly(error(EVENTS + "[2].type", RuleCodes.PATHWAY_AFTER_EXIT));
        assertThat(validate(participant().events(event(CESA_SIGNED, "2024-01-08"), exit("2024-06-08"),
                followUp("2024-12-08")).build()).problems()).isEmpty();
    }

    @Test
    void followUpNeedsAnExitBefore() {
        problemsOf(validate(participant().events(event(CESA_SIGNED, "2024-01-08"), followUp("2024-07-08")).build()))
                .containsExactly(error(EVENTS + "[1].type", RuleCodes.PATHWAY_FOLLOW_UP_WITHOUT_EXIT));
    }

    @Test
    void capeTimeIsAtMost36Months() {
        PathwayEvent start = event(CAPE_START, "2021-01-04");
        PathwayEvent first = event(CAPE_RENEWAL, "2022-01-04");
        PathwayEvent second = event(CAPE_RENEWAL, "2023-01-04");
        problemsOf(validate(participant().events(start, first, second, event(CAPE_END, "2024-01-05")).build()))
                .containsExactly(error(EVENTS, RuleCodes.CAPE_TOO_LONG));
        assertThat(validate(participant().events(start, first, second, event(CAPE_END, "2024-01-04")).build())
                .problems()).isEmpty();
    }

    @Test
    void anOpenCapeCountsUpToTheReferenceDate() {
        problemsOf(validate(participant().events(event(CAPE_START, "2022-12-30"), event(CAPE_RENEWAL, "2023-12-30"),
                event(CAPE_RENEWAL, "2024-12-30")).build()))
                .containsExactly(error(EVENTS, RuleCodes.CAPE_TOO_LONG));
    }

    @Test
    void capeIsRenewedAtMostTwice() {
        problemsOf(validate(participant().events(event(CAPE_START, "2023-01-04"), event(CAPE_RENEWAL, "2023-04-04"),
                event(CAPE_RENEWAL, "2023-07-04"), event(CAPE_RENEWAL, "2023-10-04"), event(CAPE_END, "2024-01-04"))
                .build())).containsExactly(error(EVENTS + "[3].type", RuleCodes.CAPE_TOO_MANY_RENEWALS));
        assertThat(validate(participant().events(event(CAPE_START, "2023-01-04"), event(CAPE_RENEWAL, "2023-04-04"),
                event(CAPE_RENEWAL, "2023-07-04"), event(CAPE_END, "2024-01-04")).build()).problems()).isEmpty();
    }

    @Test
    void exitMustHaveAnOutcome() {
        problemsOf(validate(participant().events(event(CESA_SIGNED, "2024-01-08"), event(EXIT, "2024-06-08")).build()))
                .containsExactly(error(EVENTS + "[1].outcome", RuleCodes.EVENT_OUTCOME_MISSING));
        assertThat(validate(participant().events(event(CESA_SIGNED, "2024-01-08"), exit("2024-06-08")).build())
                .problems()).isEmpty();
    }

    @Test
    void onlyExitAndFollowUpHaveAnOutcome() {
        problemsOf(validate(participant().events(PathwayEvent.of(CESA_SIGNED, LocalDate.of(2024, 1, 8),
                ExitOutcome.UNKNOWN)).build()))
                .containsExactly(error(EVENTS + "[0].outcome", RuleCodes.EVENT_OUTCOME_UNEXPECTED));
    }

    // Dates

    @Test
    void eventsAreNotAfterTheReferenceDate() {
        problemsOf(validate(participant().events(event(CESA_SIGNED, "2026-01-01")).build()))
                .containsExactly(error(EVENTS + "[0].date", RuleCodes.DATE_AFTER_REFERENCE));
        assertThat(validate(participant().events(event(CESA_SIGNED, "2025-12-31")).build()).problems()).isEmpty();
    }

    @Test
    void surveysActivityAndBirthAreNotAfterTheReferenceDate() {
        SurveyResponse late = new SurveyResponse("X", "1", TimePoint.ANNUAL, LocalDate.of(2026, 1, 2), List.of());
        problemsOf(validate(participant().birthYear(2026).activity(activity(2026, 4)).surveys(late).build()))
                .containsExactly(error(P0 + ".birthYear", RuleCodes.DATE_AFTER_REFERENCE),
                        error(P0 + ".activity[0].year", RuleCodes.DATE_AFTER_REFERENCE),
                        error(P0 + ".surveys[0].date", RuleCodes.DATE_AFTER_REFERENCE));
    }

    @Test
    void organisationAndPeriodDoNotStartAfterTheReferenceDate() {
        Organisation o = Fixtures.organisation("cae-1");
        Organisation late = new Organisation(o.id(), o.name(), o.kind(), o.legalForm(), o.territory(), o.sectors(),
                LocalDate.of(2026, 1, 1), o.network(), o.fundings(), o.supportInputs());
        Dataset dataset = Dataset.of(Fixtures.REFERENCE, Period.ofYear(2026), List.of(late), List.of());
        problemsOf(VALIDATOR.validate(dataset)).containsExactly(
                error("$.period.start", RuleCodes.DATE_AFTER_REFERENCE),
                error("$.organisations[0].foundedOn", RuleCodes.DATE_AFTER_REFERENCE));
    }

    // Participant rules

    @Test
    void unemployedParticipantHasMonthsOfUnemployment() {
        problemsOf(validate(participant().entry(new EntrySituation(LabourStatus.UNEMPLOYED, null, true)).build()))
                .containsExactly(error(P0 + ".entrySituation.unemployedMonths", RuleCodes.UNEMPLOYED_MONTHS_MISSING));
        assertThat(validate(participant().entry(new EntrySituation(LabourStatus.UNEMPLOYED, 14, true)).build())
                .problems()).isEmpty();
    }

    @Test
    void onlyUnemployedParticipantHasMonthsOfUnemployment() {
        problemsOf(validate(participant().entry(new EntrySituation(LabourStatus.STUDENT, 3, false)).build()))
                .containsExactly(error(P0 + ".entrySituation.unemployedMonths", RuleCodes.UNEMPLOYED_MONTHS_UNEXPECTED));
    }

    @Test
    void participantBelongsToAKnownOrganisation() {
        problemsOf(validate(participant().organisationId("cae-9").build()))
                .containsExactly(error(P0 + ".organisationId", RuleCodes.UNKNOWN_ORGANISATION));
    }

    /** The organisation ids of an envelope are kept between calls: another envelope must still be asked about its own. */
    @Test
    void eachEnvelopeIsAskedAboutItsOwnOrganisations() {
        Participant ofCae9 = participant().organisationId("cae-9").build();
        Dataset withoutCae9 = datasetOf(Fixtures.organisation("cae-1"));
        Dataset withCae9 = datasetOf(Fixtures.organisation("cae-1"), Fixtures.organisation("cae-9"));
        for (int round = 0; round < 2; round++) {
            assertThat(VALIDATOR.validate(ofCae9, withoutCae9, P0).problems()).extracting(Problem::code)
                    .containsExactly(RuleCodes.UNKNOWN_ORGANISATION);
            assertThat(VALIDATOR.validate(ofCae9, withCae9, P0).problems()).isEmpty();
        }
    }

    @Test
    void participantIdsAreUnique() {
        Dataset dataset = dataset(participant().build(), participant().build());
        problemsOf(VALIDATOR.validate(dataset))
                .containsExactly(error("$.participants[1].id", RuleCodes.DUPLICATE_PARTICIPANT_ID));
        assertThat(VALIDATOR.validate(dataset(participant().build(), participant().id("p-2").build())).problems())
                .isEmpty();
    }

    @Test
    void organisationIdsAreUnique() {
        Dataset dataset = Dataset.of(Fixtures.REFERENCE, Period.ofYear(2025),
                List.of(Fixtures.organisation("cae-1"), Fixtures.organisation("cae-1")), List.of());
        problemsOf(VALIDATOR.validate(dataset))
                .containsExactly(error("$.organisations[1].id", RuleCodes.DUPLICATE_ORGANISATION_ID));
        assertThat(VALIDATOR.validate(datasetOf(Fixtures.organisation("cae-1"), Fixtures.organisation("cae-2")))
                .problems()).isEmpty();
    }

    @Test
    void activityYearsAreUniquePerParticipant() {
        problemsOf(validate(participant().activity(activity(2025, 4), activity(2025, 4)).build()))
                .containsExactly(error(P0 + ".activity[1].year", RuleCodes.DUPLICATE_ACTIVITY_YEAR));
        assertThat(validate(participant().activity(activity(2024, 4), activity(2025, 4)).build()).problems()).isEmpty();
    }

    @Test
    void meetingsAttendedAreAtMostMeetingsHeld() {
        ActivityYear ok = activity(2025, 4);
        ActivityYear bad = new ActivityYear(2025, ok.turnover(), ok.grossPay(), ok.fte(), ok.employerContributions(),
                ok.employeeContributions(), ok.cooperativeContribution(), 1, 4, 2, 1, null);
        problemsOf(validate(participant().activity(bad).build()))
                .containsExactly(error(P0 + ".activity[0].generalMeetingsAttended", RuleCodes.MEETINGS_ATTENDED_ABOVE_HELD));
    }

    // Answers

    @Test
    void likertValueIsAnIntegerWithinTheScale() {
        problemsOf(validate(participant().surveys(survey(Answer.likert("ISOLATION", 6, 5))).build()))
                .containsExactly(error(P0 + ".surveys[0].answers[0].value", RuleCodes.LIKERT_OUT_OF_SCALE));
        problemsOf(validate(participant().surveys(survey(
                new Answer("ISOLATION", AnswerType.LIKERT, new BigDecimal("2.5"), 5))).build()))
                .containsExactly(error(P0 + ".surveys[0].answers[0].value", RuleCodes.LIKERT_OUT_OF_SCALE));
        assertThat(validate(participant().surveys(survey(Answer.likert("ISOLATION", 5, 5),
                new Answer("CONFIDENCE", AnswerType.LIKERT, new BigDecimal("1.0"), 5))).build()).problems()).isEmpty();
    }

    @Test
    void likertAnswerHasAScaleAndOthersHaveNone() {
        problemsOf(validate(participant().surveys(survey(new Answer("A", AnswerType.LIKERT, BigDecimal.ONE, null),
                new Answer("B", AnswerType.NUMBER, BigDecimal.ONE, 5))).build()))
                .containsExactly(error(P0 + ".surveys[0].answers[0].scale", RuleCodes.LIKERT_SCALE_MISSING),
                        error(P0 + ".surveys[0].answers[1].scale", RuleCodes.SCALE_UNEXPECTED));
    }

    @Test
    void yesNoIsZeroOrOne() {
        problemsOf(validate(participant().surveys(survey(new Answer("A", AnswerType.YES_NO, new BigDecimal("2"), null)))
                .build())).containsExactly(error(P0 + ".surveys[0].answers[0].value", RuleCodes.YES_NO_NOT_BINARY));
        assertThat(validate(participant().surveys(survey(Answer.yesNo("A", true), Answer.yesNo("B", false))).build())
                .problems()).isEmpty();
    }

    @Test
    void anItemIsAnsweredOnce() {
        problemsOf(validate(participant().surveys(survey(Answer.yesNo("A", true), Answer.yesNo("A", false))).build()))
                .containsExactly(error(P0 + ".surveys[0].answers[1].item", RuleCodes.DUPLICATE_ANSWER_ITEM));
    }

    // Warnings

    @Test
    void associateLaterThan36MonthsNetOfCapeWarns() {
        // 6 months of CAPE: the deadline is 36 months after the CESA less those days.
        ValidationReport late = validate(participant().events(event(CAPE_START, "2021-01-04"),
                event(CESA_SIGNED, "2021-07-05"), event(BECAME_ASSOCIATE, "2024-02-01")).build());
        problemsOf(late).containsExactly(warning(EVENTS + "[2].date", RuleCodes.ASSOCIATE_LATE));
        assertThat(late.isValid()).isTrue();
        assertThat(validate(participant().events(event(CAPE_START, "2021-01-04"), event(CESA_SIGNED, "2021-07-05"),
                event(BECAME_ASSOCIATE, "2023-12-01")).build()).problems()).isEmpty();
    }

    @Test
    void stillNotAnAssociatePastTheDeadlineWarns() {
        problemsOf(validate(participant().events(event(CESA_SIGNED, "2022-01-03")).build()))
                .containsExactly(warning(EVENTS, RuleCodes.ASSOCIATE_LATE));
        assertThat(validate(participant().events(event(CESA_SIGNED, "2022-01-03"), exit("2024-06-30")).build())
                .problems()).isEmpty();
    }

    @Test
    void fewerThanTwoSupportInterviewsInAFullYearWarns() {
        problemsOf(validate(participant().activity(activity(2025, 1)).build()))
                .containsExactly(warning(P0 + ".activity[0].supportInterviews", RuleCodes.SUPPORT_INTERVIEWS_BELOW_MINIMUM));
        assertThat(validate(participant().activity(activity(2025, 2)).build()).problems()).isEmpty();
        // 2024 is not a full year: the participant entered on 8 January 2024.
        assertThat(validate(participant().activity(activity(2024, 1)).build()).problems()).isEmpty();
    }

    @Test
    void followUpOutsideFiveToEightMonthsWarns() {
        problemsOf(validate(participant().events(event(CESA_SIGNED, "2024-01-08"), exit("2024-06-08"),
                followUp("2024-09-08")).build()))
                .containsExactly(warning(EVENTS + "[2].date", RuleCodes.FOLLOW_UP_TIMING));
        problemsOf(validate(participant().events(event(CESA_SIGNED, "2024-01-08"), exit("2024-06-08"),
                followUp("2025-02-09")).build()))
                .containsExactly(warning(EVENTS + "[2].date", RuleCodes.FOLLOW_UP_TIMING));
        assertThat(validate(participant().events(event(CESA_SIGNED, "2024-01-08"), exit("2024-06-08"),
                followUp("2025-02-08")).build()).problems()).isEmpty();
    }

    // Reporting

    @Test
    void everyProblemIsFoundNotOnlyTheFirst() {
        Participant bad = participant().id(null).birthYear(1800)
                .entry(new EntrySituation(LabourStatus.UNEMPLOYED, null, false))
                .events(event(CESA_SIGNED, "2024-01-08"), event(EXIT, "2024-06-08")).build();
        problemsOf(validate(bad)).containsExactly(
                error(P0 + ".birthYear", RuleCodes.FIELD_OUT_OF_RANGE),
                error(P0 + ".id", RuleCodes.FIELD_REQUIRED),
                error(P0 + ".entrySituation.unemployedMonths", RuleCodes.UNEMPLOYED_MONTHS_MISSING),
                error(EVENTS + "[1].outcome", RuleCodes.EVENT_OUTCOME_MISSING));
    }

    @Test
    void messagesAreEnglishWhateverTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.FRANCE);
            assertThat(validate(participant().id(null).build()).problems()).extracting(Problem::message)
                    .containsExactly("must not be null");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void participantAloneSkipsTheOrganisationCheck() {
        Participant stray = participant().organisationId("cae-9").build();
        assertThat(VALIDATOR.validate(stray, Fixtures.REFERENCE, "$.participants[7]").problems()).isEmpty();
        problemsOf(VALIDATOR.validate(stray, dataset(), "$.participants[7]"))
                .containsExactly(error("$.participants[7].organisationId", RuleCodes.UNKNOWN_ORGANISATION));
    }

    @Test
    void nullFieldsDoNotBreakTheCrossFieldRules() {
        Participant empty = new Participant(null, null, null, 0, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        assertThat(validate(empty).problems()).extracting(Problem::path).allMatch(path -> path.startsWith("$."));
        assertThat(validate(empty).isValid()).isFalse();
        Participant nullEvent = participant().events(new PathwayEvent(null, null, null),
                new PathwayEvent(EXIT, null, null)).entry(new EntrySituation(null, 3, false)).build();
        problemsOf(validate(nullEvent)).containsExactly(
                error(P0 + ".entrySituation.status", RuleCodes.FIELD_REQUIRED),
                error(EVENTS + "[0].date", RuleCodes.FIELD_REQUIRED),
                error(EVENTS + "[0].type", RuleCodes.FIELD_REQUIRED),
                error(EVENTS + "[1].date", RuleCodes.FIELD_REQUIRED));
    }
}
