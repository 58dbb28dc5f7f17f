package io.github.caeimpact.model.testing;

import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.AreaType;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.EntrySituation;
import io.github.caeimpact.model.EventType;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Small hand-made values for rule tests: a valid dataset with no problem at all (no warning
 * either), and builders to break it one rule at a time.
 */
public final class Fixtures {

    /** The reference date of the fixture datasets. */
    public static final LocalDate REFERENCE = LocalDate.of(2025, 12, 31);

    private Fixtures() {
    }

    /**
     * Returns a valid CAE.
     *
     * @param id its id
     * @return the organisation
     */
    public static Organisation organisation(String id) {
        return new Organisation(id, "Coopérative " + id, OrganisationKind.CAE, LegalForm.SCOP,
                new Territory("67482", "67", "44", AreaType.URBAN, false), List.of("70.22Z"),
                LocalDate.of(2004, 3, 1), "Coopérer pour Entreprendre", List.of(), List.of());
    }

    /**
     * Returns a dataset of one organisation {@code cae-1} and the participants.
     *
     * @param participants the participants
     * @return the dataset
     */
    public static Dataset dataset(Participant... participants) {
        return Dataset.of(REFERENCE, Period.ofYear(2025), List.of(organisation("cae-1")), List.of(participants));
    }

    /**
     * Returns a builder of a valid participant.
     *
     * @return the builder
     */
    public static ParticipantBuilder participant() {
        return new ParticipantBuilder();
    }

    /**
     * Returns an event.
     *
     * @param type the type
     * @param date the date, ISO text
     * @return the event
     */
    public static PathwayEvent event(EventType type, String date) {
        return PathwayEvent.of(type, LocalDate.parse(date));
    }

    /**
     * Returns a valid activity year with the given support interviews.
     *
     * @param year the year
     * @param supportInterviews the interviews
     * @return the activity year
     */
    public static ActivityYear activity(int year, int supportInterviews) {
        return new ActivityYear(year, Money.parse("30000.00"), Money.parse("18000.00"), new BigDecimal("0.80"),
                Money.parse("5400.00"), Money.parse("3960.00"), Money.parse("3000.00"), 1, supportInterviews, 1, 1,
                null);
    }

    /** A mutable builder of participants, valid by default. */
    public static final class ParticipantBuilder {
        private String id = "p-1";
        private String organisationId = "cae-1";
        private Relationship relationship = Relationship.ENTREPRENEUR;
        private int birthYear = 1985;
        private EntrySituation entry = new EntrySituation(LabourStatus.EMPLOYED, null, false);
        private List<PathwayEvent> events = new ArrayList<>(List.of(
                event(EventType.INTAKE, "2023-12-15"),
                event(EventType.CAPE_START, "2024-01-08"),
                event(EventType.CESA_SIGNED, "2024-07-01")));
        private List<ActivityYear> activity = new ArrayList<>();
        private List<SurveyResponse> surveys = new ArrayList<>();

        /**
         * Sets the id.
         *
         * @param value the id
         * @return this
         */
        public ParticipantBuilder id(String value) {
            id = value;
            return this;
        }

        /**
         * Sets the organisation id.
         *
         * @param value the id
         * @return this
         */
        public ParticipantBuilder organisationId(String value) {
            organisationId = value;
            return this;
        }

        /**
         * Sets the relationship.
         *
         * @param value the relationship
         * @return this
         */
        public ParticipantBuilder relationship(Relationship value) {
            relationship = value;
            return this;
        }

        /**
         * Sets the birth year.
         *
         * @param value the year
         * @return this
         */
        public ParticipantBuilder birthYear(int value) {
            birthYear = value;
            return this;
        }

        /**
         * Sets the entry situation.
         *
         * @param value the situation
         * @return this
         */
        public ParticipantBuilder entry(EntrySituation value) {
            entry = value;
            return this;
        }

        /**
         * Replaces the events.
         *
         * @param value the events
         * @return this
         */
        public ParticipantBuilder events(PathwayEvent... value) {
            events = new ArrayList<>(List.of(value));
            return this;
        }

        /**
         * Replaces the activity.
         *
         * @param value the years
         * @return this
         */
        public ParticipantBuilder activity(ActivityYear... value) {
            activity = new ArrayList<>(List.of(value));
            return this;
        }

        /**
         * Replaces the surveys.
         *
         * @param value the surveys
         * @return this
         */
        public ParticipantBuilder surveys(SurveyResponse... value) {
            surveys = new ArrayList<>(List.of(value));
            return this;
        }

        /**
         * Builds the participant.
         *
         * @return the participant
         */
        public Participant build() {
            return new Participant(id, organisationId, relationship, birthYear, Gender.WOMAN, null, entry, null, null,
                    null, null, null, null, null, new Pathway(events), activity, surveys);
        }
    }
}
