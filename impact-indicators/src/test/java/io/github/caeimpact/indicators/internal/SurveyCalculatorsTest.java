package io.github.caeimpact.indicators.internal;

import static io.github.caeimpact.indicators.internal.CalculatorAssertions.share;
import static io.github.caeimpact.indicators.internal.CalculatorAssertions.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.caeimpact.indicators.HandMadeDataset;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.Warning;
import io.github.caeimpact.indicators.stats.TestMethod;
import org.junit.jupiter.api.Test;

/**
 * Annual-survey indicators on the hand-made dataset. Entrepreneurs present in 2025: P1, P2, P3, P4,
 * P5, P6, P10 (7); annual responses in 2025 from P1, P2, P6 only, so 4 non-respondents are missing.
 */
class SurveyCalculatorsTest {

    private final IndicatorReport report = HandMadeDataset.report();

    @Test
    void rightsIndicators() {
        // RIG01: entrepreneurs who had a CAPE: P1, P3, P5, P6, P10; P1 yes, P6 no, three missing -> 1/2, response 2/5 < 50 %.
        IndicatorResult rig01 = share(report, "RIG01", 1, 2, 3);
        assertThat(rig01.hasWarning(Warning.LOW_RESPONSE_RATE)).isTrue();
        share(report, "RIG02", 2, 3, 4); // P1 no, P2 yes, P6 yes
        // RIG03: concerned P1 (easier yes) and P6 (easier no); P2 not concerned, out; 4 non-respondents missing.
        share(report, "RIG03", 1, 2, 4);
    }

    @Test
    void activitySkillsCooperationAndInnovationShares() {
        share(report, "ACT02", 2, 3, 4); // cae_decisive: P1 yes, P2 no, P6 yes
        share(report, "ACT04", 1, 3, 4); // would_not_have_started: P1 yes, P2 no, P6 no
        share(report, "SKI02", 2, 3, 4); // skills_gained: P1 yes, P2 yes, P6 no
        share(report, "COO04", 2, 3, 4); // peer exchange >= 3: P1 4, P2 2, P6 5
        share(report, "INN01", 2, 3, 4); // new_activity: P1, P6
        share(report, "INN02", 2, 3, 4); // ecological_practices: P2, P6
        share(report, "INN03", 2, 3, 4); // social_need: P1, P6
    }

    @Test
    void incomeChangeWithIntervalAndPairedTests() {
        // INC03 differences (annual - entry): P1 900-600 = 300, P2 1900-2000 = -100, P6 2100-1500 = 600; mean 800/3.
        IndicatorResult inc03 = value(report, "INC03", "266.6666666666667", 3, 4);
        assertThat(inc03.numerator()).isEqualByComparingTo("800");
        // R: t.test(c(300, -100, 600))$conf.int -> -605.7338 1139.0672 (mean 266.67, sd 351.19, t(0.975, 2) = 4.302653)
        assertThat(inc03.interval().lower()).isCloseTo(-605.7338268, within(1e-6));
        assertThat(inc03.interval().upper()).isCloseTo(1139.0671602, within(1e-6));
        // R: t.test(c(300, -100, 600))$p.value -> 0.3189948; wilcox.test(c(900, 1900, 2100), c(600, 2000, 1500), paired = TRUE):
        // V = 5 (ranks 2 + 3 of the positive differences), exact p = 2 * P(V >= 5) = 2 * 2/8 = 0.5.
        assertThat(inc03.tests()).extracting(t -> t.method()).containsExactly(TestMethod.PAIRED_T, TestMethod.WILCOXON_SIGNED_RANK);
        assertThat(inc03.tests().get(0).pValue()).isCloseTo(0.3189948, within(1e-7));
        assertThat(inc03.tests().get(0).statistic()).isCloseTo(1.3151919, within(1e-6)); // t = 266.667 / (351.188 / sqrt(3))
        assertThat(inc03.tests().get(0).n()).isEqualTo(3);
        assertThat(inc03.tests().get(1).statistic()).isEqualTo(5.0);
        assertThat(inc03.tests().get(1).pValue()).isEqualTo(0.5);
    }

    @Test
    void wellbeingChanges() {
        // WEL01 isolation: P1 2-4 = -2, P2 3-3 = 0, P6 2-5 = -3 -> -5/3; R: t.test(c(-2, 0, -3))$conf.int -> -5.461250 2.127916
        IndicatorResult wel01 = value(report, "WEL01", "-1.666666666666667", 3, 4);
        assertThat(wel01.interval().lower()).isCloseTo(-5.4612497, within(1e-6));
        assertThat(wel01.interval().upper()).isCloseTo(2.1279164, within(1e-6));
        // WEL02 SWEMWBS: 26-20 = 6, 24-25 = -1, 27-18 = 9 -> 14/3
        value(report, "WEL02", "4.666666666666667", 3, 4);
        // WEL03 confidence: 4-2 = 2, 4-4 = 0, 5-3 = 2 -> 4/3. Wilcoxon drops the zero and the two 2s tie, so R uses the
        // normal approximation: wilcox.test(c(4, 4, 5), c(2, 4, 3), paired = TRUE) -> V = 3, p-value = 0.3458.
        // By hand: n = 2, sigma = sqrt(2*3*5/24 - (2^3 - 2)/48) = sqrt(1.125) = 1.06066, z = (3 - 1.5 - 0.5) / 1.06066 = 0.94281,
        // p = 2 * (1 - pnorm(0.94281)) = 0.345779.
        IndicatorResult wel03 = value(report, "WEL03", "1.333333333333333", 3, 4);
        assertThat(wel03.tests().get(1).statistic()).isEqualTo(3.0);
        assertThat(wel03.tests().get(1).pValue()).isCloseTo(0.345779, within(1e-6));
        assertThat(wel03.tests().get(1).exact()).isFalse();
    }

    @Test
    void answerOfAnotherTypeThanTheCatalogueItemCountsAsMissing() {
        // cae_decisive is a YES_NO item; a LIKERT answer is not read as yes or no.
        io.github.caeimpact.model.Participant odd = io.github.caeimpact.indicators.Fixtures.person("odd")
                .events(io.github.caeimpact.indicators.Fixtures.event(io.github.caeimpact.model.EventType.CESA_SIGNED, "2024-01-01"))
                .surveys(io.github.caeimpact.indicators.Fixtures.survey("CAE-IMPACT-ANNUAL", io.github.caeimpact.model.TimePoint.ANNUAL,
                        "2025-10-01", io.github.caeimpact.indicators.Fixtures.likert("cae_decisive", 5),
                        io.github.caeimpact.indicators.Fixtures.yes("peer_exchange_frequency")))
                .build();
        IndicatorReport one = io.github.caeimpact.indicators.IndicatorEngine.of(io.github.caeimpact.indicators.Catalogue.shipped())
                .measure(io.github.caeimpact.indicators.Fixtures.dataset(java.util.List.of(io.github.caeimpact.indicators.Fixtures.cae("cae-a")),
                        java.util.List.of(odd)), io.github.caeimpact.indicators.MeasureOptions.defaults().withDisclosureThreshold(1));
        share(one, "ACT02", 0, 0, 1);
        share(one, "COO04", 0, 0, 1);
    }
}
