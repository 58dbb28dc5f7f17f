package io.github.caeimpact.indicators.internal;

import static io.github.caeimpact.indicators.Fixtures.event;
import static io.github.caeimpact.indicators.Fixtures.person;
import static io.github.caeimpact.indicators.internal.CalculatorAssertions.measured;
import static io.github.caeimpact.indicators.internal.CalculatorAssertions.share;
import static io.github.caeimpact.indicators.internal.CalculatorAssertions.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.HandMadeDataset;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.Warning;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.Gender;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PUBLICS on the hand-made dataset: entrants in 2025 are P1 (CAPE 25-02-01), P2 (CESA 25-03-01), P5 (CAPE 25-06-01). */
class PublicsCalculatorsTest {

    private final IndicatorReport report = HandMadeDataset.report();

    @Test
    void anUndisclosedGenderIsMissingFromTheShareOfWomen() {
        // PUB03: entrants u (woman), v (man), w (undisclosed) -> 1 of 2, w missing.
        IndicatorReport edges = measured(List.of(
                person("u").gender(Gender.WOMAN).events(event(EventType.CAPE_START, "2025-02-01")).build(),
                person("v").gender(Gender.MAN).events(event(EventType.CAPE_START, "2025-03-01")).build(),
                person("w").gender(Gender.UNDISCLOSED).events(event(EventType.CESA_SIGNED, "2025-04-01")).build()));
        share(edges, "PUB03", 1, 2, 1);
    }

    @Test
    void countsIntakesAndEntrants() {
        // PUB01: INTAKE events in 2025: P1 25-01-10, P2 25-02-15, P5 25-05-01 (P3, P4, P7, P9 earlier) -> 3.
        value(report, "PUB01", "3", 3, 0);
        // PUB02: entrants P1, P2, P5 -> 3.
        value(report, "PUB02", "3", 3, 0);
    }

    @Test
    void sharesOfEntrantsByStatusAtEntry() {
        share(report, "PUB03", 1, 3, 0); // women: P1 (P2 man, P5 non-binary)
        share(report, "PUB04", 1, 3, 0); // unemployed: P1
        share(report, "PUB05", 1, 3, 0); // long-term: P1, 14 months
        share(report, "PUB06", 1, 3, 0); // RSA: P1
        share(report, "PUB07", 1, 3, 0); // inactive incl. students: P5
    }

    @Test
    void sharesOfEntrantsByAgeEducationAndDisadvantage() {
        share(report, "PUB08", 2, 3, 0); // under 30 at entry: P1 2025-1998 = 27, P5 21; P2 57
        share(report, "PUB11", 1, 3, 0); // 55+: P2
        share(report, "PUB09", 1, 3, 0); // ISCED 0-2: P1
        share(report, "PUB12", 1, 3, 0); // ISCED 5-8: P2
        // PUB10: P1 disability true -> yes; P2 rural false (others undisclosed) -> no; P5 all false -> no.
        share(report, "PUB10", 1, 3, 0);
        assertThat(report.result("PUB10").orElseThrow().hasWarning(Warning.SMALL_SAMPLE)).isTrue();
    }
}
