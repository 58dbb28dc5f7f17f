package io.github.caeimpact.model.validation;

/** How serious a {@link Problem} is. */
public enum Severity {
    /** The input breaks a rule and is rejected. */
    ERROR,
    /** The input is accepted, but breaks a rule that reality sometimes breaks; worth a look. */
    WARNING
}
