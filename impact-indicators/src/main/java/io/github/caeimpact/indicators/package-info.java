/**
 * The CAE-IMPACT indicator catalogue and its measurement: indicator definitions as versioned data
 * ({@link io.github.caeimpact.indicators.Catalogue}), the calculator service-provider interface
 * ({@link io.github.caeimpact.indicators.IndicatorCalculator}), and the results a dataset is measured
 * into.
 *
 * <pre>{@code
 * Catalogue catalogue = Catalogue.shipped();                        // or .withExtension(in) for another programme's file
 * IndicatorEngine engine = IndicatorEngine.of(catalogue);          // calculators found with ServiceLoader
 * IndicatorReport report = engine.measure(dataset);                // k = 5, 95 % intervals, every breakdown
 * Optional<BigDecimal> women = report.value("PUB03");              // empty if masked or nobody counted
 * IndicatorResult result = report.result("EXI01").orElseThrow();   // numerator, denominator, interval, warnings
 * String json = report.toJson();                                   // deterministic JSON
 * StreamedReport big = engine.measure(Path.of("dataset.json"), MeasureOptions.defaults()); // streamed
 * EsfReport esf = EsfReport.of(dataset);                           // EECO01-17, EECR01-06 by gender
 * Benchmark benchmark = Benchmark.of(report, catalogue);           // rank of each organisation
 * }</pre>
 */
package io.github.caeimpact.indicators;
