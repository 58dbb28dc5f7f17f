package io.github.caeimpact.model.validation;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.validation.internal.FieldConstraints;
import io.github.caeimpact.model.validation.internal.ParticipantRules;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a dataset against every rule of the format: the Jakarta Validation constraints of the
 * model's fields, then the cross-field rules, each reported with its JSON path and its code from
 * {@link RuleCodes}.
 *
 * <p>Field constraints cover required fields, identifier and INSEE code forms, ranges of years,
 * counts and full-time equivalents, and non-negative amounts. Cross-field rules cover the pathway
 * (date order, CAPE before its renewal or end, CESA before becoming an associate, nothing but a
 * follow-up after the exit, a CAPE of at most 36 months renewed at most twice, outcomes exactly on
 * exits and follow-ups), dates not after the reference date, months of unemployment exactly for the
 * unemployed, known organisations, unique ids, one activity figure per year, Likert and yes/no
 * values. Three rules only warn: a late associate (Code du travail L7331-3), fewer than 2 support
 * interviews in a full year (décret n° 2015-1363), a follow-up outside 5 to 8 months after the
 * exit.
 *
 * <p>Problems come in a stable order: the dataset's own fields and organisations first, then each
 * participant in turn. The validator is immutable and thread-safe.
 */
public final class DatasetValidator {

    private static final DatasetValidator INSTANCE = new DatasetValidator();

    private DatasetValidator() {
    }

    /**
     * Returns the validator.
     *
     * @return the shared, thread-safe validator
     */
    public static DatasetValidator create() {
        return INSTANCE;
    }

    /**
     * Checks a whole dataset.
     *
     * @param dataset the dataset, not null
     * @return every problem found, errors and warnings
     */
    public ValidationReport validate(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        List<Problem> problems = new ArrayList<>(validateEnvelope(dataset).problems());
        Set<String> ids = new HashSet<>();
        Set<String> organisationIds = organisationIds(dataset);
        for (int i = 0; i < dataset.participants().size(); i++) {
            Participant participant = dataset.participants().get(i);
            String path = "$.participants[" + i + "]";
            problems.addAll(validate(participant, dataset.referenceDate(), organisationIds, path).problems());
            if (participant.id() != null && !ids.add(participant.id())) {
                problems.add(duplicateParticipant(participant.id(), path));
            }
        }
        return new ValidationReport(problems);
    }

    /**
     * Checks everything in a dataset but its participants: the format version, the dates, the
     * organisations (fields, unique ids, foundation not after the reference date).
     *
     * @param dataset the dataset, not null; its participants are ignored
     * @return the problems found
     */
    public ValidationReport validateEnvelope(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        List<Problem> problems = new ArrayList<>(FieldConstraints.check(dataset.withParticipants(List.of()), "$"));
        LocalDate reference = dataset.referenceDate();
        if (reference != null && dataset.period() != null && dataset.period().start().isAfter(reference)) {
            problems.add(Problem.error("$.period.start", RuleCodes.DATE_AFTER_REFERENCE, "the period starts on "
                    + dataset.period().start() + ", after the reference date " + reference));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < dataset.organisations().size(); i++) {
            Organisation organisation = dataset.organisations().get(i);
            String path = "$.organisations[" + i + "]";
            if (organisation.id() != null && !ids.add(organisation.id())) {
                problems.add(Problem.error(path + ".id", RuleCodes.DUPLICATE_ORGANISATION_ID,
                        "organisation id '" + organisation.id() + "' is used twice"));
            }
            if (reference != null && organisation.foundedOn() != null && organisation.foundedOn().isAfter(reference)) {
                problems.add(Problem.error(path + ".foundedOn", RuleCodes.DATE_AFTER_REFERENCE, "founded on "
                        + organisation.foundedOn() + ", after the reference date " + reference));
            }
        }
        return new ValidationReport(problems);
    }

    /**
     * Checks one participant on its own, for reading participant by participant: every rule but
     * those needing other participants (unique ids) or the organisations (known organisation).
     *
     * @param participant the participant, not null
     * @param referenceDate the dataset's reference date; null skips the date rules that need it
     * @param path the JSON path of the participant, such as {@code $.participants[3]}
     * @return the problems found
     */
    public ValidationReport validate(Participant participant, LocalDate referenceDate, String path) {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(path, "path");
        List<Problem> problems = new ArrayList<>(FieldConstraints.check(participant, path));
        ParticipantRules.check(participant, referenceDate, path, problems);
        return new ValidationReport(problems);
    }

    /**
     * Checks one participant against a dataset's reference date and organisations: every rule but
     * unique ids, which need the other participants.
     *
     * @param participant the participant, not null
     * @param envelope the dataset it belongs to, not null; its participants are ignored
     * @param path the JSON path of the participant, such as {@code $.participants[3]}
     * @return the problems found
     */
    public ValidationReport validate(Participant participant, Dataset envelope, String path) {
        Objects.requireNonNull(envelope, "envelope");
        KnownOrganisations known = lastEnvelope;
        if (known == null || known.envelope.get() != envelope) {
            // A streamed read checks every participant against one envelope: its ids are collected once.
            known = new KnownOrganisations(new WeakReference<>(envelope), organisationIds(envelope));
            lastEnvelope = known;
        }
        return validate(participant, envelope.referenceDate(), known.ids, path);
    }

    /**
     * The organisation ids of the envelope last checked against; replaced whole, so threads see one
     * pair; the envelope weakly held, since a caller's whole dataset may be the envelope.
     */
    private record KnownOrganisations(WeakReference<Dataset> envelope, Set<String> ids) {
    }

    private volatile KnownOrganisations lastEnvelope;

    /**
     * Returns the problem of a participant whose id an earlier participant already has.
     *
     * @param id the repeated id
     * @param path the JSON path of the participant
     * @return the error
     */
    public static Problem duplicateParticipant(String id, String path) {
        return Problem.error(path + ".id", RuleCodes.DUPLICATE_PARTICIPANT_ID,
                "participant id '" + id + "' is used by an earlier participant");
    }

    private ValidationReport validate(Participant participant, LocalDate referenceDate, Set<String> organisationIds,
            String path) {
        ValidationReport report = validate(participant, referenceDate, path);
        String organisationId = participant.organisationId();
        if (organisationId != null && !organisationIds.contains(organisationId)) {
            return report.and(new ValidationReport(List.of(Problem.error(path + ".organisationId",
                    RuleCodes.UNKNOWN_ORGANISATION, "no organisation has the id '" + organisationId + "'"))));
        }
        return report;
    }

    private static Set<String> organisationIds(Dataset dataset) {
        return dataset.organisations().stream().map(Organisation::id).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }
}
