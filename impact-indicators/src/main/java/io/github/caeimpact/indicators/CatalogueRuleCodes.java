package io.github.caeimpact.indicators;

/**
 * The codes of the catalogue's own rules, as they appear in
 * {@link io.github.caeimpact.model.validation.Problem#code()} when a catalogue file is read or an
 * engine is built. A problem that datasets and maps also have keeps the shared code of
 * {@link io.github.caeimpact.model.validation.RuleCodes} (a missing part is {@code FIELD_REQUIRED},
 * a malformed id {@code FIELD_PATTERN}, parts that contradict each other
 * {@code FIELDS_INCONSISTENT}), and an unknown instrument or item the code of
 * {@link io.github.caeimpact.indicators.survey.SurveyRuleCodes}. Software may match on them; they
 * never change meaning.
 */
public final class CatalogueRuleCodes {

    private CatalogueRuleCodes() {
    }

    /** Two indicators of one catalogue file share an id. */
    public static final String DUPLICATE_INDICATOR = "DUPLICATE_INDICATOR";
    /** Two survey instruments of one catalogue file share an id. */
    public static final String DUPLICATE_INSTRUMENT = "DUPLICATE_INSTRUMENT";
    /** Two items of one survey instrument share an id. */
    public static final String DUPLICATE_ITEM = "DUPLICATE_ITEM";
    /** An extension replaces an indicator or an instrument without giving it a higher version. */
    public static final String VERSION_CONFLICT = "VERSION_CONFLICT";
    /** An indicator neither declares its computation nor has a calculator (reported by the command line). */
    public static final String NO_CALCULATOR = "NO_CALCULATOR";
}
