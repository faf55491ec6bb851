package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.ChildProcess;
import org.leverage.Slow;
import org.leverage.TestPaths;

/**
 * Where compiled rules are kept (SECURITY.md, "The compiled-rules cache is code too"): the command line's cache is
 * {@code -Dleverage.cache.dir}, else {@code $LEVERAGE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/leverage}, else
 * {@code ~/.cache/leverage}; an embedding application that does not ask for one writes none anywhere. Each case
 * is a process of its own, with only the variables it names.
 */
@Slow // a JVM per case, each compiling the framework
class CacheFolderTest {

    @TempDir
    Path folder;

    private Path property;
    private Path variable;
    private Path xdg;
    private Path home;

    private void folders() throws IOException {
        property = Files.createDirectories(folder.resolve("property"));
        variable = Files.createDirectories(folder.resolve("variable"));
        xdg = Files.createDirectories(folder.resolve("xdg"));
        home = Files.createDirectories(folder.resolve("home"));
    }

    private ChildProcess.Finished run(String mainClass, List<String> properties, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Duser.home=" + home, "-Dlogback.configurationFile=org/leverage/cli/logback-cli.xml"));
        command.addAll(properties);
        command.addAll(List.of("-cp", ChildProcess.testClassPath(), mainClass));
        if (mainClass.endsWith("LeverageCli")) {
            // A folder of an analyst's, compiled at run time and so cached: the built-in framework alone comes
            // precompiled in the jar and needs no cache.
            command.addAll(List.of("assess", "--rules", TestPaths.testResource("rule-folders/extra-warning").toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().keySet().removeAll(List.of("LEVERAGE_CACHE_DIR", "XDG_CACHE_HOME",
                "LEVERAGE_JAVA_OPTS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(environment);
        ChildProcess.Finished finished = ChildProcess.run(builder, String.join(" ", command));
        assertThat(finished.code()).as(finished.err()).isZero();
        return finished;
    }

    /** The files under a folder, as paths relative to it. */
    private static List<String> filesIn(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }

    private ChildProcess.Finished cli(List<String> properties, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(properties);
        all.add("-Dleverage.home=" + TestPaths.project());
        return run("org.leverage.cli.LeverageCli", all, environment);
    }

    @Test
    void theCommandLinesCacheIsThePropertyThenTheVariableThenXdgThenHome() throws Exception {
        folders();
        Map<String, String> both = Map.of("LEVERAGE_CACHE_DIR", variable.toString(), "XDG_CACHE_HOME", xdg.toString());

        cli(List.of("-Dleverage.cache.dir=" + property), both);
        assertThat(filesIn(property)).isNotEmpty();
        assertThat(filesIn(variable)).isEmpty();

        cli(List.of(), both);
        assertThat(filesIn(variable)).isNotEmpty();
        assertThat(filesIn(xdg)).isEmpty();

        cli(List.of(), Map.of("XDG_CACHE_HOME", xdg.toString()));
        assertThat(filesIn(xdg)).isNotEmpty().allMatch(f -> f.startsWith("leverage/"));
        assertThat(filesIn(home)).isEmpty();

        cli(List.of(), Map.of());
        assertThat(filesIn(home)).isNotEmpty().allMatch(f -> f.startsWith(".cache/leverage/"));
    }

    @Test
    void anEmbeddingApplicationThatAsksForNoCacheWritesNone() throws Exception {
        folders();

        ChildProcess.Finished host = run("com.example.embedding.AssessOnce", List.of(),
                Map.of("LEVERAGE_CACHE_DIR", variable.toString(), "XDG_CACHE_HOME", xdg.toString()));

        assertThat(host.outText()).endsWith(" recommendations\n");
        for (Path place : List.of(variable, xdg, home)) {
            assertThat(filesIn(place)).as(place.toString()).isEmpty();
        }
    }
}
