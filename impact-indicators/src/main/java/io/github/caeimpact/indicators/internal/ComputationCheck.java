package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.indicators.survey.SurveyRuleCodes;
import io.github.caeimpact.indicators.IndicatorDefinition;
import io.github.caeimpact.indicators.IndicatorUnit;
import io.github.caeimpact.indicators.ItemType;
import io.github.caeimpact.indicators.Statistic;
import io.github.caeimpact.indicators.SurveyInstrument;
import io.github.caeimpact.indicators.SurveyItem;
import io.github.caeimpact.indicators.declared.AnswerReference;
import io.github.caeimpact.indicators.declared.Computation;
import io.github.caeimpact.indicators.declared.Condition;
import io.github.caeimpact.indicators.declared.Field;
import io.github.caeimpact.indicators.declared.Operand;
import io.github.caeimpact.model.validation.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a declared computation against its definition's statistic and unit and against the
 * instruments, with the JSON path of every problem.
 */
final class ComputationCheck {

    /** What an operand holds, once its field or answer item is known; null when the item is not (yet) known. */
    private enum Holds { TRUTH, CATEGORY, NUMBER, MONEY }

    private final List<Problem> problems;
    private final Map<String, SurveyInstrument> instruments;
    private final boolean allInstrumentsKnown;

    private ComputationCheck(List<Problem> problems, Map<String, SurveyInstrument> instruments, boolean allInstrumentsKnown) {
        this.problems = problems;
        this.instruments = instruments;
        this.allInstrumentsKnown = allInstrumentsKnown;
    }

    /**
     * Adds the problems of a definition's computation, if it declares one.
     *
     * @param problems where problems go
     * @param path the definition's path, e.g. {@code $.indicators[3]}
     * @param definition the definition
     * @param instruments the instruments known, by id
     * @param allInstrumentsKnown false when the document is checked alone, without the catalogue it extends
     */
    static void check(List<Problem> problems, String path, IndicatorDefinition definition, Map<String, SurveyInstrument> instruments,
            boolean allInstrumentsKnown) {
        Computation computation = definition.computation();
        if (computation != null) {
            new ComputationCheck(problems, instruments, allInstrumentsKnown).computation(path, definition, computation);
        }
    }

    private void computation(String definitionPath, IndicatorDefinition definition, Computation computation) {
        String path = definitionPath + ".computation";
        for (int j = 0; j < computation.where().size(); j++) {
            condition(path + ".where[" + j + "]", computation.where().get(j));
        }
        Statistic statistic = definition.statistic();
        boolean share = statistic == Statistic.PROPORTION;
        boolean values = statistic == Statistic.SUM || statistic == Statistic.MEAN || statistic == Statistic.MEDIAN;
        boolean change = statistic == Statistic.PAIRED_MEAN_CHANGE;
        part(path, "condition", computation.condition() != null, share, statistic);
        part(path, "value", computation.value() != null, values, statistic);
        part(path, "before", computation.before() != null, change, statistic);
        part(path, "after", computation.after() != null, change, statistic);
        if (share && computation.condition() != null) {
            condition(path + ".condition", computation.condition());
        }
        if (values && computation.value() != null) {
            Holds holds = operand(path + ".value", computation.value());
            if (holds == Holds.TRUTH || holds == Holds.CATEGORY) {
                problems.add(Problem.error(path + ".value", RuleCodes.FIELDS_INCONSISTENT, "a " + statistic + " adds up numbers, but "
                        + describe(computation.value()) + " holds " + (holds == Holds.TRUTH ? "true or false" : "categories")));
            } else if (holds == Holds.MONEY && definition.unit() != IndicatorUnit.EUR) {
                problems.add(Problem.error(definitionPath + ".unit", RuleCodes.FIELDS_INCONSISTENT, "a " + statistic + " of "
                        + describe(computation.value()) + " is in EUR, was " + definition.unit()));
            }
        }
        if (change && computation.before() != null && computation.after() != null) {
            ItemType before = answer(path + ".before", computation.before());
            ItemType after = answer(path + ".after", computation.after());
            for (String side : List.of("before", "after")) {
                ItemType type = side.equals("before") ? before : after;
                if (type == ItemType.YES_NO) {
                    problems.add(Problem.error(path + "." + side, RuleCodes.FIELDS_INCONSISTENT, "a paired change reads LIKERT or NUMBER items, "
                            + "not a YES_NO item"));
                }
            }
            if (before != null && after != null && before != after) {
                problems.add(Problem.error(path + ".after", RuleCodes.FIELDS_INCONSISTENT, "before is a " + before + " item and after a " + after
                        + " item: a change compares answers of one type"));
            }
        }
    }

    /** A part the statistic needs must be there; a part it does not use must not. */
    private void part(String path, String name, boolean present, boolean needed, Statistic statistic) {
        if (needed && !present) {
            problems.add(Problem.error(path + "." + name, RuleCodes.FIELD_REQUIRED, "a declared " + statistic + " needs '" + name + "'"));
        } else if (!needed && present) {
            problems.add(Problem.error(path + "." + name, RuleCodes.FIELDS_INCONSISTENT, "a declared " + statistic + " does not use '" + name + "'"));
        }
    }

