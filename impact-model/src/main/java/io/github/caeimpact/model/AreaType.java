package io.github.caeimpact.model;

/** Whether a territory is urban or rural, as in the INSEE rural/urban grid. */
public enum AreaType {
    /** An urban area. */
    URBAN,
    /** A rural area. */
    RURAL
}
