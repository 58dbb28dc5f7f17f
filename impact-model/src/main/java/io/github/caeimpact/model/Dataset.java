package io.github.caeimpact.model;

import io.github.caeimpact.model.validation.SupportedDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a measure runs on: organisations and the participants they host, observed up to a
 * reference date. It is the root of the JSON dataset format (see
 * {@link io.github.caeimpact.model.json.ImpactJson}).
 *
 * @param schemaVersion the version of the dataset format, {@value #SCHEMA_VERSION}
 * @param referenceDate the day the data was extracted; nothing in it happens later
 * @param period the period the measure covers
 * @param organisations the organisations, each id once; empty if none
 * @param participants the participants, each id once; empty if none
 */
public record Dataset(
        @NotNull @Pattern(regexp = "^1\\.0$") String schemaVersion,
        @NotNull @SupportedDate LocalDate referenceDate,
        @NotNull Period period,
        List<@NotNull @Valid Organisation> organisations,
        List<@NotNull @Valid Participant> participants) {

    /** The version of the dataset format this library writes and reads. */
    public static final String SCHEMA_VERSION = "1.0";

    /**
     * Copies the lists; a missing list is empty.
     *
     * @param schemaVersion the format version
     * @param referenceDate the extraction day
     * @param period the measured period
     * @param organisations the organisations, null for none
     * @param participants the participants, null for none
     * @throws NullPointerException if a list holds a null element
     */
    public Dataset {
        organisations = Lists.copyOf(organisations, "organisations");
        participants = Lists.copyOf(participants, "participants");
    }

    /**
     * Returns a dataset in the current format version.
     *
     * @param referenceDate the extraction day
     * @param period the measured period
     * @param organisations the organisations
     * @param participants the participants
     * @return the dataset
     */
    public static Dataset of(LocalDate referenceDate, Period period, List<Organisation> organisations,
            List<Participant> participants) {
        return new Dataset(SCHEMA_VERSION, referenceDate, period, organisations, participants);
    }

    /**
     * Returns the organisation of an id.
     *
     * @param id the organisation id
     * @return the first organisation with that id, or empty if none
     */
    public Optional<Organisation> organisation(String id) {
        Objects.requireNonNull(id, "id");
        return organisations.stream().filter(o -> id.equals(o.id())).findFirst();
    }

    /**
     * Returns a copy with other participants.
     *
     * @param newParticipants the participants
     * @return the copy
     */
    public Dataset withParticipants(List<Participant> newParticipants) {
        return new Dataset(schemaVersion, referenceDate, period, organisations, newParticipants);
    }
}
