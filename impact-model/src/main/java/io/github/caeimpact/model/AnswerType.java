package io.github.caeimpact.model;

/** The kind of value an {@link Answer} holds. */
public enum AnswerType {
    /** A Likert-scale answer: an integer from 1 to the scale. */
    LIKERT,
    /** A yes/no answer: 1 for yes, 0 for no. */
    YES_NO,
    /** Any number. */
    NUMBER
}
