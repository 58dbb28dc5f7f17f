package io.github.caeimpact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.map.ProxySpec;
import io.github.caeimpact.sroi.proxy.DatedValue;
import io.github.caeimpact.sroi.proxy.ProxyEntry;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every number the shipped method values with says where it comes from. */
class ShippedSourcesTest {

    @Test
    void everyProxyOfTheShippedLibraryHasASourceAndABaseYear() {
        List<String> missing = new ArrayList<>();
        for (ProxyEntry entry : ProxyLibrary.standard().entries()) {
            for (DatedValue value : entry.values()) {
                if (value.source() == null || value.source().isBlank() || value.baseYear() == null) {
                    missing.add(entry.id());
                }
            }
        }
        assertThat(missing).as("proxies without a source or base year").isEmpty();
    }

    @Test
    void everyOutcomeOfEveryShippedMapHasASourcedProxy() throws IOException {
        List<Path> maps = shippedMaps();
        assertThat(maps).as("the shipped maps").hasSizeGreaterThanOrEqualTo(4);
        List<String> missing = new ArrayList<>();
        for (Path file : maps) {
            ImpactMap map;
            try (InputStream in = Files.newInputStream(file)) {
                map = ImpactMaps.parse(in);
            }
            for (Outcome outcome : map.outcomes()) {
                if (!sourced(outcome.proxy()) || outcome.description() == null || outcome.description().isBlank()) {
                    missing.add(file.getFileName() + " " + outcome.id());
                }
            }
        }
        assertThat(missing).as("outcomes whose proxy has no source").isEmpty();
    }

    @Test
    void aProxyWithoutSourceIsCaught() {
        assertThat(sourced(ProxySpec.ref("NO_SUCH_PROXY"))).isFalse();
        assertThat(sourced(ProxySpec.ref("RSA_MONTHLY_SINGLE"))).isTrue();
    }

    /** A library proxy is sourced when every dated value names its source; an inline one when it does. */
    private static boolean sourced(ProxySpec spec) {
        if (spec instanceof ProxySpec.Inline inline) {
            return inline.proxy().source() != null && !inline.proxy().source().isBlank();
        }
        return ProxyLibrary.standard().entry(((ProxySpec.Ref) spec).ref())
                .map(e -> e.values().stream().allMatch(v -> v.source() != null && !v.source().isBlank()))
                .orElse(false);
    }

    private static List<Path> shippedMaps() throws IOException {
        List<Path> maps = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            files.filter(f -> f.getFileName().toString().contains("map")).sorted().forEach(maps::add);
        }
        maps.add(Path.of("..", "impact-sroi", "src", "main", "resources", "io", "github", "caeimpact", "sroi",
                "example-cae-map.json"));
        return maps;
    }
}
