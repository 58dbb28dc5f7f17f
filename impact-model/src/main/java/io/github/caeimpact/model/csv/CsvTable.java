package io.github.caeimpact.model.csv;

import static io.github.caeimpact.model.csv.CsvCellKind.BOOLEAN;
import static io.github.caeimpact.model.csv.CsvCellKind.DATE;
import static io.github.caeimpact.model.csv.CsvCellKind.LIST;
import static io.github.caeimpact.model.csv.CsvCellKind.NUMBER;
import static io.github.caeimpact.model.csv.CsvCellKind.TEXT;
import static io.github.caeimpact.model.csv.CsvCellKind.VERSION;

import io.github.caeimpact.model.AnswerType;
import io.github.caeimpact.model.AreaType;
import io.github.caeimpact.model.EducationLevel;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.FunderKind;
import io.github.caeimpact.model.Gender;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.LegalForm;
import io.github.caeimpact.model.OrganisationKind;
import io.github.caeimpact.model.Relationship;
import io.github.caeimpact.model.SupportRole;
import io.github.caeimpact.model.TimePoint;
import java.util.List;

/**
 * The eight CSV files of a dataset, one per table, one row per record, and their columns.
 *
 * <p>{@code dataset.csv} holds the dataset's own fields in one row. Organisations and participants
 * have a file each; a participant's pathway events, activity years and survey answers, and an
 * organisation's fundings and support hours, are in files of their own whose first column names
 * the participant or organisation (rows keep their order within it). {@code answers.csv} is in long
 * format: one row per answer, the survey response's fields repeated on each; a response is the
 * run of a participant's rows with the same instrument, version, time point and date, and a row
 * without item stands for a response without answers.
 */
