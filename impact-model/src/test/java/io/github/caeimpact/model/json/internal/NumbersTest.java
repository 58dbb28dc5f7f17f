package io.github.caeimpact.model.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void eachLongDecimalIsLocatedAtItsOwnPathAmongItsSiblings() throws IOException {
        String json = "{\"a\": [1.5, 1e400, 2.5], \"b\": {\"c\": 1e-400, \"d\": 3.25}, \"e\": [[0.5, 1e300]]}";
        List<Problem> problems = new ArrayList<>();
        Numbers.check(StrictJson.mapper().readTree(json), "$.participants[7]", 100, problems);
        assertThat(problems).extracting(Problem::path)
                .containsExactly("$.participants[7].a[1]", "$.participants[7].b.c", "$.participants[7].e[0][1]");
        assertThat(problems).extracting(Problem::code).containsOnly(RuleCodes.JSON_LIMIT_EXCEEDED);
    }

    @Test
    void decimalsWithinTheLengthPassUnremarked() throws IOException {
        List<Problem> problems = new ArrayList<>();
        Numbers.check(StrictJson.mapper().readTree("{\"a\": [1.5, 123456.789], \"b\": 0.001}"), "$", 10, problems);
        assertThat(problems).isEmpty();
    }
}
