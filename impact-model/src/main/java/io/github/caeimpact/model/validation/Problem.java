package io.github.caeimpact.model.validation;

import java.util.Objects;

/**
 * One thing wrong with an input, located by its JSON path.
 *
 * <p>Paths use JSON Pointer-like dotted notation with indexes, for example
 * {@code $.participants[3].pathway.events[1].date}; {@code $} is the document root. The code is a
 * stable rule identifier (such as {@code PATHWAY_EVENT_ORDER}) that software can match on; the
 * message is for people.
 *
 * @param path where the problem is, starting with {@code $}
 * @param code the stable identifier of the rule broken
 * @param severity error (rejected) or warning (accepted)
 * @param message what is wrong, in English
 */
public record Problem(String path, String code, Severity severity, String message) {

    /**
     * Checks the fields.
     *
     * @param path where the problem is
     * @param code the rule identifier
     * @param severity the severity
     * @param message the explanation
     * @throws NullPointerException if any argument is null
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns an error: the input is rejected.
     *
     * @param path where the problem is
     * @param code the rule identifier
     * @param message the explanation
     * @return the problem
     */
    public static Problem error(String path, String code, String message) {
        return new Problem(path, code, Severity.ERROR, message);
    }

    /**
     * Returns a warning: the input is accepted but deserves a look.
     *
     * @param path where the problem is
     * @param code the rule identifier
     * @param message the explanation
     * @return the problem
     */
    public static Problem warning(String path, String code, String message) {
        return new Problem(path, code, Severity.WARNING, message);
    }

    /**
     * Tells whether this problem rejects the input.
     *
     * @return true for an error
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Returns a copy located under another path prefix, for a value read inside a larger document.
     *
     * @param prefix the path of the enclosing value, such as {@code $.participants[3]}
     * @return the relocated problem
     */
    public Problem under(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new Problem(path.startsWith("$") ? prefix + path.substring(1) : prefix + "." + path, code, severity, message);
    }

    /**
     * Returns the problem on one line: {@code ERROR $.path [CODE] message}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return severity + " " + path + " [" + code + "] " + message;
    }
}
