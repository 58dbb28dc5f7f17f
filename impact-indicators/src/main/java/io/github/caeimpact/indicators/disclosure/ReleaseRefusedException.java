package io.github.caeimpact.indicators.disclosure;

/**
 * Thrown when a release cannot be protected: the audit finds a masked cell narrower than its
 * protection interval and no more cells can be suppressed or withheld to widen it.
 */
public final class ReleaseRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which cell could not be protected (never its value)
     */
    public ReleaseRefusedException(String message) {
        super(message);
    }
}
