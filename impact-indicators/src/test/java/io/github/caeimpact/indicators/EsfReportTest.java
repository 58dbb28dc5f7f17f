package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ESF+ counts of the hand-made dataset: entrants P1 (woman), P2 (man), P5 (non-binary); leavers P3 (woman), P4, P10 (men), P5. */
class EsfReportTest {

    private final EsfReport report = EsfReport.of(HandMadeDataset.dataset());

    private void row(String code, long women, long men, long nonBinary, long undisclosed) {
        EsfRow row = report.row(code);
        assertThat(List.of(row.women(), row.men(), row.nonBinary(), row.undisclosed())).as(code).containsExactly(women, men, nonBinary, undisclosed);
        assertThat(row.total()).isEqualTo(women + men + nonBinary + undisclosed);
    }

    @Test
    void outputIndicatorsCountEntrantsByGender() {
        row("EECO01", 1, 1, 1, 0);
        row("EECO02", 1, 0, 0, 0); // P1 unemployed
        row("EECO03", 1, 0, 0, 0); // P1, 14 months
        row("EECO04", 0, 0, 1, 0); // P5 student counts as inactive
        row("EECO05", 0, 1, 0, 0); // P2 employed
        row("EECO06", 0, 0, 0, 0);
        row("EECO07", 1, 0, 1, 0); // P1 27, P5 21
        row("EECO08", 0, 1, 0, 0); // P2 57
        row("EECO09", 1, 0, 0, 0);
        row("EECO10", 0, 0, 1, 0);
        row("EECO11", 0, 1, 0, 0);
        row("EECO12", 1, 0, 0, 0); // P1 disability
        for (String code : List.of("EECO13", "EECO14", "EECO15", "EECO16", "EECO17")) {
            row(code, 0, 0, 0, 0);
        }
    }

    @Test
    void resultIndicatorsCountLeaversByGender() {
        row("EECR01", 0, 0, 0, 0); // P4's job search became training within 4 weeks
        row("EECR02", 0, 1, 0, 0); // P4
        row("EECR03", 1, 0, 0, 0); // P3 qualification in the exit questionnaire
        row("EECR04", 1, 1, 0, 0); // P3 business, P10 short-term job
        row("EECR05", 1, 2, 0, 0); // P3, P4, P10 in work at 6 months
        row("EECR06", 1, 0, 0, 0); // P3 self-employed -> permanent job
    }

    @Test
    void reportCoversTheCodesInOrderAndMatchesTheCatalogueIndicators() {
        assertThat(report.rows()).extracting(EsfRow::code).containsExactly("EECO01", "EECO02", "EECO03", "EECO04", "EECO05", "EECO06",
                "EECO07", "EECO08", "EECO09", "EECO10", "EECO11", "EECO12", "EECO13", "EECO14", "EECO15", "EECO16", "EECO17", "EECR01",
                "EECR02", "EECR03", "EECR04", "EECR05", "EECR06");
        IndicatorReport indicators = HandMadeDataset.report();
        // The catalogue indicator mapped to EECR04 counts the same people: 2 leavers in work.
        assertThat(indicators.result("EXI01").orElseThrow().numerator()).isEqualByComparingTo("2");
        assertThat(indicators.result("PUB02").orElseThrow().value()).isEqualByComparingTo(String.valueOf(report.row("EECO01").total()));
    }

    @Test
    void talliesOfPartsMergeToTheWhole() {
        Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(8L).participants(500));
        EsfReport.Tally a = EsfReport.tally(dataset.period(), dataset.referenceDate());
        EsfReport.Tally b = EsfReport.tally(dataset.period(), dataset.referenceDate());
        List<Participant> people = dataset.participants();
        people.subList(0, 123).forEach(a::add);
        people.subList(123, people.size()).forEach(b::add);
        assertThat(b.merge(a).report()).isEqualTo(EsfReport.of(dataset));
    }
}
