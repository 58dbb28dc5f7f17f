/**
 * Survey instruments at work: answers checked against their instrument
 * ({@link io.github.caeimpact.indicators.survey.SurveyCheck}) and printable questionnaires
 * generated from it ({@link io.github.caeimpact.indicators.survey.Questionnaire}).
 */
package io.github.caeimpact.indicators.survey;