    private void condition(String path, Condition condition) {
        Holds holds = operand(path, condition.operand());
        int operators = (condition.is() != null ? 1 : 0) + (condition.in() != null ? 1 : 0)
                + (condition.atLeast() != null || condition.atMost() != null ? 1 : 0);
        if (operators == 0) {
            problems.add(Problem.error(path, RuleCodes.FIELD_REQUIRED, "a condition needs one operator: is, in, or atLeast and/or atMost"));
            return;
        }
        if (operators > 1) {
            problems.add(Problem.error(path, RuleCodes.FIELDS_INCONSISTENT, "a condition takes one operator: is, in, or atLeast and/or atMost"));
            return;
        }
        if (condition.in() != null) {
            in(path, condition, holds);
        } else if (condition.is() != null && holds != null && holds != Holds.TRUTH) {
            problems.add(Problem.error(path + ".is", RuleCodes.FIELDS_INCONSISTENT, describe(condition.operand()) + " is not true or false: use "
                    + (holds == Holds.CATEGORY ? "in" : "atLeast and/or atMost")));
        } else if (condition.is() == null && holds != null && holds != Holds.NUMBER && holds != Holds.MONEY) {
            String operator = condition.atLeast() != null ? "atLeast" : "atMost";
            problems.add(Problem.error(path + "." + operator, RuleCodes.FIELDS_INCONSISTENT, describe(condition.operand()) + " is not a number: use "
                    + (holds == Holds.CATEGORY ? "in" : "is")));
        } else if (condition.atLeast() != null && condition.atMost() != null && condition.atLeast().compareTo(condition.atMost()) > 0) {
            problems.add(Problem.error(path + ".atMost", RuleCodes.FIELD_INVALID, "atMost " + condition.atMost().toPlainString()
                    + " is below atLeast " + condition.atLeast().toPlainString()));
        }
    }

    private void in(String path, Condition condition, Holds holds) {
        if (holds != null && holds != Holds.CATEGORY) {
            problems.add(Problem.error(path + ".in", RuleCodes.FIELDS_INCONSISTENT, describe(condition.operand()) + " has no categories: use "
                    + (holds == Holds.TRUTH ? "is" : "atLeast and/or atMost")));
            return;
        }
        if (condition.in().isEmpty()) {
            problems.add(Problem.error(path + ".in", RuleCodes.FIELD_EMPTY, "'in' needs at least one name"));
        }
        if (condition.field() == null) {
            return;
        }
        List<String> names = condition.field().categories();
        for (int j = 0; j < condition.in().size(); j++) {
            String name = condition.in().get(j);
            if (name == null || !names.contains(name)) {
                problems.add(Problem.error(path + ".in[" + j + "]", RuleCodes.FIELD_INVALID, "'" + name + "' is not a value of "
                        + condition.field().jsonName() + ": " + names));
            }
        }
    }

    /** Checks an operand and says what it holds, or null when that is not known. */
    private Holds operand(String path, Operand operand) {
        if (operand.field() == null && operand.answer() == null) {
            problems.add(Problem.error(path + ".field", RuleCodes.FIELD_REQUIRED, "name a 'field' or an 'answer'"));
            return null;
        }
        if (operand.field() != null && operand.answer() != null) {
            problems.add(Problem.error(path + ".answer", RuleCodes.FIELDS_INCONSISTENT, "name a 'field' or an 'answer', not both"));
            return null;
        }
        if (operand.years() != null && (operand.field() == null || !operand.field().perYear())) {
            problems.add(Problem.error(path + ".years", RuleCodes.FIELDS_INCONSISTENT, "'years' reduces an activity.* field, not "
                    + describe(operand)));
        }
        if (operand.answer() != null) {
            ItemType type = answer(path + ".answer", operand.answer());
            return type == null ? null : switch (type) {
                case YES_NO -> Holds.TRUTH;
                case LIKERT, NUMBER -> Holds.NUMBER;
            };
        }
        return switch (operand.field().kind()) {
            case BOOLEAN -> Holds.TRUTH;
            case CATEGORY -> Holds.CATEGORY;
            case NUMBER -> Holds.NUMBER;
            case MONEY -> Holds.MONEY;
        };
    }

    /** Checks an answer reference and returns its item's type, or null when the instrument is not known here. */
    private ItemType answer(String path, AnswerReference answer) {
        SurveyInstrument instrument = instruments.get(answer.instrument());
        if (instrument == null) {
            if (allInstrumentsKnown) {
                problems.add(Problem.error(path + ".instrument", SurveyRuleCodes.SURVEY_UNKNOWN_INSTRUMENT, "instrument '" + answer.instrument()
                        + "' is not defined"));
            }
            return null;
        }
        Optional<SurveyItem> item = instrument.item(answer.item());
        if (item.isEmpty()) {
            problems.add(Problem.error(path + ".item", SurveyRuleCodes.SURVEY_UNKNOWN_ITEM, "item '" + answer.item() + "' is not defined in " + instrument.id()));
            return null;
        }
        return item.get().type();
    }

    private static String describe(Operand operand) {
        if (operand.field() != null) {
            return "field '" + operand.field().jsonName() + "'";
        }
        return operand.answer() == null ? "nothing" : "answer '" + operand.answer().instrument() + "/" + operand.answer().item() + "'";
    }
}
