package io.github.caeimpact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.CatalogueRuleCodes;
import io.github.caeimpact.indicators.survey.SurveyRuleCodes;
import io.github.caeimpact.model.csv.CsvRuleCodes;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.sroi.rules.MapRuleCodes;
import io.github.caeimpact.sroi.xlsx.MapWorkbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One vocabulary of rule codes: every code a reader or a rule gives is a constant of one of the
 * code classes, listed once in RULE-CODES.md (generated from the constants and their javadoc;
 * regenerate with {@code -Drulecodes.update=true}), and asserted by at least one test.
 */
class RuleCodesTest {

    private static final Path ROOT = Path.of("..");
    private static final Path TABLE = ROOT.resolve("RULE-CODES.md");

    /** The classes holding codes, with the module and what they check. */
    private record Source(Class<?> type, String module, String checks) {
        Path file() {
            return ROOT.resolve(module).resolve("src/main/java").resolve(type.getName().replace('.', '/') + ".java");
        }
    }

    private static final List<Source> SOURCES = List.of(
            new Source(RuleCodes.class, "impact-model", "every reader: JSON, fields and the dataset's rules"),
            new Source(CsvRuleCodes.class, "impact-model", "dataset CSV files"),
            new Source(SurveyRuleCodes.class, "impact-indicators", "survey answers against their instruments, and catalogue references to them"),
            new Source(CatalogueRuleCodes.class, "impact-indicators", "indicator catalogues"),
            new Source(MapRuleCodes.class, "impact-sroi", "impact maps, proxy libraries and price indexes"),
            new Source(MapWorkbook.class, "impact-sroi", "impact maps as .xlsx workbooks"));

    /** A code given in place, as a string: the second or a later argument of a problem being made. */
    private static final Pattern LITERAL_CODE = Pattern.compile(
            "(?:Problem\\.error|Problem\\.warning|\\berror|\\bwarning|new Problem)\\((?:[^;\"]|\"(?:[^\"\\\\]|\\\\.)*\")*?,\\s*(?:[^,;\"]*\\+\\s*)?(\"_?[A-Z][A-Z0-9_]{2,}\")");
    private static final Pattern JAVADOC_CONSTANT = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public static final String (\\w+) = \"", Pattern.DOTALL);

    /** Every code, in table order, with its source and meaning. */
    private static Map<String, String[]> codes() {
        Map<String, String[]> codes = new LinkedHashMap<>();
        for (Source source : SOURCES) {
            Map<String, String> meanings = meanings(source.file());
            for (Field field : source.type().getFields()) {
                if (field.getType() != String.class || !Modifier.isStatic(field.getModifiers()) || !Modifier.isFinal(field.getModifiers())) {
                    continue;
                }
                String value = value(field);
                if (!value.equals(field.getName())) {
                    continue; // not a code (a resource name, a currency)
                }
                String[] previous = codes.put(value, new String[] {source.type().getSimpleName(), source.checks(), meanings.get(value)});
                assertThat(previous).as("code %s is defined in %s and %s", value, previous == null ? "" : previous[0],
                        source.type().getSimpleName()).isNull();
            }
        }
        return codes;
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(field + " is public", e);
        }
    }

    /** The javadoc of each constant, as Markdown. */
    private static Map<String, String> meanings(Path file) {
        Map<String, String> meanings = new TreeMap<>();
        Matcher matcher = JAVADOC_CONSTANT.matcher(read(file));
        while (matcher.find()) {
            String text = matcher.group(1).replaceAll("(?m)^\\s*\\*\\s?", " ").replaceAll("\\s+", " ").trim();
            text = text.replaceAll("\\{@link [\\w.]*#(\\w+)}", "`$1`").replaceAll("\\{@link (?:[\\w]+\\.)*(\\w+)}", "`$1`")
                    .replaceAll("\\{@code ([^}]*)}", "`$1`").replaceAll("<em>([^<]*)</em>", "*$1*").replace("|", "\\|");
            meanings.put(matcher.group(2), text);
        }
        return meanings;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(String kind) {
        List<Path> files = new ArrayList<>();
        for (String module : List.of("impact-model", "impact-indicators", "impact-sroi", "impact-examples", "impact-benchmarks")) {
            Path root = ROOT.resolve(module).resolve("src").resolve(kind).resolve("java");
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }

    @Test
    void theTableListsEveryCodeOnceWithItsMeaning() {
        StringBuilder table = new StringBuilder("""
                # Rule codes

                Every problem a reader or a rule of cae-impact reports carries one of these codes (`Problem.code()`, the
                `[CODE]` of the command line's messages) beside its JSON path, CSV line and column, or workbook cell. The
                same problem has the same code in datasets, catalogues and maps. Codes never change meaning; software
                may match on them. Generated from the code constants by `RuleCodesTest` (`-Drulecodes.update=true`).

                | Code | Constant | Where | Meaning |
                |---|---|---|---|
                """);
        for (Map.Entry<String, String[]> code : codes().entrySet()) {
            String[] about = code.getValue();
            assertThat(about[2]).as("javadoc of %s.%s", about[0], code.getKey()).isNotBlank();
            table.append("| `").append(code.getKey()).append("` | ").append(about[0]).append(" | ").append(about[1])
                    .append(" | ").append(about[2]).append(" |\n");
        }
        if (Boolean.getBoolean("rulecodes.update")) {
            try {
                Files.writeString(TABLE, table.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(read(TABLE)).as("%s is out of date; regenerate it with -Drulecodes.update=true", TABLE).isEqualTo(table.toString());
    }

    @Test
    void noCodeIsWrittenInPlaceInTheLibrary() {
        List<String> literals = new ArrayList<>();
        for (Path file : javaFiles("main")) {
            Matcher matcher = LITERAL_CODE.matcher(read(file));
            while (matcher.find()) {
                literals.add(ROOT.relativize(file) + ": " + matcher.group(1));
            }
        }
        assertThat(literals).as("codes written as strings instead of a code constant").isEmpty();
    }

    @Test
    void theInPlaceCheckFindsACodeWrittenAsAString() {
        // The check above is only as good as its pattern: it must see the shapes the library used to write.
        assertThat(LITERAL_CODE.matcher("problems.add(Problem.error(path + \".id\", \"DUPLICATE_ID\", \"id repeats\"));").find()).isTrue();
        assertThat(LITERAL_CODE.matcher("error(\"$.currency\", \"CURRENCY\", \"currency must be\");").find()).isTrue();
        assertThat(LITERAL_CODE.matcher("Problem.error(at, parameter.kind().name() + \"_OUT_OF_RANGE\", name);").find()).isTrue();
        assertThat(LITERAL_CODE.matcher("Problem.error(at, RuleCodes.FIELD_OUT_OF_RANGE, \"must be \" + range);").find()).isFalse();
    }

    @Test
    void everyCodeIsAssertedByATest() {
        StringBuilder tests = new StringBuilder();
        Path self = Path.of("src/test/java", RuleCodesTest.class.getName().replace('.', '/') + ".java").toAbsolutePath().normalize();
        for (Path file : javaFiles("test")) {
            if (!file.toAbsolutePath().normalize().equals(self)) {
                tests.append(read(file)).append('\n');
            }
        }
        String all = tests.toString();
        List<String> untested = codes().keySet().stream()
                // Named in code, as a string or a constant: a mention in a comment does not count.
                .filter(code -> !all.contains("\"" + code + "\"") && !Pattern.compile("\\." + code + "\\b").matcher(all).find())
                .toList();
        assertThat(untested).as("codes no test names").isEmpty();
    }
}
