/**
 * The {@code impact} command line: validate, measure, value, report; see
 * {@link io.github.caeimpact.examples.cli.ImpactCli}.
 */
package io.github.caeimpact.examples.cli;
