package io.github.caeimpact.model.json;

import io.github.caeimpact.model.validation.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A participant a lenient read left out, and why.
 *
 * @param index the position of the participant in the document's {@code participants} array,
 *     from 0
 * @param id the participant's id if the document gives one as text, otherwise null
 * @param path the JSON path of the participant, such as {@code $.participants[3]}
 * @param reasons the errors that rejected it, at least one
 */
public record RejectedParticipant(int index, String id, String path, List<Problem> reasons) {

    /**
     * Checks and copies.
     *
     * @param index the position
     * @param id the id, possibly null
     * @param path the path
     * @param reasons the errors
     * @throws NullPointerException if {@code path} or {@code reasons} is null
     */
    public RejectedParticipant {
        Objects.requireNonNull(path, "path");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    }
}
