package io.github.caeimpact.model;

/** The gender a participant declares, as the ESF+ indicators break it down. */
public enum Gender {
    /** A woman. */
    WOMAN,
    /** A man. */
    MAN,
    /** A non-binary person. */
    NON_BINARY,
    /** Not disclosed. */
    UNDISCLOSED
}
