package io.github.caeimpact.sroi.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.model.validation.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceIndexTest {

    @Test
    void standardIndexIsBase2015WithASourceAndACheckNote() {
        PriceIndex index = PriceIndex.standard();
        assertThat(index.value(2015)).contains(new BigDecimal("100.00"));
        assertThat(index.source()).contains("INSEE");
        assertThat(index.note()).contains("001763852");
    }

    @Test
    void factorIsTheRatioOfTheTwoYears() {
        // CPI(2017) / CPI(2016) = 101.23 / 100.19 = 1.010380277...
        BigDecimal factor = PriceIndex.standard().factor(2016, 2017, MathContext.DECIMAL128).orElseThrow();
        assertThat(factor.doubleValue()).isCloseTo(101.23 / 100.19, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(PriceIndex.standard().factor(2030, 2030, MathContext.DECIMAL128)).contains(BigDecimal.ONE);
    }

    @Test
    void revaluingPastTheLastYearIsImpossibleNotGuessed() {
        PriceIndex index = PriceIndex.standard();
        int last = index.coverage()[1];
        assertThat(index.factor(2015, last + 1, MathContext.DECIMAL128)).isEmpty();
    }

    @Test
    void userIndexIsReadFromJson() {
        String json = "{\"name\": \"n\", \"source\": \"s\", \"note\": null, \"values\": {\"2020\": 100, \"2021\": 102}}";
        PriceIndex index = PriceIndex.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(index.factor(2020, 2021, MathContext.DECIMAL128)).contains(new BigDecimal("1.02"));
    }

    @Test
    void nonPositiveValueIsRejectedWithItsPath() {
        assertThatThrownBy(() -> PriceIndex.of("n", "s", null, Map.of(2020, BigDecimal.ZERO)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.report().errors().get(0).path()).isEqualTo("$.values.2020"));
    }

    private static PriceIndex read(String json) {
        return PriceIndex.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void noteIsOptional() {
        PriceIndex index = read("{\"name\": \"n\", \"source\": \"s\", \"values\": {\"2020\": 100}}");
        assertThat(index.note()).isNull();
        assertThat(index.value(2020)).contains(new BigDecimal("100"));
    }

    @Test
    void aYearOutsideTheMapsRangeABlankNameAndNoValuesAreRefusedWithTheirCodes() {
        assertThatThrownBy(() -> read("{\"name\": \" \", \"source\": \"s\", \"values\": {\"15\": 100, \"2020\": 100}}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.report().errors())
                        .extracting(p -> p.path() + " " + p.code()).containsExactly("$.name FIELD_BLANK", "$.values.15 FIELD_OUT_OF_RANGE"));
        assertThatThrownBy(() -> read("{\"name\": \"n\", \"source\": \"s\", \"values\": {}}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.report().errors())
                        .extracting(p -> p.path() + " " + p.code()).containsExactly("$.values FIELD_EMPTY"));
    }

    @Test
    void nullDocumentIsAProblemAtTheRoot() {
        assertThatThrownBy(() -> read("null")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.report().errors().get(0).path()).isEqualTo("$"));
    }

    @Test
    void missingNameAndValuesAreReportedTogether() {
        assertThatThrownBy(() -> read("{\"source\": \"s\"}")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.report().errors()).extracting(p -> p.path()).containsExactly("$.name", "$.values"));
    }

    @Test
    void indexValueBeyondTheBoundsIsRefusedWithItsPath() {
        assertThatThrownBy(() -> PriceIndex.read(new java.io.ByteArrayInputStream(
                "{\"name\": \"n\", \"source\": \"s\", \"values\": {\"2024\": 100, \"2025\": 1e20}}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(io.github.caeimpact.model.validation.InvalidInputException.class,
                        e -> assertThat(e.report().errors()).extracting(p -> p.path()).containsExactly("$.values.2025"));
    }
}
