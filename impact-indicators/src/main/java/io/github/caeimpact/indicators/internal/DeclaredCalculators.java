package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorCalculator;
import io.github.caeimpact.indicators.IndicatorDefinition;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.SurveyItem;
import io.github.caeimpact.indicators.declared.AnswerReference;
import io.github.caeimpact.indicators.declared.BasePopulation;
import io.github.caeimpact.indicators.declared.Computation;
import io.github.caeimpact.indicators.declared.Condition;
import io.github.caeimpact.indicators.declared.Field;
import io.github.caeimpact.indicators.declared.Operand;
import io.github.caeimpact.indicators.declared.YearsAggregate;
import io.github.caeimpact.indicators.spi.Classification;
import io.github.caeimpact.indicators.spi.Observation;
import io.github.caeimpact.indicators.spi.PairedCalculator;
import io.github.caeimpact.indicators.spi.ParticipantFacts;
import io.github.caeimpact.indicators.spi.Populations;
import io.github.caeimpact.indicators.spi.ProportionCalculator;
import io.github.caeimpact.indicators.spi.Results;
import io.github.caeimpact.indicators.spi.Surveys;
import io.github.caeimpact.indicators.spi.ValueCalculator;
import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.Answer;
import io.github.caeimpact.model.AnswerType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.SurveyResponse;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The calculators of indicators declared as data: a {@link Computation} read on the same building
 * blocks as the shipped calculators, so a declared indicator counts the same people the same way.
 */
public final class DeclaredCalculators {

    private DeclaredCalculators() {
    }

    /**
     * Returns the calculator of a declared definition.
     *
     * @param definition the definition, with a computation checked by the catalogue
     * @param catalogue the catalogue, whose instruments give the type of each answer read
     * @return the calculator, computing the definition's statistic in its unit
     * @throws IllegalArgumentException if the definition declares no computation, or reads an item
     *     the catalogue does not define
     */
    public static IndicatorCalculator of(IndicatorDefinition definition, Catalogue catalogue) {
        Computation computation = definition.computation();
        if (computation == null) {
            throw new IllegalArgumentException(definition.id() + " " + definition.version() + " declares no computation");
        }
        Terms terms = new Terms(definition, computation, catalogue);
        return switch (definition.statistic()) {
            case PROPORTION -> new Share(definition, terms, terms.test(computation.condition()));
            case PAIRED_MEAN_CHANGE -> new Change(definition, terms, terms.read(Operand.of(computation.before())),
                    terms.read(Operand.of(computation.after())));
            case COUNT -> new Values(definition, terms, null);
            case SUM, MEAN, MEDIAN -> new Values(definition, terms, terms.read(computation.value()));
        };
    }

    /** A share: the people of the population for whom the condition holds, unknown counted as missing. */
    private static final class Share extends ProportionCalculator {
        private final String version;
        private final Terms terms;
        private final Test condition;

        Share(IndicatorDefinition definition, Terms terms, Test condition) {
            super(definition.id());
            this.version = definition.version();
            this.terms = terms;
            this.condition = condition;
        }

        @Override
        public Optional<String> definitionVersion() {
            return Optional.of(version);
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            if (!terms.inPopulation(participant, context)) {
                return null;
            }
            Boolean holds = condition.holds(participant, context);
            return holds == null ? Classification.MISSING : holds ? Classification.YES : Classification.NO;
        }
    }

    /** A count of people (no value read), or a sum, mean or median of a value, people without one missing. */
    private static final class Values extends ValueCalculator {
        private static final Observation ONE = Observation.of(BigDecimal.ONE);
        private final String version;
        private final Terms terms;
        private final Read value;

        Values(IndicatorDefinition definition, Terms terms, Read value) {
            super(definition.id(), definition.statistic(), definition.unit());
            this.version = definition.version();
            this.terms = terms;
            this.value = value;
        }

        @Override
        public Optional<String> definitionVersion() {
            return Optional.of(version);
        }

        @Override
        protected Observation observe(Participant participant, MeasureContext context) {
            if (!terms.inPopulation(participant, context)) {
                return null;
            }
            if (value == null) {
                return ONE;
            }
            Object read = value.value(participant, context);
            return read == null ? Observation.MISSING : Observation.of((BigDecimal) read);
        }
    }

