package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.survey.SurveyRuleCodes;
import io.github.caeimpact.indicators.CatalogueRuleCodes;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.indicators.CatalogueDocument;
import io.github.caeimpact.indicators.IndicatorDefinition;
import io.github.caeimpact.indicators.IndicatorUnit;
import io.github.caeimpact.indicators.ItemType;
import io.github.caeimpact.indicators.LocalizedText;
import io.github.caeimpact.indicators.Parameter;
import io.github.caeimpact.indicators.SemanticVersion;
import io.github.caeimpact.indicators.Statistic;
import io.github.caeimpact.indicators.SurveyInstrument;
import io.github.caeimpact.indicators.SurveyItem;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a catalogue document beyond what its JSON shape enforces, collecting every problem. */
public final class CatalogueValidator {

    private static final Pattern ID = Pattern.compile(IndicatorDefinition.ID_PATTERN);
    private static final Pattern CATALOGUE = Pattern.compile(CatalogueDocument.ID_PATTERN);
    private static final Pattern ESF = Pattern.compile("^EEC[OR][0-9]{2}$");
    private static final Pattern SDG = Pattern.compile("^[0-9]{1,2}\\.[0-9a-z]{1,2}$");
    private static final Pattern ITEM = Pattern.compile("^[a-z][a-z0-9_]*$");
    private static final Pattern INSTRUMENT = Pattern.compile("^[A-Z][A-Z0-9-]*$");
    private static final Set<String> TIME_POINTS = Set.of("ENTRY", "EXIT", "ANNUAL", "FOLLOW_UP");

    private CatalogueValidator() {
    }

    /**
     * Checks one document on its own, resolving survey references against its own instruments
     * and the given ones.
     *
     * @param document the document
     * @param knownInstruments instruments already loaded (from other documents), by id; null when
     *     the document is checked alone, without the catalogue it will extend: a survey reference to
     *     an instrument the document does not define is then left to be checked when it is added
     * @return every problem found, with JSON paths
     */
    public static ValidationReport validate(CatalogueDocument document, Map<String, SurveyInstrument> knownInstruments) {
        List<Problem> problems = new ArrayList<>();
        if (!CATALOGUE.matcher(document.id()).matches()) {
            problems.add(Problem.error("$.id", RuleCodes.FIELD_PATTERN, "catalogue id '" + document.id() + "' must match " + CATALOGUE.pattern()));
        }
        for (int i = 0; i < document.references().size(); i++) {
            if (document.references().get(i).isBlank()) {
                problems.add(Problem.error("$.references[" + i + "]", RuleCodes.FIELD_BLANK, "a reference must not be blank"));
            }
        }
        version(problems, "$.catalogueVersion", document.catalogueVersion());
        text(problems, "$.title", document.title());
        Map<String, SurveyInstrument> instruments = new java.util.LinkedHashMap<>(knownInstruments == null ? Map.of() : knownInstruments);
        Set<String> instrumentIds = new HashSet<>();
        for (int i = 0; i < document.instruments().size(); i++) {
            SurveyInstrument instrument = document.instruments().get(i);
            String path = "$.instruments[" + i + "]";
            if (!instrumentIds.add(instrument.id())) {
                problems.add(Problem.error(path + ".id", CatalogueRuleCodes.DUPLICATE_INSTRUMENT, "instrument '" + instrument.id() + "' is defined twice"));
            }
            instrument(problems, path, instrument);
            instruments.put(instrument.id(), instrument);
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < document.indicators().size(); i++) {
            IndicatorDefinition definition = document.indicators().get(i);
            String path = "$.indicators[" + i + "]";
            if (!ids.add(definition.id())) {
                problems.add(Problem.error(path + ".id", CatalogueRuleCodes.DUPLICATE_INDICATOR, "indicator '" + definition.id() + "' is defined twice"));
            }
            indicator(problems, path, definition, instruments, knownInstruments != null);
        }
        return ValidationReport.of(problems);
    }

