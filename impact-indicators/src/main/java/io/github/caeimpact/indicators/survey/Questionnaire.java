package io.github.caeimpact.indicators.survey;

import io.github.caeimpact.indicators.LocalizedText;
import io.github.caeimpact.indicators.SurveyInstrument;
import io.github.caeimpact.indicators.SurveyItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A printable questionnaire generated from a survey instrument, in Markdown or HTML, French or
 * English, so that every programme asks the same questions with the same answer choices.
 *
 * <p>Each item is numbered and shows its question, then its answer choices: the points of a Likert
 * scale with their words, yes and no, or a blank with the unit and bounds of a number. The item id
 * is printed beside each question so that answers can be keyed in as the instrument expects. The
 * output is deterministic; the class is immutable and thread-safe.
 */
public final class Questionnaire {

    private final SurveyInstrument instrument;
    private final Language language;

    private Questionnaire(SurveyInstrument instrument, Language language) {
        this.instrument = instrument;
        this.language = language;
    }

    /**
     * Returns the questionnaire of an instrument in a language.
     *
     * @param instrument the instrument, not null
     * @param language the language, not null
     * @return the questionnaire
     */
    public static Questionnaire of(SurveyInstrument instrument, Language language) {
        return new Questionnaire(Objects.requireNonNull(instrument, "instrument"), Objects.requireNonNull(language, "language"));
    }

    /**
     * Returns the questionnaire as Markdown.
     *
     * @return the text, ending with a line break
     */
    public String markdown() {
        StringBuilder text = new StringBuilder("# ").append(text(instrument.label())).append("\n\n")
                .append(subtitle()).append("\n");
        for (int i = 0; i < instrument.items().size(); i++) {
            SurveyItem item = instrument.items().get(i);
            text.append("\n").append(i + 1).append(". **").append(text(item.question())).append("** `")
                    .append(item.id()).append("`\n");
            for (String choice : choices(item)) {
                text.append("   - ").append(choice).append("\n");
            }
        }
        return text.toString();
    }

    /**
     * Returns the questionnaire as a standalone HTML page.
     *
     * @return the page, ending with a line break
     */
    public String html() {
        String lang = language == Language.FR ? "fr" : "en";
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(text(instrument.label()))).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:40em;margin:2em auto}li{margin-bottom:1em}"
                        + "ul{list-style:none}code{color:#666}</style>\n</head>\n<body>\n<h1>")
                .append(escape(text(instrument.label()))).append("</h1>\n<p>").append(escape(subtitle()))
                .append("</p>\n<ol>\n");
        for (SurveyItem item : instrument.items()) {
            page.append("<li><strong>").append(escape(text(item.question()))).append("</strong> <code>")
                    .append(escape(item.id())).append("</code>\n<ul>\n");
            for (String choice : choices(item)) {
                page.append("<li>").append(escape(choice)).append("</li>\n");
            }
            page.append("</ul></li>\n");
        }
        return page.append("</ol>\n</body>\n</html>\n").toString();
    }

    private String subtitle() {
        boolean fr = language == Language.FR;
        return instrument.id() + " " + instrument.version() + " — " + (fr ? "à remplir : " : "administered: ")
                + timePoint();
    }

    private String timePoint() {
        boolean fr = language == Language.FR;
        return switch (instrument.timePoint()) {
            case "ENTRY" -> fr ? "à l'entrée" : "at entry";
            case "EXIT" -> fr ? "à la sortie (dans les 4 semaines)" : "at exit (within 4 weeks)";
            case "FOLLOW_UP" -> fr ? "6 mois après la sortie" : "6 months after exit";
            default -> fr ? "chaque année" : "every year";
        };
    }

    private List<String> choices(SurveyItem item) {
        boolean fr = language == Language.FR;
        List<String> choices = new ArrayList<>();
        switch (item.type()) {
            case YES_NO -> {
                choices.add("☐ " + (fr ? "Oui" : "Yes") + " (1)");
                choices.add("☐ " + (fr ? "Non" : "No") + " (0)");
            }
            case LIKERT -> {
                for (int point = 1; point <= item.scale(); point++) {
                    String words = item.scaleLabels().size() >= point ? " " + text(item.scaleLabels().get(point - 1)) : "";
                    choices.add("☐ " + point + words);
                }
            }
            case NUMBER -> choices.add("________ " + item.unit() + bounds(item.min(), item.max(), fr));
        }
        return choices;
    }

    private static String bounds(BigDecimal min, BigDecimal max, boolean fr) {
        if (min == null && max == null) {
            return "";
        }
        if (max == null) {
            return " (" + (fr ? "au moins " : "at least ") + min.toPlainString() + ")";
        }
        if (min == null) {
            return " (" + (fr ? "au plus " : "at most ") + max.toPlainString() + ")";
        }
        return " (" + (fr ? "de " : "from ") + min.toPlainString() + (fr ? " à " : " to ") + max.toPlainString() + ")";
    }

    private String text(LocalizedText text) {
        return language == Language.FR ? text.fr() : text.en();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
