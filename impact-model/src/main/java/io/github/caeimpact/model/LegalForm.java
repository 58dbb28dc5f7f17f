package io.github.caeimpact.model;

/** The legal form of an {@link Organisation} under French law. */
public enum LegalForm {
    /** A workers' cooperative (société coopérative et participative). */
    SCOP,
    /** A multi-stakeholder cooperative (société coopérative d'intérêt collectif). */
    SCIC,
    /** A not-for-profit association (loi 1901). */
    ASSOCIATION,
    /** Any other legal form. */
    OTHER
}
