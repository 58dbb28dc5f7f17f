package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.spi.ParticipantFacts;
import io.github.caeimpact.indicators.spi.Populations;
import io.github.caeimpact.indicators.BreakdownKind;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.Participant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The category of a participant in a breakdown. */
public final class Categories {

    /** The category of people whose attribute is not recorded. */
    public static final String UNKNOWN = "UNKNOWN";

    private Categories() {
    }

    /**
     * Returns a participant's category in a breakdown.
     *
     * @param kind the breakdown
     * @param participant the participant
     * @param referenceDate the reference date (age of people without an entry date)
     * @param organisations the organisations by id
     * @return one category per dimension of the breakdown (two for the combined one)
     */
    public static List<String> of(BreakdownKind kind, Participant participant, LocalDate referenceDate,
            Map<String, Organisation> organisations) {
        return switch (kind) {
            case GENDER -> List.of(participant.gender().name());
            case AGE_BAND -> List.of(ageBand(participant, referenceDate));
            case ENTRY_SITUATION -> List.of(participant.entrySituation().status().name());
            case EDUCATION -> List.of(participant.education() == null ? UNKNOWN : participant.education().name());
            case ORGANISATION -> List.of(participant.organisationId());
            case TERRITORY -> {
                Organisation organisation = organisations.get(participant.organisationId());
                yield List.of(organisation == null ? UNKNOWN : organisation.territory().departementCode());
            }
            case ENTRY_YEAR -> {
                LocalDate entry = ParticipantFacts.of(participant).entryDate();
                yield List.of(entry == null ? UNKNOWN : String.valueOf(entry.getYear()));
            }
            case GENDER_BY_AGE_BAND -> List.of(participant.gender().name(), ageBand(participant, referenceDate));
        };
    }

    private static String ageBand(Participant participant, LocalDate referenceDate) {
        return participant.ageBandAt(Populations.ageDate(participant, referenceDate)).name();
    }
}