    private static void instrument(List<Problem> problems, String path, SurveyInstrument instrument) {
        if (!INSTRUMENT.matcher(instrument.id()).matches()) {
            problems.add(Problem.error(path + ".id", RuleCodes.FIELD_PATTERN, "instrument id '" + instrument.id() + "' must match " + INSTRUMENT.pattern()));
        }
        version(problems, path + ".version", instrument.version());
        if (!TIME_POINTS.contains(instrument.timePoint())) {
            problems.add(Problem.error(path + ".timePoint", RuleCodes.FIELD_INVALID, "time point '" + instrument.timePoint() + "' must be one of " + new java.util.TreeSet<>(TIME_POINTS)));
        }
        text(problems, path + ".label", instrument.label());
        if (instrument.items().isEmpty()) {
            problems.add(Problem.error(path + ".items", RuleCodes.FIELD_EMPTY, "an instrument needs at least one item"));
        }
        Set<String> items = new HashSet<>();
        for (int j = 0; j < instrument.items().size(); j++) {
            SurveyItem item = instrument.items().get(j);
            String itemPath = path + ".items[" + j + "]";
            if (!items.add(item.id())) {
                problems.add(Problem.error(itemPath + ".id", CatalogueRuleCodes.DUPLICATE_ITEM, "item '" + item.id() + "' is defined twice in " + instrument.id()));
            }
            if (!ITEM.matcher(item.id()).matches()) {
                problems.add(Problem.error(itemPath + ".id", RuleCodes.FIELD_PATTERN, "item id '" + item.id() + "' must match " + ITEM.pattern()));
            }
            if (item.type() == ItemType.LIKERT && (item.scale() == null || item.scale() < 2 || item.scale() > 11)) {
                problems.add(Problem.error(itemPath + ".scale", RuleCodes.FIELD_INVALID, "a LIKERT item needs a scale from 2 to 11 points"));
            }
            if (item.type() != ItemType.LIKERT && item.scale() != null) {
                problems.add(Problem.error(itemPath + ".scale", RuleCodes.FIELD_INVALID, "only LIKERT items have a scale"));
            }
            if (item.type() == ItemType.NUMBER && (item.unit() == null || item.unit().isBlank())) {
                problems.add(Problem.error(itemPath + ".unit", RuleCodes.FIELD_REQUIRED, "a NUMBER item needs a unit"));
            }
            bounds(problems, itemPath, item);
            text(problems, itemPath + ".question", item.question());
            if (item.coding().isBlank()) {
                problems.add(Problem.error(itemPath + ".coding", RuleCodes.FIELD_BLANK, "coding must not be blank"));
            }
        }
    }

    /** Bounds belong to NUMBER items, in order; point labels to LIKERT items, one per point. */
    private static void bounds(List<Problem> problems, String itemPath, SurveyItem item) {
        if (item.type() != ItemType.NUMBER && (item.min() != null || item.max() != null)) {
            problems.add(Problem.error(itemPath + (item.min() != null ? ".min" : ".max"), RuleCodes.FIELD_INVALID,
                    "only NUMBER items have a minimum or maximum"));
        }
        if (item.min() != null && item.max() != null && item.min().compareTo(item.max()) > 0) {
            problems.add(Problem.error(itemPath + ".max", RuleCodes.FIELD_INVALID, "the maximum " + item.max().toPlainString()
                    + " is below the minimum " + item.min().toPlainString()));
        }
        if (!item.scaleLabels().isEmpty() && (item.type() != ItemType.LIKERT || item.scale() == null
                || item.scaleLabels().size() != item.scale())) {
            problems.add(Problem.error(itemPath + ".scaleLabels", RuleCodes.FIELD_INVALID,
                    "point labels belong to a LIKERT item, one per point of its scale"));
        }
        for (int k = 0; k < item.scaleLabels().size(); k++) {
            text(problems, itemPath + ".scaleLabels[" + k + "]", item.scaleLabels().get(k));
        }
    }

