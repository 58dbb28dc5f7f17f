/**
 * JMH benchmarks of the library's hot paths: reading and writing dataset JSON, and valuing an
 * impact map (whole evaluation, compiled plan in BigDecimal, and the double fast path).
 *
 * <p>Run them from the shaded jar built by {@code mvn package} (this module is not published: JMH is
 * GPLv2 with the Classpath Exception, and the library and command line do not need it):
 *
 * <pre>{@code
 * java -jar impact-benchmarks/target/impact-benchmarks-<version>-all.jar SroiBenchmark
 * }</pre>
 *
 * <p>Without a benchmark name every benchmark runs. The defaults (one fork, a few seconds of warm-up
 * and measurement per case) keep a full run to a few minutes; add {@code -f 3} or more for figures
 * worth comparing, and {@code -h} for JMH's options. The data come from seeded generators, so every
 * run measures the same inputs. Performance is measured here, never in timed unit tests.
 */
package io.github.caeimpact.benchmarks;