public enum CsvTable {
    /** The dataset's own fields: format version, reference date, period; exactly one row. */
    DATASET("dataset.csv", List.of(
            CsvColumn.of("schemaVersion", "version du format", "schemaVersion", VERSION, true),
            CsvColumn.of("referenceDate", "date de référence", "referenceDate", DATE, true),
            CsvColumn.of("periodStart", "début de période", "period.start", DATE, true),
            CsvColumn.of("periodEnd", "fin de période", "period.end", DATE, true))),
    /** The organisations, one a row. */
    ORGANISATIONS("organisations.csv", List.of(
            CsvColumn.of("id", "identifiant", "id", TEXT, true),
            CsvColumn.of("name", "nom", "name", TEXT, true),
            CsvColumn.code("kind", "type de structure", "kind", OrganisationKind.class, true),
            CsvColumn.code("legalForm", "forme juridique", "legalForm", LegalForm.class, true),
            CsvColumn.of("communeCode", "code commune", "territory.communeCode", TEXT, true),
            CsvColumn.of("departementCode", "code département", "territory.departementCode", TEXT, true),
            CsvColumn.of("regionCode", "code région", "territory.regionCode", TEXT, true),
            CsvColumn.code("areaType", "type de zone", "territory.areaType", AreaType.class, true),
            CsvColumn.of("priorityUrbanArea", "quartier prioritaire", "territory.priorityUrbanArea", BOOLEAN, true),
            CsvColumn.of("sectors", "secteurs", "sectors", LIST, false),
            CsvColumn.of("foundedOn", "date de création", "foundedOn", DATE, true),
            CsvColumn.of("network", "réseau", "network", TEXT, false))),
    /** The participants, one a row. */
    PARTICIPANTS("participants.csv", List.of(
            CsvColumn.of("id", "identifiant", "id", TEXT, true),
            CsvColumn.of("organisationId", "organisation", "organisationId", TEXT, true),
            CsvColumn.code("relationship", "relation", "relationship", Relationship.class, true),
            CsvColumn.of("birthYear", "année de naissance", "birthYear", NUMBER, true),
            CsvColumn.code("gender", "genre", "gender", Gender.class, true),
            CsvColumn.code("education", "niveau d'études", "education", EducationLevel.class, false),
            CsvColumn.code("status", "situation à l'entrée", "entrySituation.status", LabourStatus.class, true),
            CsvColumn.of("unemployedMonths", "mois de chômage", "entrySituation.unemployedMonths", NUMBER, false),
            CsvColumn.of("minimumIncome", "RSA", "entrySituation.minimumIncome", BOOLEAN, true),
            CsvColumn.of("disability", "handicap", "disability", BOOLEAN, false),
            CsvColumn.of("thirdCountryNational", "ressortissant de pays tiers", "thirdCountryNational", BOOLEAN, false),
            CsvColumn.of("foreignBackground", "origine étrangère", "foreignBackground", BOOLEAN, false),
            CsvColumn.of("minority", "minorité", "minority", BOOLEAN, false),
            CsvColumn.of("homeless", "sans domicile", "homeless", BOOLEAN, false),
            CsvColumn.of("rural", "zone rurale", "rural", BOOLEAN, false),
            CsvColumn.of("priorityUrbanArea", "quartier prioritaire", "priorityUrbanArea", BOOLEAN, false))),
    /** Pathway events, long format: one row per event, in date order within a participant. */
    EVENTS("events.csv", List.of(
            CsvColumn.key("participantId", "participant"),
            CsvColumn.of("date", "date", "date", DATE, true),
            CsvColumn.code("type", "événement", "type", EventType.class, true),
            CsvColumn.code("outcome", "situation", "outcome", ExitOutcome.class, false))),
    /** Activity figures, one row per participant and year; amounts in euros. */
    ACTIVITY("activity.csv", List.of(
            CsvColumn.key("participantId", "participant"),
            CsvColumn.of("year", "année", "year", NUMBER, true),
            CsvColumn.of("turnover", "chiffre d'affaires", "turnover", NUMBER, true),
            CsvColumn.of("grossPay", "salaire brut", "grossPay", NUMBER, true),
            CsvColumn.of("fte", "ETP", "fte", NUMBER, true),
            CsvColumn.of("employerContributions", "cotisations patronales", "employerContributions", NUMBER, true),
            CsvColumn.of("employeeContributions", "cotisations salariales", "employeeContributions", NUMBER, true),
            CsvColumn.of("cooperativeContribution", "contribution coopérative", "cooperativeContribution", NUMBER, true),
            CsvColumn.of("trainings", "formations", "trainings", NUMBER, true),
            CsvColumn.of("supportInterviews", "entretiens d'accompagnement", "supportInterviews", NUMBER, true),
            CsvColumn.of("generalMeetingsAttended", "AG suivies", "generalMeetingsAttended", NUMBER, true),
            CsvColumn.of("generalMeetingsHeld", "AG tenues", "generalMeetingsHeld", NUMBER, true),
            CsvColumn.of("daysToFirstInvoice", "jours avant la première facture", "daysToFirstInvoice", NUMBER, false))),
    /** Fundings of organisations, one row per funding; amounts in euros. */
    FUNDINGS("fundings.csv", List.of(
            CsvColumn.key("organisationId", "organisation"),
            CsvColumn.code("funder", "financeur", "funder", FunderKind.class, true),
            CsvColumn.of("funderName", "nom du financeur", "funderName", TEXT, false),
            CsvColumn.of("amount", "montant", "amount", NUMBER, true),
            CsvColumn.of("periodStart", "début de période", "period.start", DATE, true),
            CsvColumn.of("periodEnd", "fin de période", "period.end", DATE, true),
            CsvColumn.of("purpose", "objet", "purpose", TEXT, false))),
    /** Support hours of organisations, one row per role and period. */
    SUPPORT("support.csv", List.of(
            CsvColumn.key("organisationId", "organisation"),
            CsvColumn.code("role", "rôle", "role", SupportRole.class, true),
            CsvColumn.of("hours", "heures", "hours", NUMBER, true),
            CsvColumn.of("periodStart", "début de période", "period.start", DATE, true),
            CsvColumn.of("periodEnd", "fin de période", "period.end", DATE, true),
            CsvColumn.of("hourlyValue", "valeur horaire", "hourlyValue", NUMBER, false))),
    /** Survey answers, long format: one row per answer. */
    ANSWERS("answers.csv", List.of(
            CsvColumn.key("participantId", "participant"),
            CsvColumn.of("instrument", "questionnaire", "survey.instrument", TEXT, true),
            CsvColumn.of("instrumentVersion", "version", "survey.instrumentVersion", VERSION, true),
            CsvColumn.code("timePoint", "moment", "survey.timePoint", TimePoint.class, true),
            CsvColumn.of("date", "date", "survey.date", DATE, true),
            CsvColumn.of("item", "question", "item", TEXT, true),
            CsvColumn.code("type", "type de réponse", "type", AnswerType.class, true),
            CsvColumn.of("value", "réponse", "value", NUMBER, true),
            CsvColumn.of("scale", "échelle", "scale", NUMBER, false)));

    /** The prefix of the {@code answers.csv} columns that belong to the survey response, not the answer. */
    public static final String SURVEY_PREFIX = "survey.";

    private final String fileName;
    private final List<CsvColumn> columns;

    CsvTable(String fileName, List<CsvColumn> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    /**
     * Returns the file's name in the dataset's folder.
     *
     * @return the name, such as {@code participants.csv}
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Returns the columns in the order they are written.
     *
     * @return the columns, never empty
     */
    public List<CsvColumn> columns() {
        return columns;
    }

    /**
     * Tells whether the file may be left out of a dataset's folder (it then has no rows).
     *
     * @return false for {@code dataset.csv}, {@code organisations.csv} and {@code participants.csv}
     */
    public boolean optional() {
        return this != DATASET && this != ORGANISATIONS && this != PARTICIPANTS;
    }
}