    private static void indicator(List<Problem> problems, String path, IndicatorDefinition definition,
            Map<String, SurveyInstrument> instruments, boolean allInstrumentsKnown) {
        if (!ID.matcher(definition.id()).matches()) {
            problems.add(Problem.error(path + ".id", RuleCodes.FIELD_PATTERN, "indicator id '" + definition.id() + "' must match " + ID.pattern()));
        }
        version(problems, path + ".version", definition.version());
        version(problems, path + ".since", definition.since());
        text(problems, path + ".label", definition.label());
        text(problems, path + ".definition", definition.definition());
        if (definition.population().isBlank()) {
            problems.add(Problem.error(path + ".population", RuleCodes.FIELD_BLANK, "population must not be blank"));
        }
        if (definition.formula().isBlank()) {
            problems.add(Problem.error(path + ".formula", RuleCodes.FIELD_BLANK, "formula must not be blank"));
        }
        boolean share = definition.unit() == IndicatorUnit.SHARE;
        if ((definition.statistic() == Statistic.PROPORTION) != share && definition.statistic() != Statistic.MEAN) {
            problems.add(Problem.error(path + ".unit", RuleCodes.FIELDS_INCONSISTENT, "a PROPORTION is a SHARE and a SHARE is a PROPORTION or a MEAN of ratios, was "
                    + definition.statistic() + " in " + definition.unit()));
        }
        if (definition.statistic() == Statistic.COUNT && definition.unit() != IndicatorUnit.COUNT) {
            problems.add(Problem.error(path + ".unit", RuleCodes.FIELDS_INCONSISTENT, "a COUNT is counted in COUNT, was " + definition.unit()));
        }
        for (int j = 0; j < definition.esfCodes().size(); j++) {
            if (!ESF.matcher(definition.esfCodes().get(j)).matches()) {
                problems.add(Problem.error(path + ".esfCodes[" + j + "]", RuleCodes.FIELD_PATTERN, "'" + definition.esfCodes().get(j) + "' is not an ESF+ code EECOnn or EECRnn"));
            }
        }
        for (int j = 0; j < definition.sdgTargets().size(); j++) {
            if (!SDG.matcher(definition.sdgTargets().get(j)).matches()) {
                problems.add(Problem.error(path + ".sdgTargets[" + j + "]", RuleCodes.FIELD_PATTERN, "'" + definition.sdgTargets().get(j) + "' is not an SDG target such as 8.5"));
            }
        }
        if (definition.survey() != null) {
            SurveyInstrument instrument = instruments.get(definition.survey().instrument());
            if (instrument == null && allInstrumentsKnown) {
                problems.add(Problem.error(path + ".survey.instrument", SurveyRuleCodes.SURVEY_UNKNOWN_INSTRUMENT, "instrument '" + definition.survey().instrument() + "' is not defined"));
            } else if (instrument != null) {
                for (int j = 0; j < definition.survey().items().size(); j++) {
                    String item = definition.survey().items().get(j);
                    if (instrument.item(item).isEmpty()) {
                        problems.add(Problem.error(path + ".survey.items[" + j + "]", SurveyRuleCodes.SURVEY_UNKNOWN_ITEM, "item '" + item + "' is not defined in " + instrument.id()));
                    }
                }
            }
            if (definition.survey().items().isEmpty()) {
                problems.add(Problem.error(path + ".survey.items", RuleCodes.FIELD_EMPTY, "a survey reference needs at least one item"));
            }
        }
        ComputationCheck.check(problems, path, definition, instruments, allInstrumentsKnown);
        for (int j = 0; j < definition.parameters().size(); j++) {
            Parameter parameter = definition.parameters().get(j);
            String parameterPath = path + ".parameters[" + j + "]";
            if (parameter.name().isBlank() || parameter.unit().isBlank() || parameter.source().isBlank()) {
                problems.add(Problem.error(parameterPath, RuleCodes.FIELD_BLANK, "a parameter needs a name, a unit and a source"));
            }
        }
    }

    private static void version(List<Problem> problems, String path, String version) {
        if (!SemanticVersion.isValid(version)) {
            problems.add(Problem.error(path, RuleCodes.FIELD_PATTERN, "'" + version + "' is not a semantic version MAJOR.MINOR.PATCH"));
        }
    }

    private static void text(List<Problem> problems, String path, LocalizedText text) {
        if (text.fr().isBlank()) {
            problems.add(Problem.error(path + ".fr", RuleCodes.FIELD_BLANK, "French text must not be blank"));
        }
        if (text.en().isBlank()) {
            problems.add(Problem.error(path + ".en", RuleCodes.FIELD_BLANK, "English text must not be blank"));
        }
    }
}
