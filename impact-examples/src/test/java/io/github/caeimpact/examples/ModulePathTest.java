package io.github.caeimpact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's usage example as a named module of its own, compiled and run on the module path
 * with the three library modules and their run-time dependencies only: the exports, the opened
 * packages, the calculators provided as services and the shipped resources work there as on the
 * class path.
 */
class ModulePathTest {

    /** What the library modules need at run time, by the start of each jar's file name. */
    private static final List<String> RUNTIME = List.of("jackson-", "jakarta.", "hibernate-validator-", "jboss-logging-",
            "classmate-", "expressly-", "commons-statistics-", "commons-numbers-", "commons-rng-", "fastexcel-", "opczip-", "aalto-xml-",
            "stax2-api-", "commons-compress-", "commons-io-", "commons-lang3-", "commons-codec-");

    @Test
    void readmeUsageExampleRunsOnTheModulePath(@TempDir Path work) throws IOException, InterruptedException {
        String example = usageExample(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
        Path sources = work.resolve("src");
        Files.createDirectories(sources.resolve("usage"));
        Files.writeString(sources.resolve("module-info.java"), "module usage {\n    requires io.github.caeimpact.sroi;\n}\n");
        Files.writeString(sources.resolve("usage").resolve("Main.java"), """
                package usage;

                import io.github.caeimpact.indicators.Catalogue;
                import io.github.caeimpact.indicators.IndicatorEngine;
                import io.github.caeimpact.indicators.IndicatorReport;
                import io.github.caeimpact.indicators.IndicatorResult;
                import io.github.caeimpact.model.Dataset;
                import io.github.caeimpact.model.json.ImpactJson;
                import io.github.caeimpact.sroi.ImpactMaps;
                import io.github.caeimpact.sroi.engine.SroiEngine;
                import io.github.caeimpact.sroi.map.ImpactMap;
                import io.github.caeimpact.sroi.map.QuantityBindings;
                import io.github.caeimpact.sroi.result.SroiResult;
                import java.io.InputStream;
                import java.nio.file.Files;
                import java.nio.file.Path;

                public class Main {
                    public static void main(String[] args) throws Exception {
                        try (InputStream datasetFile = Files.newInputStream(Path.of(args[0]));
                                InputStream mapFile = Files.newInputStream(Path.of(args[1]))) {
                """ + example + """
                        }
                    }
                }
                """);
        String modulePath = modulePath();
        Path classes = work.resolve("classes");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int compiled = compiler.run(null, null, null, "-d", classes.toString(), "--module-path", modulePath,
                sources.resolve("module-info.java").toString(), sources.resolve("usage").resolve("Main.java").toString());
        assertThat(compiled).as("javac exit code").isZero();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = work.resolve("output.txt");
        // Hibernate Validator reads the expression language through a module it requires only statically: the README says to add it.
        Process process = new ProcessBuilder(java.toString(), "--module-path", modulePath + File.pathSeparator + classes,
                "--add-modules", "jakarta.el,org.glassfish.expressly", "-m", "usage/usage.Main", Path.of("data", "sample-cae.json").toString(), Path.of("data", "sample-sroi-map.json").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("leavers in work, 95 % CI").contains("SROI ").contains("\"sroiRatio\"");
    }

    /** The Java block of the README's "Usage" section. */
    private static String usageExample(String readme) {
        String usage = readme.substring(readme.indexOf("## Usage"));
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(usage);
        assertThat(block.find()).as("a java block in the README's Usage section").isTrue();
        return block.group(1);
    }

    /** The library modules (classes or jars of this build) and their run-time dependencies, from the test class path. */
    private static String modulePath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> kept = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            String normalised = entry.replace(File.separatorChar, '/');
            String name = Path.of(entry).getFileName().toString();
            boolean library = normalised.matches(".*/impact-(model|indicators|sroi)/target/(classes|impact-[a-z]+-[^/]*(?<!-tests)\\.jar)");
            boolean runtime = name.endsWith(".jar") && RUNTIME.stream().anyMatch(name::startsWith);
            if (library || runtime) {
                kept.add(entry);
            }
        }
        assertThat(kept).as("library modules on the class path").anySatisfy(e -> assertThat(e).contains("impact-sroi"));
        return String.join(File.pathSeparator, kept);
    }
}
