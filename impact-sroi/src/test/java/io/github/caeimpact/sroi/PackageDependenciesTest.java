package io.github.caeimpact.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the module depend on one another without a circle (what {@code jdeps
 * -verbose:package} shows on the jar), read from the sources: the package of each file and the
 * module's packages its code names (imports and qualified names, comments left out).
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(io\\.github\\.caeimpact\\.sroi(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> edges = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            Matcher pkg = PACKAGE.matcher(text);
            if (!pkg.find()) {
                continue;
            }
            String from = pkg.group(1);
            Set<String> targets = edges.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher reference = REFERENCE.matcher(COMMENT.matcher(text).replaceAll(""));
            while (reference.find()) {
                if (!reference.group(1).equals(from)) {
                    targets.add(reference.group(1));
                }
            }
        }
        return edges;
    }

    @Test
    void packagesFormNoCircle() throws IOException {
        Map<String, Set<String>> edges = graph();
        assertThat(edges).containsKeys("io.github.caeimpact.sroi", "io.github.caeimpact.sroi.map",
                "io.github.caeimpact.sroi.engine", "io.github.caeimpact.sroi.result", "io.github.caeimpact.sroi.proxy");
        List<String> circles = new ArrayList<>();
        for (String start : edges.keySet()) {
            findCircle(edges, start, new ArrayList<>(List.of(start)), circles);
        }
        assertThat(circles).as("package graph %s", edges).isEmpty();
    }

    @Test
    void theMapDependsOnNeitherTheEngineNorTheResultNorTheJsonWiring() throws IOException {
        assertThat(graph().get("io.github.caeimpact.sroi.map")).doesNotContain("io.github.caeimpact.sroi.engine",
                "io.github.caeimpact.sroi.result", "io.github.caeimpact.sroi.internal.json", "io.github.caeimpact.sroi");
    }

    private static void findCircle(Map<String, Set<String>> edges, String at, List<String> path, List<String> circles) {
        for (String next : edges.getOrDefault(at, Set.of())) {
            if (next.equals(path.get(0))) {
                circles.add(String.join(" -> ", path) + " -> " + next);
            } else if (!path.contains(next) && next.compareTo(path.get(0)) > 0) {
                path.add(next);
                findCircle(edges, next, path, circles);
                path.remove(path.size() - 1);
            }
        }
    }
}
