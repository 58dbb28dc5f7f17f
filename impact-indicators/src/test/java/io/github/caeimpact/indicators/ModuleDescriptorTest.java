package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The calculators are declared twice, for the module path and for the class path: the two lists must agree. */
class ModuleDescriptorTest {

    @Test
    void moduleInfoProvidesTheCalculatorsListedForTheClassPath() throws IOException {
        String descriptor = Files.readString(Path.of("src", "main", "java", "module-info.java"), StandardCharsets.UTF_8);
        Matcher provides = Pattern.compile("provides\\s+io\\.github\\.caeimpact\\.indicators\\.IndicatorCalculator\\s+with\\s+([^;]+);")
                .matcher(descriptor);
        assertThat(provides.find()).as("a provides clause for IndicatorCalculator").isTrue();
        Set<String> moduleList = Arrays.stream(provides.group(1).split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
        Set<String> classPathList;
        // Read from the sources: the test resources list the extension example's calculators under the same name.
        Path services = Path.of("src", "main", "resources", "META-INF", "services", IndicatorCalculator.class.getName());
        classPathList = Files.readAllLines(services, StandardCharsets.UTF_8).stream()
                .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(name -> name.replace('$', '.')).collect(Collectors.toCollection(TreeSet::new));
        assertThat(moduleList).hasSize(47).isEqualTo(classPathList);
    }
}
