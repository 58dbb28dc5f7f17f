/** Reports for people: Markdown renderings of measured indicators and SROI results. */
package io.github.caeimpact.examples.report;
