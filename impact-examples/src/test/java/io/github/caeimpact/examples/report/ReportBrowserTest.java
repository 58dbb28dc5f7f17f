package io.github.caeimpact.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.examples.sample.SampleConsortium;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.Release;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.engine.SroiEngine;
import io.github.caeimpact.sroi.engine.EvaluationPlan;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import io.github.caeimpact.sroi.uncertainty.BreakEvenAnalysis;
import io.github.caeimpact.sroi.uncertainty.MonteCarlo;
import io.github.caeimpact.sroi.uncertainty.SensitivityAnalysis;
import io.github.caeimpact.sroi.uncertainty.UncertaintyReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the consortium's report in Debian's chromium (through chromium-driver, as {@code .ci/run}
 * installs them) and checks what a reader sees: no console error, every chart drawn with shapes of
 * a real size, in French and in English. Saves screenshots under {@code target/} for people to
 * look at.
 */
class ReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target", "report-browser");

    private static ChromeDriver driver;
    private static Dataset dataset;
    private static Release release;
    private static IndicatorReport indicators;
    private static ImpactMap map;
    private static UncertaintyReport sroi;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian's chromium and chromium-driver are needed: apt-get install -y chromium chromium-driver (.ci/run does)");
        dataset = SampleConsortium.shipped();
        release = Release.of(IndicatorEngine.of(Catalogue.shipped()), dataset, MeasureOptions.defaults());
        indicators = release.indicators();
        try (InputStream in = Files.newInputStream(Path.of("data", "cae-impact-map-artenreel-style.json"))) {
            map = ImpactMaps.read(in);
        }
        map = map.withoutOutcomesBoundTo(indicators.indicators().stream().filter(section -> section.overall().isMasked())
                .map(section -> section.indicatorId()).collect(java.util.stream.Collectors.toSet()));
        EvaluationPlan plan = SroiEngine.compile(map, QuantityBindings.fromIndicators(indicators),
                ProxyLibrary.standard(), PriceIndex.standard());
        sroi = new UncertaintyReport(plan.evaluate(plan.baseline()),
                SensitivityAnalysis.of(plan, map.distributions(), SensitivityAnalysis.DEFAULT_PERCENT),
                BreakEvenAnalysis.of(plan, BreakEvenAnalysis.DEFAULT_TARGET),
                MonteCarlo.run(plan, map.distributions(), 2_000, 7, 1, BreakEvenAnalysis.DEFAULT_TARGET));
        Files.createDirectories(OUT);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                "--user-data-dir=" + Files.createTempDirectory("report-chromium").toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void frenchReportLoadsWithoutConsoleErrorsAndDrawsEveryChart() throws IOException {
        check(ReportLanguage.FR, "Tableau de bord des indicateurs");
    }

    @Test
    void englishReportLoadsWithoutConsoleErrorsAndDrawsEveryChart() throws IOException {
        check(ReportLanguage.EN, "Indicator dashboard");
    }

    private void check(ReportLanguage language, String heading) throws IOException {
        String html = ImpactReport.of(null, dataset, Catalogue.shipped(), release, map, sroi, language).html();
        Path file = OUT.resolve("report-" + language.code() + ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        driver.get(file.toAbsolutePath().toUri().toString());

        JavascriptExecutor js = driver;
        assertThat(js.executeScript("return document.documentElement.lang")).isEqualTo(language.code());
        assertThat(driver.getPageSource()).contains(heading);
        @SuppressWarnings("unchecked")
        List<Long> drawn = (List<Long>) js.executeScript("return Array.from(document.querySelectorAll('figure.chart svg'))"
                + ".map(svg => Array.from(svg.querySelectorAll('rect, line'))"
                + ".filter(s => { const b = s.getBBox(); return b.width > 0 || b.height > 0; }).length)");
        // Every chart the page declares is drawn: peers and breakdowns as far as the release publishes them, the SROI's three.
        int declared = html.split("<figure class=\"chart\"", -1).length - 1;
        assertThat(declared).isGreaterThanOrEqualTo(3);
        assertThat(drawn).as("charts: peers, breakdowns, tornado, histogram and the waterfall").hasSize(declared);
        assertThat(drawn).as("shapes of a real size in every chart").allSatisfy(n -> assertThat(n).isPositive());
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) js.executeScript(
                "return Array.from(document.querySelectorAll('figure.chart svg > title')).map(t => t.textContent)");
        assertThat(titles).hasSameSizeAs(drawn).allSatisfy(t -> assertThat(t).isNotBlank());
        for (String chart : List.of("tornado", "histogram", "waterfall")) {
            Number shapes = (Number) js.executeScript("return Array.from(document.querySelectorAll('#" + chart + " svg rect'))"
                    + ".filter(s => { const b = s.getBBox(); return b.width > 0 && b.height > 0; }).length");
            assertThat(shapes.intValue()).as(chart + " draws bars of a real size").isPositive();
        }
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("table.break-even")).getText()).isNotBlank();
        Number width = (Number) js.executeScript("return document.querySelector('#waterfall svg').getBoundingClientRect().width");
        assertThat(width.doubleValue()).isGreaterThan(300);

        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).collect(Collectors.toList());
        assertThat(errors).as("console errors").isEmpty();

        Files.write(OUT.resolve("report-" + language.code() + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        js.executeScript("document.getElementById('sroi').scrollIntoView()");
        Files.write(OUT.resolve("report-" + language.code() + "-sroi.png"), driver.getScreenshotAs(OutputType.BYTES));
        js.executeScript("document.getElementById('tornado').scrollIntoView()");
        Files.write(OUT.resolve("report-" + language.code() + "-uncertainty.png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