    /** The paired change after minus before, people without both answers missing. */
    private static final class Change extends PairedCalculator {
        private final String version;
        private final Terms terms;
        private final Read before;
        private final Read after;

        Change(IndicatorDefinition definition, Terms terms, Read before, Read after) {
            super(definition.id(), definition.unit());
            this.version = definition.version();
            this.terms = terms;
            this.before = before;
            this.after = after;
        }

        @Override
        public Optional<String> definitionVersion() {
            return Optional.of(version);
        }

        @Override
        protected Observation difference(Participant participant, MeasureContext context) {
            if (!terms.inPopulation(participant, context)) {
                return null;
            }
            Object first = before.value(participant, context);
            Object second = after.value(participant, context);
            if (first == null || second == null) {
                return Observation.MISSING;
            }
            return Observation.of(((BigDecimal) second).subtract((BigDecimal) first));
        }
    }

    /** The population and the compiled conditions and operands of one declared definition. */
    private static final class Terms {
        private final IndicatorDefinition definition;
        private final Catalogue catalogue;
        private final BasePopulation population;
        private final List<Test> where;

        Terms(IndicatorDefinition definition, Computation computation, Catalogue catalogue) {
            this.definition = definition;
            this.catalogue = catalogue;
            this.population = computation.population();
            this.where = computation.where().stream().map(this::test).toList();
        }

        boolean inPopulation(Participant participant, MeasureContext context) {
            boolean in = switch (population) {
                case ENTRANTS -> Populations.isEntrant(participant, context.period());
                case ENTREPRENEURS -> Populations.isEntrepreneurInPeriod(participant, context.period());
                case PRESENT -> Populations.isPresentInPeriod(participant, context.period());
                case LEAVERS -> Populations.exitIn(participant, context.period()).isPresent();
                case WITH_ACTIVITY -> Populations.isEntrepreneurInPeriod(participant, context.period())
                        && !Populations.yearsIn(participant, context.period()).isEmpty();
            };
            for (int i = 0, n = where.size(); in && i < n; i++) {
                // Unknown narrows like false: nobody joins a population on an undisclosed attribute.
                in = Boolean.TRUE.equals(where.get(i).holds(participant, context));
            }
            return in;
        }

        Test test(Condition condition) {
            return new Test(read(condition.operand()), condition.is(), condition.in() == null ? null : new HashSet<>(condition.in()),
                    condition.atLeast(), condition.atMost());
        }

        Read read(Operand operand) {
            if (operand.answer() == null) {
                return new Read(operand.field(), operand.yearsOrSum(), null, null);
            }
            AnswerReference answer = operand.answer();
            SurveyItem item = catalogue.instrument(answer.instrument()).flatMap(i -> i.item(answer.item()))
                    .orElseThrow(() -> new IllegalArgumentException(definition.id() + " " + definition.version() + " reads item '"
                            + answer.item() + "' of instrument '" + answer.instrument() + "', which catalogue " + catalogue.sources()
                            + " does not define"));
            return new Read(null, null, answer, AnswerType.valueOf(item.type().name()));
        }
    }

    /** A compiled condition: true, false, or null when its operand has no value. */
    private record Test(Read read, Boolean is, Set<String> in, BigDecimal atLeast, BigDecimal atMost) {
        Boolean holds(Participant participant, MeasureContext context) {
            Object value = read.value(participant, context);
            if (value == null) {
                return null;
            }
            if (is != null) {
                return is.equals(value);
            }
            if (in != null) {
                return in.contains(value);
            }
            BigDecimal number = (BigDecimal) value;
            return (atLeast == null || number.compareTo(atLeast) >= 0) && (atMost == null || number.compareTo(atMost) <= 0);
        }
    }

    /**
     * A compiled operand: reads a Boolean (BOOLEAN field, YES_NO answer), a category name
     * (CATEGORY field) or a BigDecimal (the rest), or null when the person has no value.
     */
    private record Read(Field field, YearsAggregate years, AnswerReference answer, AnswerType type) {
        Object value(Participant participant, MeasureContext context) {
            return answer != null ? answerValue(participant, context) : fieldValue(participant, context);
        }

