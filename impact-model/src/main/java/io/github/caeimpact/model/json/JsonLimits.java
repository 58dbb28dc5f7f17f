package io.github.caeimpact.model.json;

/**
 * The size limits a strict reader enforces, so that a hostile or broken document fails fast
 * instead of exhausting memory.
 *
 * @param maxDocumentLength the longest document accepted, in characters or bytes as read
 * @param maxNestingDepth the deepest nesting of objects and arrays accepted
 * @param maxStringLength the longest string value accepted, in characters
 * @param maxNumberLength the longest number accepted, in characters of its text
 */
public record JsonLimits(long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNumberLength) {

    /**
     * The defaults: documents up to 256 MiB (about 60,000 participants as ImpactJson writes them;
     * streamed reads of larger files lift this one limit),
     * nesting 32 deep (the dataset format needs 8), strings up to 10,000 characters and numbers up
     * to 40 characters (enough for any amount in euros written exactly).
     */
    public static final JsonLimits DEFAULT = new JsonLimits(256L * 1024 * 1024, 32, 10_000, 40);

    /**
     * Checks the limits.
     *
     * @param maxDocumentLength positive
     * @param maxNestingDepth positive
     * @param maxStringLength positive
     * @param maxNumberLength positive
     * @throws IllegalArgumentException if a limit is not positive
     */
    public JsonLimits {
        if (maxDocumentLength <= 0) {
            throw new IllegalArgumentException("maxDocumentLength: must be positive, was " + maxDocumentLength);
        }
        if (maxNestingDepth <= 0) {
            throw new IllegalArgumentException("maxNestingDepth: must be positive, was " + maxNestingDepth);
        }
        if (maxStringLength <= 0) {
            throw new IllegalArgumentException("maxStringLength: must be positive, was " + maxStringLength);
        }
        if (maxNumberLength <= 0) {
            throw new IllegalArgumentException("maxNumberLength: must be positive, was " + maxNumberLength);
        }
    }

    /**
     * Returns a copy with another document length limit.
     *
     * @param length the new limit, positive
     * @return the new limits
     */
    public JsonLimits withMaxDocumentLength(long length) {
        return new JsonLimits(length, maxNestingDepth, maxStringLength, maxNumberLength);
    }

    /**
     * Returns a copy with another nesting depth limit.
     *
     * @param depth the new limit, positive
     * @return the new limits
     */
    public JsonLimits withMaxNestingDepth(int depth) {
        return new JsonLimits(maxDocumentLength, depth, maxStringLength, maxNumberLength);
    }

    /**
     * Returns a copy with another string length limit.
     *
     * @param length the new limit, positive
     * @return the new limits
     */
    public JsonLimits withMaxStringLength(int length) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, length, maxNumberLength);
    }

    /**
     * Returns a copy with another number length limit.
     *
     * @param length the new limit, positive
     * @return the new limits
     */
    public JsonLimits withMaxNumberLength(int length) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, length);
    }
}
