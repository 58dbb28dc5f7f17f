package io.github.caeimpact.sroi.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProxyLibraryTest {

    private static ProxyLibrary read(String json) {
        return ProxyLibrary.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String USER = """
            {"name": "user", "version": "1", "proxies": [
              {"id": "RSA_MONTHLY_SINGLE", "label": "local RSA", "unit": "EUR per month", "indexed": true,
               "values": [{"value": 700, "baseYear": 2025, "source": "a user's study"}]},
              {"id": "VOLUNTEER_HOUR", "label": "an hour of volunteering", "unit": "EUR per hour", "indexed": true,
               "values": [{"value": 12, "baseYear": 2024, "source": "the SMIC hourly rate, rounded"}]}
            ]}
            """;

    @Test
    void standardLibraryHoldsTheDatedFrenchProxies() {
        ProxyLibrary library = ProxyLibrary.standard();
        assertThat(library.entries()).extracting(ProxyEntry::id).contains("RSA_MONTHLY_SINGLE", "ARE_DAILY_MINIMUM",
                "ARE_FIXED_PART_DAILY", "ARE_RATE_WITH_FIXED_PART", "ARE_RATE_ALONE", "SMIC_MONTHLY_GROSS",
                "EMPLOYER_CONTRIBUTION_RATE", "EMPLOYEE_CONTRIBUTION_RATE", "LONG_TERM_UNEMPLOYMENT_PUBLIC_COST_YEAR");
        assertThat(library.entries()).allSatisfy(entry -> assertThat(entry.values()).allSatisfy(value -> {
            assertThat(value.source()).isNotBlank();
            assertThat(value.baseYear()).isNotNull();
        }));
        BigDecimal employer = library.resolve("EMPLOYER_CONTRIBUTION_RATE", 2025).orElseThrow().value();
        assertThat(employer).isBetween(new BigDecimal("0.25"), new BigDecimal("0.42"));
        assertThat(library.entry("EMPLOYER_CONTRIBUTION_RATE").orElseThrow().values().get(0).note())
                .contains("simplification");
    }

    @Test
    void referenceResolvesToTheLatestValueNotAfterTheAnalysisYear() {
        ProxyLibrary library = ProxyLibrary.standard();
        assertThat(library.resolve("RSA_MONTHLY_SINGLE", 2024).orElseThrow().value()).isEqualByComparingTo("635.71");
        assertThat(library.resolve("RSA_MONTHLY_SINGLE", 2025).orElseThrow().value()).isEqualByComparingTo("646.52");
        assertThat(library.resolve("RSA_MONTHLY_SINGLE", 2030).orElseThrow().value()).isEqualByComparingTo("646.52");
        assertThat(library.resolve("SMIC_MONTHLY_GROSS", 2025).orElseThrow().value()).isEqualByComparingTo("1801.80");
        assertThat(library.resolve("SMIC_MONTHLY_GROSS", 2026).orElseThrow().value()).isEqualByComparingTo("1823.03");
        FinancialProxy rsa = library.resolve("RSA_MONTHLY_SINGLE", 2025).orElseThrow();
        assertThat(rsa.source()).contains("RSA_MONTHLY_SINGLE").contains("2025-04-01");
        assertThat(rsa.baseYear()).isEqualTo(2025);
    }

    @Test
    void referenceBeforeEveryValueResolvesToTheEarliestForValidationToReport() {
        assertThat(ProxyLibrary.standard().resolve("ARE_DAILY_MINIMUM", 2020).orElseThrow().baseYear()).isEqualTo(2025);
    }

    @Test
    void unknownIdResolvesToNothing() {
        assertThat(ProxyLibrary.standard().resolve("NOPE", 2025)).isEmpty();
    }

    @Test
    void sharedIdIsRejectedByDefaultRule() {
        assertThatThrownBy(() -> ProxyLibrary.standard().combinedWith(read(USER), ProxyLibrary.Conflicts.REJECT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.report().errors())
                        .singleElement().satisfies(p -> {
                            assertThat(p.code()).isEqualTo("PROXY_ID_CONFLICT");
                            assertThat(p.path()).contains("RSA_MONTHLY_SINGLE");
                        }));
    }

    @Test
    void secondWinsReplacesTheSharedIdAndAddsTheOthers() {
        ProxyLibrary combined = ProxyLibrary.standard().combinedWith(read(USER), ProxyLibrary.Conflicts.SECOND_WINS);
        assertThat(combined.resolve("RSA_MONTHLY_SINGLE", 2025).orElseThrow().value()).isEqualByComparingTo("700");
        assertThat(combined.resolve("VOLUNTEER_HOUR", 2025)).isPresent();
        assertThat(combined.resolve("SMIC_MONTHLY_GROSS", 2025)).isPresent();
    }

    @Test
    void userLibraryWithoutSourceOrBaseYearIsRejectedWithPaths() {
        String broken = """
                {"proxies": [{"id": "X", "unit": "EUR", "values": [{"value": 1}]},
                             {"id": "X", "unit": "EUR", "values": [{"value": 1, "baseYear": 2020, "source": "s"}]}]}
                """;
        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.report().errors()).extracting(Problem::path, Problem::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("$.proxies[0].values[0].baseYear", "FIELD_REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple("$.proxies[0].values[0].source", "FIELD_REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple("$.proxies[1].id", "DUPLICATE_PROXY_ID")));
    }

    @Test
    void blankTextsNoValuesAndADateOutsideTheRangeAreRefusedWithTheirCodes() {
        String broken = """
                {"proxies": [{"id": " ", "unit": "EUR", "values": []},
                             {"id": "Y", "unit": "EUR", "values": [{"value": 1, "baseYear": 2020, "source": "s",
                                                                    "validFrom": "1850-01-01"}]}]}
                """;
        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.report().errors()).extracting(p -> p.path() + " " + p.code()).containsExactly(
                        "$.proxies[0].id FIELD_BLANK", "$.proxies[0].values FIELD_EMPTY",
                        "$.proxies[1].values[0].validFrom DATE_OUT_OF_RANGE"));
    }

    @Test
    void malformedLibraryFailsWithItsPath() {
        assertThatThrownBy(() -> read("{\"proxies\": [{\"id\": \"X\", \"colour\": 1}]}"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.report().errors().get(0).path()).startsWith("$.proxies[0]"));
    }

    @Test
    void nullDocumentIsAProblemAtTheRoot() {
        assertThatThrownBy(() -> read("null")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.report().errors().get(0).path()).isEqualTo("$"));
    }

    @Test
    void nullProxyIsAProblemAtItsPath() {
        assertThatThrownBy(() -> read("{\"name\": \"n\", \"proxies\": [null]}"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.report().errors()).extracting(p -> p.path()).containsExactly("$.proxies[0]"));
    }

    @Test
    void proxyValueBeyondTheMapBoundsOrNegativeIsRefusedWithItsPath() {
        // A map that refers to the library takes its values as they are, so the library bounds them.
        for (String value : new String[] {"1e20", "-3", "1e-99"}) {
            assertThatThrownBy(() -> read("{\"name\": \"n\", \"version\": \"1\", \"proxies\": [{\"id\": \"X\", "
                    + "\"label\": \"x\", \"unit\": \"EUR\", \"indexed\": false, \"values\": [{\"value\": " + value
                    + ", \"baseYear\": 2025, \"source\": \"s\"}]}]}"))
                    .as(value).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.report().errors())
                            .extracting(Problem::path).containsExactly("$.proxies[0].values[0].value"));
        }
    }
}