        private Object answerValue(Participant participant, MeasureContext context) {
            Optional<SurveyResponse> response = answer.timePoint() == null
                    ? Surveys.latestIn(participant, answer.instrument(), context.period())
                    : Surveys.earliest(participant, answer.instrument(), answer.timePoint());
            Optional<Answer> found = Surveys.answer(response, answer.item()).filter(a -> a.type() == type);
            if (found.isEmpty()) {
                return null;
            }
            return type == AnswerType.YES_NO ? (Object) (found.get().value().signum() != 0) : found.get().value();
        }

        private Object fieldValue(Participant participant, MeasureContext context) {
            return switch (field) {
                case RELATIONSHIP -> participant.relationship().name();
                case GENDER -> participant.gender().name();
                case AGE_BAND -> participant.ageBandAt(Populations.ageDate(participant, context.referenceDate())).name();
                case EDUCATION -> participant.education() == null ? null : participant.education().name();
                case DISABILITY -> participant.disability();
                case THIRD_COUNTRY_NATIONAL -> participant.thirdCountryNational();
                case FOREIGN_BACKGROUND -> participant.foreignBackground();
                case MINORITY -> participant.minority();
                case HOMELESS -> participant.homeless();
                case RURAL -> participant.rural();
                case PRIORITY_URBAN_AREA -> participant.priorityUrbanArea();
                case ENTRY_STATUS -> participant.entrySituation().status().name();
                case UNEMPLOYED_MONTHS -> participant.entrySituation().unemployedMonths() == null ? null
                        : BigDecimal.valueOf(participant.entrySituation().unemployedMonths());
                case MINIMUM_INCOME -> participant.entrySituation().minimumIncome();
                case EXIT_OUTCOME -> exitOutcome(participant, context, false);
                case EXIT_OUTCOME_AT_SIX_MONTHS -> exitOutcome(participant, context, true);
                default -> overYears(participant, context);
            };
        }

        private static String exitOutcome(Participant participant, MeasureContext context, boolean sixMonths) {
            PathwayEvent exit = ParticipantFacts.of(participant).exit();
            if (exit == null) {
                return null;
            }
            ExitOutcome outcome;
            if (sixMonths) {
                outcome = Populations.sixMonthsObservable(exit, context.referenceDate())
                        ? Populations.atSixMonths(exit, participant).orElse(null) : null;
            } else {
                outcome = Populations.uponLeaving(exit, participant);
            }
            return outcome == null || outcome == ExitOutcome.UNKNOWN ? null : outcome.name();
        }

        private BigDecimal overYears(Participant participant, MeasureContext context) {
            List<ActivityYear> years = Populations.yearsIn(participant, context.period());
            BigDecimal total = null;
            BigDecimal min = null;
            BigDecimal max = null;
            int counted = 0;
            for (int i = 0, n = years.size(); i < n; i++) {
                BigDecimal value = yearly(years.get(i));
                if (value == null) {
                    continue;
                }
                counted++;
                total = total == null ? value : total.add(value);
                min = min == null || value.compareTo(min) < 0 ? value : min;
                max = max == null || value.compareTo(max) > 0 ? value : max;
            }
            if (counted == 0) {
                return null;
            }
            return switch (this.years) {
                case SUM -> total;
                case MEAN -> total.divide(BigDecimal.valueOf(counted), Results.PRECISION);
                case MIN -> min;
                case MAX -> max;
            };
        }

        private BigDecimal yearly(ActivityYear year) {
            return switch (field) {
                case TURNOVER -> year.turnover().amount();
                case GROSS_PAY -> year.grossPay().amount();
                case EMPLOYER_CONTRIBUTIONS -> year.employerContributions().amount();
                case EMPLOYEE_CONTRIBUTIONS -> year.employeeContributions().amount();
                case COOPERATIVE_CONTRIBUTION -> year.cooperativeContribution().amount();
                case FTE -> year.fte();
                case TRAININGS -> BigDecimal.valueOf(year.trainings());
                case SUPPORT_INTERVIEWS -> BigDecimal.valueOf(year.supportInterviews());
                case GENERAL_MEETINGS_ATTENDED -> BigDecimal.valueOf(year.generalMeetingsAttended());
                case GENERAL_MEETINGS_HELD -> BigDecimal.valueOf(year.generalMeetingsHeld());
                case DAYS_TO_FIRST_INVOICE -> year.daysToFirstInvoice() == null ? null : BigDecimal.valueOf(year.daysToFirstInvoice());
                default -> throw new IllegalStateException(field + " is not recorded per year");
            };
        }
    }
}
