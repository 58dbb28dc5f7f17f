package io.github.caeimpact.sroi;

import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.model.validation.ValidationReport;
import io.github.caeimpact.sroi.internal.Limits;
import io.github.caeimpact.sroi.map.Conventions;
import io.github.caeimpact.sroi.map.FractionalDuration;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Input;
import io.github.caeimpact.sroi.map.Mode;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.map.ProxySpec;
import io.github.caeimpact.sroi.map.Quantity;
import io.github.caeimpact.sroi.map.Revaluation;
import io.github.caeimpact.sroi.map.Stakeholder;
import io.github.caeimpact.sroi.proxy.FinancialProxy;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import io.github.caeimpact.sroi.rules.MapLimits;
import io.github.caeimpact.sroi.rules.MapRuleCodes;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every rule of an impact map and collects the problems, each with its JSON path.
 */
final class MapValidator {

    private static final int MAX_DURATION_YEARS = MapLimits.MAX_DURATION_YEARS;

    private final ImpactMap map;
    private final ProxyLibrary library;
    private final PriceIndex index;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Prepares the check of a map.
     *
     * @param map the map
     * @param library the proxy library
     * @param index the price index
     */
    public MapValidator(ImpactMap map, ProxyLibrary library, PriceIndex index) {
        this.map = map;
        this.library = library;
        this.index = index;
    }

    /**
     * Runs every check.
     *
     * @return the problems found
     */
    public ValidationReport validate() {
        required(map.name(), "$.name");
        if (map.currency() == null) {
            required(null, "$.currency");
        } else if (!isIso4217(map.currency())) {
            error("$.currency", RuleCodes.FIELD_PATTERN, "currency must be an ISO 4217 code such as EUR, was '" + map.currency() + "'");
        }
        required(map.analysisYear(), "$.analysisYear");
        if (map.analysisYear() != null) {
            year(map.analysisYear(), "$.analysisYear");
        }
        required(map.mode(), "$.mode");
        checkYears();
        checkDiscounting();
        Set<String> stakeholderIds = checkStakeholders();
        checkInputs(stakeholderIds);
        Set<String> outcomeIds = checkOutcomes(stakeholderIds);
        checkConventions(outcomeIds);
        return ValidationReport.of(problems);
    }

