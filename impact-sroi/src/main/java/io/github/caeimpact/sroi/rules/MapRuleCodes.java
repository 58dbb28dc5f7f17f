package io.github.caeimpact.sroi.rules;

/**
 * The codes of the impact map's, proxy library's and price index's own rules, as they appear in
 * {@link io.github.caeimpact.model.validation.Problem#code()}. A problem that datasets and
 * catalogues also have keeps the shared code of
 * {@link io.github.caeimpact.model.validation.RuleCodes}: a missing field is
 * {@code FIELD_REQUIRED}, a malformed currency {@code FIELD_PATTERN}, a share, rate, year or
 * duration outside its range {@code FIELD_OUT_OF_RANGE}, a number beyond the library's limits
 * {@code JSON_LIMIT_EXCEEDED}. Software may match on them; they never change meaning.
 */
public final class MapRuleCodes {

    private MapRuleCodes() {
    }

    /** Two stakeholders of a map share an id. */
    public static final String DUPLICATE_STAKEHOLDER_ID = "DUPLICATE_STAKEHOLDER_ID";
    /** Two outcomes of a map share an id. */
    public static final String DUPLICATE_OUTCOME_ID = "DUPLICATE_OUTCOME_ID";
    /** Two proxies of a proxy library share an id. */
    public static final String DUPLICATE_PROXY_ID = "DUPLICATE_PROXY_ID";
    /** Two proxy libraries being merged both define an id, and the merge is asked to keep the first. */
    public static final String PROXY_ID_CONFLICT = "PROXY_ID_CONFLICT";
    /** An input or outcome names a stakeholder the map does not define. */
    public static final String UNKNOWN_STAKEHOLDER = "UNKNOWN_STAKEHOLDER";
    /** A convention names an outcome the map does not define. */
    public static final String UNKNOWN_OUTCOME = "UNKNOWN_OUTCOME";
    /** A proxy reference names no proxy of the library. */
    public static final String UNKNOWN_PROXY_REF = "UNKNOWN_PROXY_REF";
    /** An evaluative map's first year is after its analysis year. */
    public static final String FIRST_YEAR_AFTER_ANALYSIS = "FIRST_YEAR_AFTER_ANALYSIS";
    /** A forecast map gives a first year, which only an evaluative map has. */
    public static final String FIRST_YEAR_IN_FORECAST = "FIRST_YEAR_IN_FORECAST";
    /** An input names neither or both of a stakeholder and a funder. */
    public static final String INPUT_CONTRIBUTOR = "INPUT_CONTRIBUTOR";
    /** A forecast map dates an input, which only an evaluative map does. */
    public static final String INPUT_YEAR_IN_FORECAST = "INPUT_YEAR_IN_FORECAST";
    /** An input is dated after the analysis year. */
    public static final String INPUT_AFTER_ANALYSIS = "INPUT_AFTER_ANALYSIS";
    /** The inputs add up to zero, so no ratio exists. */
    public static final String ZERO_TOTAL_INPUT = "ZERO_TOTAL_INPUT";
    /** An outcome lists published values for another number of years than it lasts. */
    public static final String PUBLISHED_YEARS_MISMATCH = "PUBLISHED_YEARS_MISMATCH";
    /** A map in another currency than the library's refers to a library proxy (values are never converted). */
    public static final String PROXY_CURRENCY = "PROXY_CURRENCY";
    /** A proxy's base year is after the year it is used in (a value is not deflated). */
    public static final String PROXY_AFTER_ANALYSIS_YEAR = "PROXY_AFTER_ANALYSIS_YEAR";
    /** The price index does not cover the years a proxy must be revalued between. */
    public static final String REVALUATION_IMPOSSIBLE = "REVALUATION_IMPOSSIBLE";
    /** An outcome's quantity names an indicator the measurement did not give. */
    public static final String UNBOUND_QUANTITY = "UNBOUND_QUANTITY";
    /** A distribution's parameters do not describe a distribution (a minimum above a maximum, a negative spread). */
    public static final String DISTRIBUTION_INVALID = "DISTRIBUTION_INVALID";
}
