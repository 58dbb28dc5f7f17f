package io.github.caeimpact.indicators.survey;

/** The languages a questionnaire is printed in. */
public enum Language {
    /** French. */
    FR,
    /** English. */
    EN
}