    /** True for a code of ISO 4217, as the JDK's currency data knows them (EUR, USD, CHF, XOF, ...). */
    private static boolean isIso4217(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void checkYears() {
        if (map.mode() == Mode.EVALUATIVE) {
            if (map.firstYear() == null) {
                error("$.firstYear", RuleCodes.FIELD_REQUIRED, "firstYear is required in evaluative mode");
            } else if (!year(map.firstYear(), "$.firstYear")) {
                return;
            } else if (map.analysisYear() != null && map.firstYear() > map.analysisYear()) {
                error("$.firstYear", MapRuleCodes.FIRST_YEAR_AFTER_ANALYSIS,
                        "firstYear " + map.firstYear() + " is after the analysis year " + map.analysisYear());
            }
        } else if (map.mode() == Mode.FORECAST && map.firstYear() != null) {
            error("$.firstYear", MapRuleCodes.FIRST_YEAR_IN_FORECAST,
                    "firstYear is only for evaluative mode; in forecast mode year one is the analysis year");
        }
    }

    private void checkDiscounting() {
        if (map.discounting() == null) {
            required(null, "$.discounting");
        } else {
            problems.addAll(map.discounting().check("$.discounting"));
        }
    }

    /** Checks a calendar year; false if out of range. */
    private boolean year(int year, String path) {
        if (year < MapLimits.EARLIEST_YEAR || year > MapLimits.LATEST_YEAR) {
            error(path, RuleCodes.FIELD_OUT_OF_RANGE, "a year must be between " + MapLimits.EARLIEST_YEAR + " and "
                    + MapLimits.LATEST_YEAR + ", was " + year);
            return false;
        }
        return true;
    }

    /**
     * Checks that a number has at most {@link MapLimits#MAX_SCALE} decimal places and at most the
     * given magnitude; false if not (reported).
     */
    private boolean bounded(BigDecimal value, String path, BigDecimal max) {
        Problem problem = Limits.outOfBounds(value, path, max);
        if (problem != null) {
            problems.add(problem);
        }
        return problem == null;
    }

    private Set<String> checkStakeholders() {
        Set<String> ids = new HashSet<>();
        if (map.stakeholders() == null) {
            required(null, "$.stakeholders");
            return ids;
        }
        for (int i = 0; i < map.stakeholders().size(); i++) {
            Stakeholder stakeholder = map.stakeholders().get(i);
            String path = "$.stakeholders[" + i + "]";
            if (stakeholder.id() == null || stakeholder.id().isBlank()) {
                required(null, path + ".id");
            } else if (!ids.add(stakeholder.id())) {
                error(path + ".id", MapRuleCodes.DUPLICATE_STAKEHOLDER_ID, "stakeholder id '" + stakeholder.id() + "' repeats");
            }
            required(stakeholder.label(), path + ".label");
            optional(stakeholder.labelFr(), path + ".labelFr");
            optional(stakeholder.labelEn(), path + ".labelEn");
        }
        return ids;
    }

    private void checkInputs(Set<String> stakeholderIds) {
        if (map.inputs() == null) {
            required(null, "$.inputs");
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean unbounded = false;
        for (int i = 0; i < map.inputs().size(); i++) {
            Input input = map.inputs().get(i);
            String path = "$.inputs[" + i + "]";
            if ((input.stakeholder() == null) == (input.funder() == null)) {
                error(path, MapRuleCodes.INPUT_CONTRIBUTOR, "an input names exactly one of 'stakeholder' and 'funder'");
            } else if (input.stakeholder() != null && !stakeholderIds.contains(input.stakeholder())) {
                error(path + ".stakeholder", MapRuleCodes.UNKNOWN_STAKEHOLDER,
                        "no stakeholder has id '" + input.stakeholder() + "'");
            }
            required(input.description(), path + ".description");
            if (input.amount() == null) {
                required(null, path + ".amount");
            } else if (!bounded(input.amount(), path + ".amount", MapLimits.MAX_MAGNITUDE)) {
                unbounded = true;
            } else if (input.amount().signum() < 0) {
                error(path + ".amount", RuleCodes.AMOUNT_NEGATIVE, "an input amount must not be negative, was "
                        + input.amount().toPlainString());
            } else {
                total = total.add(input.amount());
            }
            if (input.year() != null) {
                if (!year(input.year(), path + ".year")) {
                    continue;
                } else if (map.mode() == Mode.FORECAST) {
                    error(path + ".year", MapRuleCodes.INPUT_YEAR_IN_FORECAST, "an input year is only for evaluative mode");
                } else if (map.analysisYear() != null && input.year() > map.analysisYear()) {
                    error(path + ".year", MapRuleCodes.INPUT_AFTER_ANALYSIS,
                            "input year " + input.year() + " is after the analysis year " + map.analysisYear());
                }
            }
        }
        if (total.signum() == 0 && !unbounded) {
            error("$.inputs", MapRuleCodes.ZERO_TOTAL_INPUT, "the inputs must total more than zero for a ratio to exist");
        }
    }

    private Set<String> checkOutcomes(Set<String> stakeholderIds) {
        Set<String> ids = new HashSet<>();
        if (map.outcomes() == null) {
            required(null, "$.outcomes");
            return ids;
        }
        for (int i = 0; i < map.outcomes().size(); i++) {
            Outcome outcome = map.outcomes().get(i);
            String path = "$.outcomes[" + i + "]";
            if (outcome.id() == null || outcome.id().isBlank()) {
                required(null, path + ".id");
            } else if (!ids.add(outcome.id())) {
                error(path + ".id", MapRuleCodes.DUPLICATE_OUTCOME_ID, "outcome id '" + outcome.id() + "' repeats");
            }
            if (outcome.stakeholder() == null) {
                required(null, path + ".stakeholder");
            } else if (!stakeholderIds.contains(outcome.stakeholder())) {
                error(path + ".stakeholder", MapRuleCodes.UNKNOWN_STAKEHOLDER,
                        "no stakeholder has id '" + outcome.stakeholder() + "'");
            }
            required(outcome.description(), path + ".description");
            optional(outcome.descriptionFr(), path + ".descriptionFr");
            optional(outcome.descriptionEn(), path + ".descriptionEn");
            required(outcome.evidence(), path + ".evidence");
            checkQuantity(outcome.quantity(), path + ".quantity");
            checkProxy(outcome.proxy(), path + ".proxy");
            checkDuration(outcome, path);
            checkPublishedYearValues(outcome, path + ".publishedYearValues");
            share(outcome.deadweight(), path + ".deadweight", true);
            share(outcome.displacement(), path + ".displacement", true);
            share(outcome.dropOff(), path + ".dropOff", true);
            share(outcome.leakage(), path + ".leakage", false);
            if (outcome.attribution() == null) {
                required(null, path + ".attribution");
            } else if (outcome.attribution().isEmpty()) {
                error(path + ".attribution", RuleCodes.FIELD_REQUIRED, "attribution needs at least one share (0 for none)");
            } else {
                for (int a = 0; a < outcome.attribution().size(); a++) {
                    share(outcome.attribution().get(a), path + ".attribution[" + a + "]", true);
                }
            }
        }
        return ids;
    }

    private void checkQuantity(Quantity quantity, String path) {
        if (quantity == null) {
            required(null, path);
        } else if (quantity instanceof Quantity.Fixed fixed && !bounded(fixed.value(), path, MapLimits.MAX_MAGNITUDE)) {
            return;
        } else if (quantity instanceof Quantity.Fixed fixed && fixed.value().signum() < 0) {
            error(path, RuleCodes.AMOUNT_NEGATIVE, "a quantity must not be negative, was " + fixed.value().toPlainString());
        }
    }

    private void checkDuration(Outcome outcome, String path) {
        if (outcome.durationYears() == null) {
            required(null, path + ".durationYears");
        } else if (!bounded(outcome.durationYears(), path + ".durationYears", MapLimits.MAX_MAGNITUDE)) {
            return;
        } else if (outcome.durationYears().signum() <= 0) {
            error(path + ".durationYears", RuleCodes.FIELD_OUT_OF_RANGE,
                    "durationYears must be above 0, was " + outcome.durationYears().toPlainString());
        } else if (outcome.durationYears().compareTo(BigDecimal.valueOf(MAX_DURATION_YEARS)) > 0) {
            error(path + ".durationYears", RuleCodes.FIELD_OUT_OF_RANGE,
                    "durationYears must be at most " + MAX_DURATION_YEARS + ", was " + outcome.durationYears().toPlainString());
        }
        if (outcome.startYear() != null && (outcome.startYear() < 0 || outcome.startYear() > MAX_DURATION_YEARS)) {
            error(path + ".startYear", RuleCodes.FIELD_OUT_OF_RANGE,
                    "startYear is an offset from 0 to " + MAX_DURATION_YEARS + ", was " + outcome.startYear());
        }
    }

    private void checkPublishedYearValues(Outcome outcome, String path) {
        List<BigDecimal> values = outcome.publishedYearValues();
        if (values == null) {
            return;
        }
        for (int k = 0; k < values.size(); k++) {
            BigDecimal value = values.get(k);
            if (bounded(value, path + "[" + k + "]", MapLimits.MAX_MAGNITUDE) && value.signum() < 0) {
                error(path + "[" + k + "]", RuleCodes.AMOUNT_NEGATIVE, "a published value is a magnitude (the sign comes "
                        + "from direction), was " + value.toPlainString());
            }
        }
        BigDecimal duration = outcome.durationYears();
        if (duration != null && duration.signum() > 0 && duration.compareTo(BigDecimal.valueOf(MAX_DURATION_YEARS)) <= 0) {
            FractionalDuration rule = map.conventionsOrDefault().fractionalDurationOrDefault();
            int years = rule.years(duration);
            if (values.size() != years) {
                error(path, MapRuleCodes.PUBLISHED_YEARS_MISMATCH, "publishedYearValues gives " + values.size()
                        + " value(s) for an outcome of " + years + " year(s) (durationYears "
                        + duration.toPlainString() + ", fractionalDuration " + rule + ")");
            }
        }
    }

    private void checkProxy(ProxySpec spec, String path) {
        if (spec == null) {
            required(null, path);
            return;
        }
        FinancialProxy proxy;
        String valuePath = path + ".value";
        if (spec instanceof ProxySpec.Ref ref) {
            if (map.analysisYear() == null) {
                return;
            }
            Optional<FinancialProxy> resolved = library.resolve(ref.ref(), map.analysisYear());
            if (resolved.isEmpty()) {
                error(path + ".ref", MapRuleCodes.UNKNOWN_PROXY_REF, "the proxy library has no proxy '" + ref.ref() + "'");
                return;
            }
            proxy = resolved.get();
            valuePath = path + ".ref";
            if (map.currency() != null && isIso4217(map.currency()) && !ProxyLibrary.CURRENCY.equals(map.currency())) {
                error(valuePath, MapRuleCodes.PROXY_CURRENCY, "the proxy library's values are in " + ProxyLibrary.CURRENCY
                        + "; a map in " + map.currency() + " cannot use '" + ref.ref()
                        + "' (values are never converted: write the proxy inline in " + map.currency() + ")");
                return;
            }
        } else {
            proxy = ((ProxySpec.Inline) spec).proxy();
            if (proxy.value() == null) {
                required(null, path + ".value");
            } else if (!bounded(proxy.value(), path + ".value", MapLimits.MAX_MAGNITUDE)) {
                return;
            } else if (proxy.value().signum() < 0) {
                error(path + ".value", RuleCodes.AMOUNT_NEGATIVE, "a proxy value must not be negative, was "
                        + proxy.value().toPlainString());
            }
            required(proxy.unit(), path + ".unit");
            if (proxy.source() == null || proxy.source().isBlank()) {
                error(path + ".source", RuleCodes.FIELD_REQUIRED, "a proxy needs a source");
            }
            if (proxy.baseYear() == null) {
                error(path + ".baseYear", RuleCodes.FIELD_REQUIRED, "a proxy needs a base year");
                return;
            }
            if (!year(proxy.baseYear(), path + ".baseYear")) {
                return;
            }
        }
        checkRevaluation(proxy, spec instanceof ProxySpec.Ref ? valuePath : path + ".baseYear");
    }

    private void checkRevaluation(FinancialProxy proxy, String path) {
        Integer year = map.analysisYear();
        if (year == null) {
            return;
        }
        if (proxy.baseYear() > year) {
            error(path, MapRuleCodes.PROXY_AFTER_ANALYSIS_YEAR, "the proxy's base year " + proxy.baseYear()
                    + " is after the analysis year " + year + "; a value is not deflated");
            return;
        }
        Revaluation revaluation = map.conventionsOrDefault().revaluationOrDefault();
        if (revaluation == Revaluation.CPI && proxy.revalued()
                && index.factor(proxy.baseYear(), year, MathContext.DECIMAL128).isEmpty()) {
            int[] coverage = index.coverage();
            error(path, MapRuleCodes.REVALUATION_IMPOSSIBLE, "cannot revalue from " + proxy.baseYear() + " to " + year
                    + ": the price index covers " + coverage[0] + "-" + coverage[1]
                    + " (supply a longer index, or set conventions.revaluation to NONE)");
        }
    }

    private void checkConventions(Set<String> outcomeIds) {
        Conventions conventions = map.conventions();
        if (conventions == null) {
            return;
        }
        List<String> ids = conventions.dropOffFromYearOneOrDefault();
        for (int i = 0; i < ids.size(); i++) {
            if (!outcomeIds.contains(ids.get(i))) {
                error("$.conventions.dropOffFromYearOne[" + i + "]", MapRuleCodes.UNKNOWN_OUTCOME,
                        "no outcome has id '" + ids.get(i) + "'");
            }
        }
        Integer precision = conventions.ratePrecision();
        if (precision != null && (precision < 0 || precision > 12)) {
            error("$.conventions.ratePrecision", RuleCodes.FIELD_OUT_OF_RANGE,
                    "ratePrecision is a number of decimal places from 0 to 12, was " + precision);
        }
    }

    private void share(BigDecimal value, String path, boolean mandatory) {
        if (value == null) {
            if (mandatory) {
                required(null, path);
            }
        } else if (value.scale() > MapLimits.MAX_SCALE) {
            bounded(value, path, MapLimits.MAX_MAGNITUDE);
        } else if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            error(path, RuleCodes.FIELD_OUT_OF_RANGE, "a share must be between 0 and 1, was " + value.toPlainString());
        }
    }

    private void required(Object value, String path) {
        if (value == null || value instanceof String text && text.isBlank()) {
            String field = path.substring(path.lastIndexOf('.') + 1);
            error(path, RuleCodes.FIELD_REQUIRED, field + " is required");
        }
    }

    /** Checks an optional text: absent is fine, blank is not. */
    private void optional(String value, String path) {
        if (value != null) {
            required(value, path);
        }
    }

    private void error(String path, String code, String message) {
        problems.add(Problem.error(path, code, message));
    }
}
