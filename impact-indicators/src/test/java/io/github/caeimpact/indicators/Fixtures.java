package io.github.caeimpact.indicators;

import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.AreaType;
import io.github.caeimpact.model.Answer;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.EducationLevel;
import io.github.caeimpact.model.EntrySituation;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.Gender;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.LegalForm;
import io.github.caeimpact.model.Money;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.OrganisationKind;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.Pathway;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.Relationship;
import io.github.caeimpact.model.SurveyResponse;
import io.github.caeimpact.model.Territory;
import io.github.caeimpact.model.TimePoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builders of hand-made test data. */
public final class Fixtures {

    /** The period of the hand-made datasets: the calendar year 2025. */
    public static final Period YEAR_2025 = Period.ofYear(2025);
    /** Their reference date. */
    public static final LocalDate REFERENCE = LocalDate.of(2026, 3, 31);

    private Fixtures() {
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public static Organisation organisation(String id, OrganisationKind kind, String departement) {
        return new Organisation(id, "Coopérative " + id, kind, LegalForm.SCOP,
                new Territory(departement + "000", departement, "84", AreaType.URBAN, false), List.of("7022Z"),
                LocalDate.of(2005, 1, 1), null, List.of(), List.of());
    }

    public static Organisation cae(String id) {
        return organisation(id, OrganisationKind.CAE, "69");
    }

    public static Dataset dataset(List<Organisation> organisations, List<Participant> participants) {
        return Dataset.of(REFERENCE, YEAR_2025, organisations, participants);
    }

    public static PathwayEvent event(EventType type, String date) {
        return PathwayEvent.of(type, d(date));
    }

    public static PathwayEvent exit(String date, ExitOutcome outcome) {
        return PathwayEvent.of(EventType.EXIT, d(date), outcome);
    }

    public static PathwayEvent followUp(String date, ExitOutcome outcome) {
        return PathwayEvent.of(EventType.FOLLOW_UP, d(date), outcome);
    }

    public static ActivityYear year(int year, String turnover, String grossPay, String fte, int trainings, int interviews,
            int attended, int held, Integer daysToFirstInvoice) {
        BigDecimal pay = new BigDecimal(grossPay);
        return new ActivityYear(year, Money.of(new BigDecimal(turnover)), Money.of(pay), new BigDecimal(fte),
                Money.of(pay.multiply(new BigDecimal("0.30"))), Money.of(pay.multiply(new BigDecimal("0.22"))),
                Money.of(new BigDecimal(turnover).multiply(new BigDecimal("0.10"))), trainings, interviews, attended, held,
                daysToFirstInvoice);
    }

    public static SurveyResponse survey(String instrument, TimePoint timePoint, String date, Answer... answers) {
        return new SurveyResponse(instrument, "1.0.0", timePoint, d(date), List.of(answers));
    }

    public static Answer yes(String item) {
        return Answer.yesNo(item, true);
    }

    public static Answer no(String item) {
        return Answer.yesNo(item, false);
    }

    public static Answer likert(String item, int value) {
        return Answer.likert(item, value, 5);
    }

    public static Answer number(String item, String value) {
        return Answer.number(item, new BigDecimal(value));
    }

    /**
     * A one-indicator extension catalogue declaring indicator {@code XDC01} with a computation, as
     * JSON text.
     */
    public static String declaredExtension(String statistic, String unit, String computation) {
        return """
                {"id": "DECLARED-TEST", "catalogueVersion": "0.1.0", "title": {"fr": "Essai", "en": "Test"},
                 "references": [], "instruments": [],
                 "indicators": [{"id": "XDC01", "version": "0.1.0", "since": "0.1.0",
                   "label": {"fr": "Essai", "en": "Test"}, "definition": {"fr": "Essai", "en": "Test"},
                   "dimension": "PUBLICS", "unit": "%s", "polarity": "NEUTRAL", "statistic": "%s", "source": "ENTRY",
                   "population": "p", "formula": "f", "esfCodes": [], "sdgTargets": [], "survey": null,
                   "parameters": [], "references": [], "computation": %s}]}
                """.formatted(unit, statistic, computation);
    }

    public static PersonBuilder person(String id) {
        return new PersonBuilder(id);
    }

    /** A participant builder with neutral defaults: a man born in 1985 entering on 2025-03-01 by CAPE, employed at entry. */
    public static final class PersonBuilder {
        private final String id;
        private String organisationId = "cae-a";
        private Relationship relationship = Relationship.ENTREPRENEUR;
        private int birthYear = 1985;
        private Gender gender = Gender.MAN;
        private EducationLevel education = EducationLevel.ISCED_3_4;
        private EntrySituation entry = new EntrySituation(LabourStatus.EMPLOYED, null, false);
        private final Boolean[] flags = new Boolean[7];
        private final List<PathwayEvent> events = new ArrayList<>();
        private final List<ActivityYear> activity = new ArrayList<>();
        private final List<SurveyResponse> surveys = new ArrayList<>();

        PersonBuilder(String id) {
            this.id = id;
        }

        public PersonBuilder org(String organisation) {
            this.organisationId = organisation;
            return this;
        }

        public PersonBuilder relationship(Relationship value) {
            this.relationship = value;
            return this;
        }

        public PersonBuilder born(int year) {
            this.birthYear = year;
            return this;
        }

        public PersonBuilder gender(Gender value) {
            this.gender = value;
            return this;
        }

        public PersonBuilder education(EducationLevel value) {
            this.education = value;
            return this;
        }

        public PersonBuilder status(LabourStatus status, Integer unemployedMonths, boolean rsa) {
            this.entry = new EntrySituation(status, unemployedMonths, rsa);
            return this;
        }

        /** Sets disability, third-country national, foreign background, minority, homeless, rural, priority urban area. */
        public PersonBuilder flags(Boolean... values) {
            System.arraycopy(values, 0, flags, 0, values.length);
            return this;
        }

        public PersonBuilder events(PathwayEvent... values) {
            events.addAll(List.of(values));
            return this;
        }

        public PersonBuilder activity(ActivityYear... values) {
            activity.addAll(List.of(values));
            return this;
        }

        public PersonBuilder surveys(SurveyResponse... values) {
            surveys.addAll(List.of(values));
            return this;
        }

        public Participant build() {
            List<PathwayEvent> sorted = new ArrayList<>(events);
            sorted.sort(Comparator.comparing(PathwayEvent::date));
            return new Participant(id, organisationId, relationship, birthYear, gender, education, entry, flags[0], flags[1], flags[2],
                    flags[3], flags[4], flags[5], flags[6], new Pathway(sorted), activity, surveys);
        }
    }
}
