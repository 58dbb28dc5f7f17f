package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.disclosure.CellKey;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Money;
import io.github.caeimpact.model.Participant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a release publishes: no share with a numerator or complement under k, every category listed. */
class ReleaseTest {

    private static final int K = 5;

    private final Catalogue catalogue = Catalogue.shipped();
    private final IndicatorEngine engine = IndicatorEngine.of(catalogue);

    @Test
    void everyShownShareHasANumeratorAndComplementOfAtLeastK() {
        Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(77L).participants(40));
        IndicatorReport report = Release.of(engine, dataset, MeasureOptions.defaults()).indicators();
        int maskedForNumerator = 0;
        for (IndicatorSection section : report.indicators()) {
            if (catalogue.definition(section.indicatorId()).statistic() != Statistic.PROPORTION) {
                continue;
            }
            List<Cell> cells = new ArrayList<>(List.of(section.overall()));
            section.breakdowns().forEach(b -> cells.addAll(b.cells()));
            for (Cell cell : cells) {
                if (cell.isMasked()) {
                    maskedForNumerator += cell.masked() == MaskReason.NUMERATOR_BELOW_THRESHOLD
                            || cell.masked() == MaskReason.COMPLEMENT_BELOW_THRESHOLD ? 1 : 0;
                    continue;
                }
                long numerator = cell.result().numerator().longValueExact();
                assertThat(numerator).as(section.indicatorId() + " " + cell.category()).isGreaterThanOrEqualTo(K);
                assertThat(cell.result().counted() - numerator).as(section.indicatorId() + " " + cell.category()).isGreaterThanOrEqualTo(K);
            }
        }
        assertThat(maskedForNumerator).isPositive();
    }

    @Test
    void everyBreakdownListsAllItsCategoriesWhateverTheData() {
        Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(5L).participants(30));
        IndicatorReport report = Release.of(engine, dataset, MeasureOptions.defaults()).indicators();
        Map<BreakdownKind, Integer> sizes = Map.of(BreakdownKind.GENDER, 4, BreakdownKind.AGE_BAND, 4, BreakdownKind.ENTRY_SITUATION, 5,
                BreakdownKind.EDUCATION, 4, BreakdownKind.ORGANISATION, ParticipantGenerator.ORGANISATIONS.size(),
                BreakdownKind.TERRITORY, 3, BreakdownKind.GENDER_BY_AGE_BAND, 16);
        int published = 0;
        for (IndicatorSection section : report.indicators()) {
            for (Breakdown breakdown : section.breakdowns()) {
                if (breakdown.suppressed() == null && sizes.containsKey(breakdown.kind())) {
                    published++;
                    assertThat(breakdown.cells()).as(section.indicatorId() + " by " + breakdown.kind()).hasSize(sizes.get(breakdown.kind()));
                }
            }
        }
        assertThat(published).isPositive();
    }

    @Test
    void aTurnoverWhereOnePersonHoldsNinetyPercentIsMaskedForDominance() {
        List<Participant> people = new ArrayList<>(new ParticipantGenerator(77L).participants(40));
        BigDecimal others = people.stream().flatMap(p -> p.activity() == null ? Stream.empty() : p.activity().stream())
                .map(a -> a.turnover().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Participant rich = people.stream().filter(p -> p.activity() != null && !p.activity().isEmpty()).findFirst().orElseThrow();
        // Each of her years at nine times everybody else's turnover over all years: she holds 90 % or more of any sum.
        BigDecimal huge = others.multiply(BigDecimal.valueOf(9));
        List<ActivityYear> activity = rich.activity().stream().map(year -> new ActivityYear(
                year.year(), Money.of(huge), year.grossPay(), year.fte(), year.employerContributions(),
                year.employeeContributions(), year.cooperativeContribution(), year.trainings(), year.supportInterviews(),
                year.generalMeetingsAttended(), year.generalMeetingsHeld(), year.daysToFirstInvoice())).toList();
        people.set(people.indexOf(rich), new Participant(rich.id(), rich.organisationId(), rich.relationship(),
                rich.birthYear(), rich.gender(), rich.education(), rich.entrySituation(), rich.disability(), rich.thirdCountryNational(),
                rich.foreignBackground(), rich.minority(), rich.homeless(), rich.rural(), rich.priorityUrbanArea(), rich.pathway(), activity,
                rich.surveys()));
        Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, people);

        Release release = Release.of(engine, dataset, MeasureOptions.defaults());

        assertThat(release.indicators().section("ACT03").overall().masked()).isEqualTo(MaskReason.DOMINANCE);
        assertThat(release.disclosure().masked()).containsKey(MaskReason.DOMINANCE);
        Release even = Release.of(engine, Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(77L).participants(40)),
                MeasureOptions.defaults());
        assertThat(even.indicators().section("ACT03").overall().isMasked()).isFalse();
    }

    private static final CellKey CELL_KEY = CellKey.of("a secret key of thirty-two bytes!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private static List<Cell> shownCells(IndicatorSection section) {
        List<Cell> cells = new ArrayList<>(List.of(section.overall()));
        section.breakdowns().forEach(b -> cells.addAll(b.cells()));
        return cells.stream().filter(c -> !c.isMasked()).toList();
    }

    @Test
    void withACellKeyEveryShownCountIsWithinTwoOfTheTruthAndTheMasksAreTheSame() {
        Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(3L).participants(60));
        Release plain = Release.of(engine, dataset, MeasureOptions.defaults());
        Release perturbed = Release.of(engine, dataset, MeasureOptions.defaults(), CELL_KEY);
        assertThat(perturbed.disclosure().cellKey()).isTrue();
        assertThat(perturbed.disclosure().masked()).isEqualTo(plain.disclosure().masked());
        int changed = 0;
        for (IndicatorSection section : plain.indicators().indicators()) {
            List<Cell> truth = shownCells(section);
            List<Cell> published = shownCells(perturbed.indicators().section(section.indicatorId()));
            assertThat(published).hasSameSizeAs(truth);
            for (int i = 0; i < truth.size(); i++) {
                IndicatorResult t = truth.get(i).result();
                IndicatorResult p = published.get(i).result();
                assertThat(Math.abs(p.counted() - t.counted())).isLessThanOrEqualTo(CellKey.MAXIMUM_COUNT_NOISE);
                assertThat(p.counted() == 0).isEqualTo(t.counted() == 0);
                changed += p.counted() != t.counted() ? 1 : 0;
            }
        }
        assertThat(changed).isPositive();
    }

    @Test
    void withACellKeyAShareIsItsPublishedNumeratorOverItsPublishedCount() {
        Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(3L).participants(60));
        Release perturbed = Release.of(engine, dataset, MeasureOptions.defaults(), CELL_KEY);
        int shares = 0;
        for (IndicatorSection section : perturbed.indicators().indicators()) {
            if (catalogue.definition(section.indicatorId()).statistic() != Statistic.PROPORTION) {
                continue;
            }
            for (Cell cell : shownCells(section)) {
                IndicatorResult r = cell.result();
                if (r.value() == null) {
                    continue;
                }
                shares++;
                assertThat(r.denominator().longValueExact()).isEqualTo(r.counted());
                assertThat(r.value().doubleValue()).isCloseTo(r.numerator().doubleValue() / r.counted(), org.assertj.core.data.Offset.offset(1e-12));
                if (r.interval() != null) {
                    assertThat(r.interval().lower()).isLessThanOrEqualTo(r.value().doubleValue());
                    assertThat(r.interval().upper()).isGreaterThanOrEqualTo(r.value().doubleValue());
                }
            }
        }
        assertThat(shares).isPositive();
    }

    @Test
    void withTheSameKeyTheSameDatasetIsPublishedTheSameWay() {
        Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(3L).participants(40));
        Release first = Release.of(engine, dataset, MeasureOptions.defaults(), CELL_KEY);
        Release second = Release.of(engine, dataset, MeasureOptions.defaults(),
                CellKey.of("a secret key of thirty-two bytes!".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(second.indicators()).isEqualTo(first.indicators());
        assertThat(second.esf()).isEqualTo(first.esf());
    }
}
