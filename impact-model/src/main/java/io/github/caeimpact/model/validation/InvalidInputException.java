package io.github.caeimpact.model.validation;

import io.github.caeimpact.model.validation.internal.ProblemCollector;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an input (a dataset, a catalogue, an impact map) is malformed or breaks a rule.
 *
 * <p>It is the one exception the readers of the library throw for bad input. It carries every
 * problem found, not only the first, each with its JSON path, rule code and message.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Problems beyond this count are summarised in the message, not listed. */
    private static final int LISTED_IN_MESSAGE = 20;

    private final transient ValidationReport report;

    /**
     * Creates the exception.
     *
     * @param what what was read, for the message (for example {@code "dataset"})
     * @param report the problems found, at least one of them an error; beyond
     *     {@link ValidationReport#MAX_PROBLEMS}, only the first are kept, followed by one
     *     {@link RuleCodes#PROBLEMS_OMITTED} problem saying how many more there were
     */
    public InvalidInputException(String what, ValidationReport report) {
        super(message(Objects.requireNonNull(what, "what"), capped(Objects.requireNonNull(report, "report"))));
        this.report = capped(report);
    }

    private static ValidationReport capped(ValidationReport report) {
        return report.problems().size() > ValidationReport.MAX_PROBLEMS
                ? new ValidationReport(ProblemCollector.capped(report.problems())) : report;
    }

    /**
     * Returns the problems found: all of them, or the first {@link ValidationReport#MAX_PROBLEMS}
     * and a count of the others.
     *
     * @return the report
     */
    public ValidationReport report() {
        return report;
    }

    private static String message(String what, ValidationReport report) {
        int errors = report.errors().size();
        String listed = report.errors().stream().limit(LISTED_IN_MESSAGE).map(Problem::toString)
                .collect(Collectors.joining("\n  ", "\n  ", ""));
        String more = errors > LISTED_IN_MESSAGE ? "\n  ... and " + (errors - LISTED_IN_MESSAGE) + " more" : "";
        return "invalid " + what + ": " + errors + " error(s)" + listed + more;
    }
}
