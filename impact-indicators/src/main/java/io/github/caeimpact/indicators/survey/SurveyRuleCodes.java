package io.github.caeimpact.indicators.survey;

/**
 * The stable codes of the rules survey answers are checked against their instrument by
 * {@link SurveyCheck}. Software may match on them; they never change meaning.
 */
public final class SurveyRuleCodes {

    private SurveyRuleCodes() {
    }

    /** A response names an instrument the catalogue does not have. */
    public static final String SURVEY_UNKNOWN_INSTRUMENT = "SURVEY_UNKNOWN_INSTRUMENT";
    /** A response names a version of its instrument that the catalogue does not have. */
    public static final String SURVEY_UNKNOWN_VERSION = "SURVEY_UNKNOWN_VERSION";
    /** A response's time point is not the one its instrument is administered at. */
    public static final String SURVEY_WRONG_TIME_POINT = "SURVEY_WRONG_TIME_POINT";
    /** An answer's item is not an item of its instrument (a misspelled item, for instance). */
    public static final String SURVEY_UNKNOWN_ITEM = "SURVEY_UNKNOWN_ITEM";
    /** An answer's type is not its item's type. */
    public static final String SURVEY_WRONG_TYPE = "SURVEY_WRONG_TYPE";
    /** A Likert answer's scale is not its item's scale. */
    public static final String SURVEY_WRONG_SCALE = "SURVEY_WRONG_SCALE";
    /**
     * An answer is outside its item's scale: a Likert point not from 1 to the scale, a yes/no not 0
     * or 1, a number below the item's minimum or above its maximum.
     */
    public static final String SURVEY_OUT_OF_SCALE = "SURVEY_OUT_OF_SCALE";
}
