package io.github.caeimpact.indicators.spi;

import static io.github.caeimpact.indicators.Fixtures.event;
import static io.github.caeimpact.indicators.Fixtures.exit;
import static io.github.caeimpact.indicators.Fixtures.followUp;
import static io.github.caeimpact.indicators.Fixtures.person;
import static io.github.caeimpact.indicators.Fixtures.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.Fixtures;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.indicators.Accumulator;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.MeasureOptions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParticipantFactsTest {

    private static final Participant LEAVER = person("P1").events(event(EventType.INFORMATION, "2024-11-02"),
            event(EventType.CESA_SIGNED, "2025-06-01"), event(EventType.CAPE_START, "2025-01-15"),
            exit("2025-09-30", ExitOutcome.UNKNOWN), followUp("2025-10-10", ExitOutcome.EMPLOYED_PERMANENT),
            followUp("2026-03-30", ExitOutcome.BUSINESS_CREATED))
            .activity(year(2024, "100.00", "0.00", "0", 0, 1, 0, 0, null), year(2025, "2500.50", "0.00", "0", 1, 2, 0, 0, 30)).build();

    @Test
    void entryIsTheEarliestCapeStartOrCesaSignatureAndFirstEventTheEarliestOfAll() {
        ParticipantFacts facts = ParticipantFacts.of(LEAVER);
        assertThat(facts.entryDate()).isEqualTo(Fixtures.d("2025-01-15"));
        assertThat(facts.firstEventDate()).isEqualTo(Fixtures.d("2024-11-02"));
        assertThat(facts.entryDate()).isEqualTo(LEAVER.pathway().entryDate().orElseThrow());
    }

    @Test
    void exitAndFirstEventsOfEachTypeAreThoseOfThePathway() {
        ParticipantFacts facts = ParticipantFacts.of(LEAVER);
        assertThat(facts.exit()).isEqualTo(LEAVER.pathway().exit().orElseThrow());
        for (EventType type : EventType.values()) {
            assertThat(facts.firstOf(type)).as(type.name()).isEqualTo(LEAVER.pathway().firstOf(type).orElse(null));
        }
        assertThat(facts.followUpCount()).isEqualTo(2);
        assertThat(facts.followUp(0)).isEqualTo(LEAVER.pathway().all(EventType.FOLLOW_UP).get(0));
        assertThat(facts.followUp(1)).isEqualTo(LEAVER.pathway().all(EventType.FOLLOW_UP).get(1));
    }

    @Test
    void someoneWithoutContractOrExitHasNeither() {
        ParticipantFacts facts = ParticipantFacts.of(person("P2").events(event(EventType.INTAKE, "2025-02-01")).build());
        assertThat(facts.entryDate()).isNull();
        assertThat(facts.exit()).isNull();
        assertThat(facts.followUpCount()).isZero();
    }

    @Test
    void activityYearsInAPeriodAreThoseOverlappingIt() {
        assertThat(ParticipantFacts.of(LEAVER).yearsIn(Period.ofYear(2025))).extracting(y -> y.year()).containsExactly(2025);
        assertThat(ParticipantFacts.of(LEAVER).yearsIn(new Period(Fixtures.d("2024-07-01"), Fixtures.d("2025-06-30"))))
                .extracting(y -> y.year()).containsExactly(2024, 2025);
        assertThat(ParticipantFacts.of(LEAVER).yearsIn(Period.ofYear(2023))).isEmpty();
    }

    @Test
    void factsAreDerivedOncePerParticipantAndThread() throws Exception {
        ParticipantFacts first = ParticipantFacts.of(LEAVER);
        assertThat(ParticipantFacts.of(LEAVER)).isSameAs(first);
        ParticipantFacts elsewhere = CompletableFuture.supplyAsync(() -> ParticipantFacts.of(LEAVER)).get();
        assertThat(elsewhere).isNotSameAs(first);
        ParticipantFacts.of(person("P3").build());
        assertThat(ParticipantFacts.of(LEAVER)).isNotSameAs(first).extracting(ParticipantFacts::entryDate).isEqualTo(first.entryDate());
    }

    @Test
    void uponLeavingTakesTheFollowUpWithinFourWeeksOverTheExitOutcome() {
        assertThat(Populations.uponLeaving(LEAVER.pathway().exit().orElseThrow(), LEAVER)).isEqualTo(ExitOutcome.EMPLOYED_PERMANENT);
        assertThat(Populations.atSixMonths(LEAVER.pathway().exit().orElseThrow(), LEAVER)).contains(ExitOutcome.BUSINESS_CREATED);
    }

    private static MeasureContext context() {
        return new MeasureContext(Period.ofYear(2025), Fixtures.REFERENCE, Map.of(), Catalogue.shipped().definition("PUB04"),
                MeasureOptions.defaults());
    }

    @Test
    void anObservationIsAskedOncePerParticipantAndContextAndRemembersOutsiders() {
        MeasureContext one = context();
        MeasureContext other = context();
        AtomicInteger asked = new AtomicInteger();
        ParticipantFacts facts = ParticipantFacts.of(LEAVER);
        assertThat(facts.<Classification>observed(one, (p, c) -> {
            asked.incrementAndGet();
            return null;
        })).isNull();
        assertThat(facts.<Classification>observed(one, (p, c) -> {
            asked.incrementAndGet();
            return Classification.YES;
        })).as("the first answer, null included, is kept").isNull();
        assertThat(facts.<Classification>observed(other, (p, c) -> {
            asked.incrementAndGet();
            return Classification.NO;
        })).isEqualTo(Classification.NO);
        assertThat(asked).hasValue(2);
        // Another participant on this thread starts afresh, even reusing the table.
        assertThat(ParticipantFacts.of(person("P4").build()).<Classification>observed(one, (p, c) -> Classification.YES))
                .isEqualTo(Classification.YES);
    }

    @Test
    void manyContextsAreEachRemembered() {
        ParticipantFacts facts = ParticipantFacts.of(person("P5").build());
        MeasureContext[] contexts = new MeasureContext[300];
        for (int i = 0; i < contexts.length; i++) {
            contexts[i] = context();
            int value = i;
            assertThat(facts.<Integer>observed(contexts[i], (p, c) -> value)).isEqualTo(i);
        }
        for (int i = 0; i < contexts.length; i++) {
            assertThat(facts.<Integer>observed(contexts[i], (p, c) -> -1)).isEqualTo(i);
        }
    }

    @Test
    void theAccumulatorsOfOneIndicatorSharingAContextClassifyEachPersonOnce() {
        AtomicInteger asked = new AtomicInteger();
        ProportionCalculator counting = new ProportionCalculator("PUB04") {
            @Override
            protected Classification classify(Participant participant, MeasureContext context) {
                asked.incrementAndGet();
                return Classification.YES;
            }
        };
        MeasureContext context = context();
        Accumulator overall = counting.newAccumulator(context);
        Accumulator category = counting.newAccumulator(context);
        Participant someone = person("P6").build();
        overall.add(someone, context);
        category.add(someone, context);
        assertThat(asked).hasValue(1);
        assertThat(overall.result().counted()).isEqualTo(1);
        assertThat(category.result().counted()).isEqualTo(1);
    }
}
