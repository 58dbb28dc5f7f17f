package io.github.caeimpact.model.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.model.validation.ValidationReport;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProblemCollectorTest {

    private static Problem error(int i) {
        return Problem.error("$.items[" + i + "]", RuleCodes.FIELD_REQUIRED, "missing");
    }

    private static Problem warning(int i) {
        return Problem.warning("$.items[" + i + "]", RuleCodes.FIELD_INVALID, "odd");
    }

    @Test
    void keepsEverythingUpToTheLimitWithoutSummary() {
        List<Problem> problems = IntStream.range(0, ValidationReport.MAX_PROBLEMS).mapToObj(ProblemCollectorTest::error)
                .toList();
        assertThat(ProblemCollector.capped(problems)).isEqualTo(problems);
    }

    @Test
    void problemsBeyondTheLimitAreCountedInOneLastError() {
        ProblemCollector collector = new ProblemCollector(3);
        IntStream.range(0, 3).mapToObj(ProblemCollectorTest::warning).forEach(collector::add);
        collector.add(error(3));
        collector.add(warning(4));
        List<Problem> problems = collector.problems();
        assertThat(problems).hasSize(4);
        Problem summary = problems.get(3);
        assertThat(summary.code()).isEqualTo(RuleCodes.PROBLEMS_OMITTED);
        assertThat(summary.isError()).as("an error was left out").isTrue();
        assertThat(summary.message()).startsWith("and 2 more (1 error(s), 1 warning(s))");
        assertThat(collector.hasError()).isTrue();
        assertThat(collector.report().isValid()).isFalse();
    }

    @Test
    void onlyWarningsLeftOutGiveAWarningSummary() {
        ProblemCollector collector = new ProblemCollector(1);
        collector.add(warning(0));
        collector.add(warning(1));
        assertThat(collector.hasError()).isFalse();
        assertThat(collector.report().isValid()).isTrue();
        assertThat(collector.problems().get(1).isError()).isFalse();
    }
}
