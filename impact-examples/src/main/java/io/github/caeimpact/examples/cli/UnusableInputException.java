package io.github.caeimpact.examples.cli;

/** Thrown when a file named on the command line cannot be read or is of an unknown kind. */
final class UnusableInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnusableInputException(String message, Throwable cause) {
        super(message, cause);
    }

    UnusableInputException(String message) {
        super(message);
    }
}
