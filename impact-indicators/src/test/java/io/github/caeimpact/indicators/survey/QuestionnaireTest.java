package io.github.caeimpact.indicators.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.ItemType;
import io.github.caeimpact.indicators.LocalizedText;
import io.github.caeimpact.indicators.SurveyInstrument;
import io.github.caeimpact.indicators.SurveyItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {

    private static SurveyInstrument instrument(String id) {
        return Catalogue.shipped().instrument(id).orElseThrow();
    }

    @Test
    void markdownInFrenchAsksEveryItemWithItsChoices() {
        SurveyInstrument annual = instrument("CAE-IMPACT-ANNUAL");
        String markdown = Questionnaire.of(annual, Language.FR).markdown();
        assertThat(markdown).startsWith("# Enquête annuelle CAE-IMPACT\n").contains("CAE-IMPACT-ANNUAL 1.0.0 — à remplir : chaque année");
        annual.items().forEach(item -> assertThat(markdown).contains("**" + item.question().fr() + "** `" + item.id() + "`"));
        assertThat(markdown).contains("   - ☐ 1 jamais\n").contains("   - ☐ 5 toujours\n").contains("   - ☐ Oui (1)\n")
                .contains("________ points (de 7 à 35)").contains("________ EUR per month (au moins 0)");
    }

    @Test
    void htmlInEnglishIsAnEscapedStandalonePage() {
        String html = Questionnaire.of(instrument("CAE-IMPACT-FOLLOW-UP"), Language.EN).html();
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n")
                .contains("<title>CAE-IMPACT 6-month follow-up questionnaire</title>")
                .contains("administered: 6 months after exit")
                .contains("<li>☐ No (0)</li>").doesNotContain("<li>☐ Non");
        SurveyInstrument odd = new SurveyInstrument("ODD", "1.0.0", "ENTRY", LocalizedText.of("a<b", "a<b"),
                List.of(SurveyItem.of("q", ItemType.YES_NO, null, null, LocalizedText.of("x & <y>", "x & \"<y>\""), "1 = yes")));
        assertThat(Questionnaire.of(odd, Language.EN).html()).contains("<title>a&lt;b</title>")
                .contains("<strong>x &amp; &quot;&lt;y&gt;&quot;</strong>").doesNotContain("<y>");
    }

    @Test
    void sameInstrumentGivesTheSameText() {
        SurveyInstrument entry = instrument("CAE-IMPACT-ENTRY");
        assertThat(Questionnaire.of(entry, Language.EN).markdown()).isEqualTo(Questionnaire.of(entry, Language.EN).markdown());
    }
}
