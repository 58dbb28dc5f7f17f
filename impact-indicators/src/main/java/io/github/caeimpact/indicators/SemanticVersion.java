package io.github.caeimpact.indicators;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version {@code MAJOR.MINOR.PATCH} (semver.org 2.0.0, without pre-release or build
 * parts), ordered numerically.
 *
 * @param major the major version, not negative
 * @param minor the minor version, not negative
 * @param patch the patch version, not negative
 */
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

    /** The pattern a version text must match. */
    public static final String PATTERN = "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private static final Comparator<SemanticVersion> ORDER = Comparator.comparingInt(SemanticVersion::major)
            .thenComparingInt(SemanticVersion::minor)
            .thenComparingInt(SemanticVersion::patch);

    /**
     * Checks the parts.
     *
     * @param major not negative
     * @param minor not negative
     * @param patch not negative
     * @throws IllegalArgumentException if a part is negative
     */
    public SemanticVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts must not be negative: " + major + "." + minor + "." + patch);
        }
    }

    /**
     * Parses a version such as {@code 1.0.0}.
     *
     * @param text the version text
     * @return the version
     * @throws IllegalArgumentException if the text is not {@code MAJOR.MINOR.PATCH}
     */
    public static SemanticVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = COMPILED.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a semantic version MAJOR.MINOR.PATCH: '" + text + "'");
        }
        try {
            return new SemanticVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (NumberFormatException tooLarge) {
            throw new IllegalArgumentException("version part too large in '" + text + "'", tooLarge);
        }
    }

    /**
     * Tells whether a text is a valid semantic version.
     *
     * @param text the text, may be null
     * @return true if {@link #parse(String)} would accept it
     */
    public static boolean isValid(String text) {
        if (text == null || !COMPILED.matcher(text).matches()) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException tooLarge) {
            return false;
        }
    }

    @Override
    public int compareTo(SemanticVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
