package io.github.caeimpact.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.StreamedReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StreamingBenchmarkTest {

    @Test
    void generatedFileIsParsedMeasuredAndDeleted() throws Exception {
        StreamingBenchmark benchmark = new StreamingBenchmark();
        benchmark.file = "";
        benchmark.participants = 60;
        benchmark.setUp();
        Path path = benchmark.path();
        assertThat(path).exists();
        assertThat(benchmark.jacksonParse()).isGreaterThan(60 * 10);
        StreamedReport report = benchmark.streamedMeasure();
        assertThat(report.read().read()).isEqualTo(60);
        assertThat(report.report().participants()).isEqualTo(report.read().accepted()).isPositive();
        benchmark.tearDown();
        assertThat(Files.exists(path)).isFalse();
    }
}
