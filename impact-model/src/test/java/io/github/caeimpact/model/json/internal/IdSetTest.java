package io.github.caeimpact.model.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdSetTest {

    @Test
    void addsAndFindsIdsAsAHashSetDoesWhileItGrows() {
        SplittableRandom random = new SplittableRandom(77L);
        IdSet ids = new IdSet();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 300_000; i++) {
            // Short ids from a small alphabet repeat often; long ones make the character array grow.
            int length = random.nextInt(10) == 0 ? 1 + random.nextInt(300) : 1 + random.nextInt(4);
            StringBuilder id = new StringBuilder();
            for (int c = 0; c < length; c++) {
                id.append("ab-é1".charAt(random.nextInt(5)));
            }
            assertThat(ids.add(id.toString())).as("id %s at step %d", id, i).isEqualTo(expected.add(id.toString()));
        }
        assertThat(ids.size()).isEqualTo(expected.size());
    }

    @Test
    void idsWithTheSameHashAreTold() {
        IdSet ids = new IdSet();
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(ids.add("Aa")).isTrue();
        assertThat(ids.add("BB")).isTrue();
        assertThat(ids.add("Aa")).isFalse();
        assertThat(ids.add("BB")).isFalse();
        assertThat(ids.add("")).isTrue();
        assertThat(ids.add("")).isFalse();
        assertThat(ids.size()).isEqualTo(3);
    }
}
