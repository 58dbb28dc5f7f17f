package io.github.caeimpact.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.CatalogueDocument;
import io.github.caeimpact.indicators.ItemType;
import io.github.caeimpact.indicators.LocalizedText;
import io.github.caeimpact.indicators.SurveyInstrument;
import io.github.caeimpact.indicators.SurveyItem;
import io.github.caeimpact.model.validation.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueValidatorTest {

    private static final LocalizedText TEXT = LocalizedText.of("texte", "text");

    private static List<String> problems(SurveyItem item) {
        SurveyInstrument instrument = new SurveyInstrument("MY-SURVEY", "1.0.0", "ANNUAL", TEXT, List.of(item));
        CatalogueDocument document = new CatalogueDocument("MY", "1.0.0", TEXT, List.of("a reference"), List.of(instrument),
                List.of());
        return CatalogueValidator.validate(document, Map.of()).errors().stream().map(Problem::path).toList();
    }

    private static SurveyItem number(String min, String max) {
        return new SurveyItem("amount", ItemType.NUMBER, null, "EUR", TEXT, "euros", min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), List.of());
    }

    @Test
    void boundsOfANumberItemPassInOrderAndFailReversed() {
        assertThat(problems(number("0", "35"))).isEmpty();
        assertThat(problems(number("36", "35"))).containsExactly("$.instruments[0].items[0].max");
    }

    @Test
    void boundsBelongToNumberItemsOnly() {
        SurveyItem yesNo = new SurveyItem("done", ItemType.YES_NO, null, null, TEXT, "1 = yes", BigDecimal.ZERO, null, List.of());
        assertThat(problems(yesNo)).containsExactly("$.instruments[0].items[0].min");
    }

    @Test
    void pointLabelsNeedOnePerPointOfALikertScale() {
        SurveyItem likert = new SurveyItem("feel", ItemType.LIKERT, 2, null, TEXT, "1 = low, 2 = high", null, null,
                List.of(TEXT, TEXT));
        assertThat(problems(likert)).isEmpty();
        SurveyItem short1 = new SurveyItem("feel", ItemType.LIKERT, 3, null, TEXT, "1 = low", null, null, List.of(TEXT));
        assertThat(problems(short1)).containsExactly("$.instruments[0].items[0].scaleLabels");
    }
}
