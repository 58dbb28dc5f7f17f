package io.github.caeimpact.model.csv.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The French labels of the model's code lists, the spellings of yes and no, and how labels and
 * headers are matched: by their letters and digits only, without case or accents, so that
 * {@code Non-binaire}, {@code non binaire} and {@code NON_BINAIRE} are one spelling.
 */
public final class Labels {

    /** French label of each code, by its English name; codes without an entry are the same in French. */
    private static final Map<String, String> FRENCH = new HashMap<>();

    static {
        french("OrganisationKind", "CAE", "CAE", "TIERS_LIEU", "tiers-lieu", "OTHER", "autre");
        french("LegalForm", "SCOP", "SCOP", "SCIC", "SCIC", "ASSOCIATION", "association", "OTHER", "autre");
        french("AreaType", "URBAN", "urbaine", "RURAL", "rurale");
        french("Relationship", "ENTREPRENEUR", "entrepreneur", "MEMBER", "membre", "RESIDENT", "résident",
                "USER", "usager");
        french("Gender", "WOMAN", "femme", "MAN", "homme", "NON_BINARY", "non-binaire", "UNDISCLOSED", "non déclaré");
        french("EducationLevel", "ISCED_0_2", "CITE 0-2", "ISCED_3_4", "CITE 3-4", "ISCED_5_8", "CITE 5-8");
        french("LabourStatus", "UNEMPLOYED", "demandeur d'emploi", "INACTIVE", "inactif", "EMPLOYED", "salarié",
                "SELF_EMPLOYED", "indépendant", "STUDENT", "étudiant");
        french("EventType", "INFORMATION", "information", "INTAKE", "accueil", "CAPE_START", "début de CAPE",
                "CAPE_RENEWAL", "renouvellement de CAPE", "CAPE_END", "fin de CAPE", "CESA_SIGNED", "signature du CESA",
                "BECAME_ASSOCIATE", "devenu associé", "EXIT", "sortie", "FOLLOW_UP", "suivi à 6 mois");
        french("ExitOutcome", "BUSINESS_CREATED", "création d'entreprise", "EMPLOYED_PERMANENT", "CDI",
                "EMPLOYED_FIXED_TERM_6_MONTHS_PLUS", "CDD de 6 mois ou plus", "EMPLOYED_SHORT_TERM",
                "emploi de moins de 6 mois", "TRAINING", "formation", "JOB_SEARCH", "recherche d'emploi",
                "INACTIVE", "inactivité", "MOVED_AWAY", "déménagement", "ABANDONED", "abandon", "UNKNOWN", "inconnue");
        french("FunderKind", "EPCI", "EPCI", "DEPARTEMENT", "département", "REGION", "région", "STATE", "État",
                "ESF", "FSE", "PRIVATE", "privé", "ENTREPRENEURS_CONTRIBUTION", "contribution des entrepreneurs");
        french("SupportRole", "BUSINESS_ADVISER", "chargé d'accompagnement", "POOLED_SERVICES", "services mutualisés",
                "VOLUNTEER", "bénévole", "OTHER", "autre");
        french("TimePoint", "ENTRY", "entrée", "EXIT", "sortie", "ANNUAL", "annuel", "FOLLOW_UP", "suivi à 6 mois");
        french("AnswerType", "LIKERT", "échelle", "YES_NO", "oui/non", "NUMBER", "nombre");
    }

    /** Accepted spellings of yes and no, normalised. */
    private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "yes", true,
            "no", false, "oui", true, "non", false, "vrai", true, "faux", false, "1", true, "0", false);

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Map<Class<?>, Map<String, Enum<?>>> SPELLINGS = new ConcurrentHashMap<>();

    private Labels() {
    }

    private static void french(String codeList, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            FRENCH.put(codeList + "." + pairs[i], pairs[i + 1]);
        }
    }

    /**
     * Reduces a header or label to its lower-case letters and digits, accents removed.
     *
     * @param text the text
     * @return the key it is matched by
     */
    public static String normalise(String text) {
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder key = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the French label of a code.
     *
     * @param code the code
     * @return its French label
     */
    public static String frenchOf(Enum<?> code) {
        return FRENCH.getOrDefault(code.getDeclaringClass().getSimpleName() + "." + code.name(), code.name());
    }

    /**
     * Returns the codes of a code list by each accepted spelling (English name and French label),
     * normalised.
     *
     * @param codes the code list
     * @return the codes by normalised spelling, in declaration order
     */
    public static Map<String, Enum<?>> spellings(Class<? extends Enum<?>> codes) {
        return SPELLINGS.computeIfAbsent(codes, Labels::spell);
    }

    private static Map<String, Enum<?>> spell(Class<?> codes) {
        Map<String, Enum<?>> byKey = new LinkedHashMap<>();
        for (Object constant : codes.getEnumConstants()) {
            Enum<?> code = (Enum<?>) constant;
            byKey.put(normalise(code.name()), code);
            byKey.put(normalise(frenchOf(code)), code);
        }
        return java.util.Collections.unmodifiableMap(byKey);
    }

    /**
     * Returns the English names of a code list, for messages.
     *
     * @param codes the code list
     * @return the names in declaration order
     */
    public static List<String> names(Class<? extends Enum<?>> codes) {
        return java.util.Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
    }

    /**
     * Reads a yes/no cell.
     *
     * @param text the cell, trimmed
     * @return the value, or null if the spelling is not accepted
     */
    public static Boolean booleanOf(String text) {
        return BOOLEANS.get(normalise(text));
    }
}
