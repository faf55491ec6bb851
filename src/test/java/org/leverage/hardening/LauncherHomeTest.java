package org.leverage.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leverage.ChildProcess;
import org.leverage.Slow;
import org.leverage.TestPaths;

/**
 * No environment variable chooses the built-in rules (SECURITY.md, "Rule folders are code"): {@code bin/leverage}
 * names them with its own {@code -Dleverage.home}, and a {@code -Dleverage.home} in the environment is refused with
 * one line where the launcher can see it, and loses to the launcher's where it cannot. Run through the launcher
 * itself, from a clone made of links to this one's {@code bin/leverage} and {@code target/} and a copy of its
 * {@code rules/}, so that it never builds a jar.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherHomeTest {

    private static final Path PROJECT = TestPaths.project();

    @TempDir
    Path folder;

    private Path clone;
    /** A rules folder the environment tries to put in the built-in's place: it does not compile. */
    private Path other;

    @BeforeEach
    void makeACloneAndAnotherHome() throws IOException {
        clone = Files.createDirectories(folder.resolve("clone"));
        Files.createDirectories(clone.resolve("bin"));
        Files.createSymbolicLink(clone.resolve("bin/leverage"), PROJECT.resolve("bin/leverage"));
        TestPaths.copyFolder(TestPaths.rules(), clone.resolve("rules"));
        other = folder.resolve("other");
        Files.createDirectories(other.resolve("rules"));
        Files.writeString(other.resolve("rules/replaced.drl"), "rule \"not the essay's\" when then oops\n");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "LEVERAGE_JAVA_OPTS | -Dleverage.home=OTHER",
            "LEVERAGE_JAVA_OPTS | -Xmx256m -Dleverage.home=OTHER -Xss2m",
            "LEVERAGE_JAVA_OPTS | -Dleverage.home",
            // The JVM reads _JAVA_OPTIONS after its command line, so there the setting would win; it drops quotes.
            "_JAVA_OPTIONS      | -D\"leverage.home=OTHER\""})
    void aLeverageHomeInTheEnvironmentIsRefusedWithOneLine_beforeAnythingRuns(String variable, String value)
            throws Exception {
        // No target/ in the clone: were the launcher to go on, it would try to build a jar and fail otherwise.
        Output run = launch(Map.of(variable, value.replace("OTHER", other.toString())), "assess");

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("leverage: " + variable + " sets -Dleverage.home, which only"
                + " the launcher sets: the built-in rules are this clone's rules/; add your own with --rules DIR");
    }

    @Slow // a JVM each, through the launcher
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "LEVERAGE_JAVA_OPTS | @ARGS",
            "JDK_JAVA_OPTIONS   | -Dleverage.home=OTHER"})
    void aLeverageHomeTheLauncherCannotSeeLosesToItsOwn(String variable, String value) throws Exception {
        Path jar = PROJECT.resolve("target/leverage.jar");
        assumeTrue(Files.isRegularFile(jar) && Files.isDirectory(PROJECT.resolve("target/lib")),
                "needs target/leverage.jar and target/lib (mvn package)");
        Files.createSymbolicLink(clone.resolve("target"), PROJECT.resolve("target"));
        // An @argument file: the launcher passes the word on, and only the JVM reads what it holds.
        Path arguments = Files.writeString(folder.resolve("jvm.args"), "-Dleverage.home=" + other + "\n");

        Output run = launch(Map.of(variable, value.replace("@ARGS", "@" + arguments)
                .replace("OTHER", other.toString())), "assess");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Assessing the built-in scenario baseline-2017 (no state file given).")
                .contains("Scenario: Baseline, Tillerson in Beijing", "1. OPEN_BILATERAL_TALKS");
        assertThat(run.err()).doesNotContain("leverage:", "replaced.drl");
    }

    @Slow // a JVM each, through the launcher
    @org.junit.jupiter.api.Test
    void rulesAreNeverTakenFromTheWorkingFolderBesideAStateFileOrTheEnvironment() throws Exception {
        Path jar = PROJECT.resolve("target/leverage.jar");
        assumeTrue(Files.isRegularFile(jar) && Files.isDirectory(PROJECT.resolve("target/lib")),
                "needs target/leverage.jar and target/lib (mvn package)");
        Files.createSymbolicLink(clone.resolve("target"), PROJECT.resolve("target"));
        // Rules that do not compile wherever a careless tool might look: the working folder and its rules/, the
        // state file's folder and its rules/, and folders named by variables a user might guess at.
        Path work = Files.createDirectories(folder.resolve("work"));
        Path states = Files.createDirectories(folder.resolve("states"));
        for (Path place : List.of(work, states)) {
            Files.createDirectories(place.resolve("rules"));
            Files.writeString(place.resolve("planted.drl"), "rule \"planted\" when then oops\n");
            Files.writeString(place.resolve("rules/planted.drl"), "rule \"planted\" when then oops\n");
            Files.writeString(place.resolve("catalogue.yaml"), "not: [a catalogue\n");
        }
        Path state = Files.writeString(states.resolve("today.yaml"), "unitedStates: {thaadDeployed: true}\n");
        Map<String, String> guesses = Map.of("LEVERAGE_RULES", other.resolve("rules").toString(),
                "LEVERAGE_HOME", other.toString(), "LEVERAGE_RULES_DIR", other.resolve("rules").toString());

        Output planted = launchIn(work, guesses, "assess", state.toString());
        Output clean = launchIn(folder, Map.of(), "assess", state.toString());

        assertThat(planted.code()).as(planted.err()).isZero();
        assertThat(planted.err()).isEmpty();
        assertThat(planted.out()).isEqualTo(clean.out()).contains("THAAD");
    }

    record Output(int code, String out, String err) {
    }

    /** Runs the clone's {@code bin/leverage} with these environment variables and no others that reach the JVM. */
    private Output launch(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return launchIn(folder, environment, args);
    }

    /** The same, from this working folder. */
    private Output launchIn(Path workingFolder, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(clone.resolve("bin/leverage").toString());
        builder.command().addAll(List.of(args));
        builder.environment().keySet().removeAll(List.of("LEVERAGE_JAVA_OPTS", "_JAVA_OPTIONS",
                "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS"));
        builder.environment().put("LEVERAGE_NO_ARCHIVE", "1");
        builder.environment().put("LEVERAGE_CACHE_DIR", folder.resolve("cache").toString());
        builder.environment().putAll(environment);
        ChildProcess.Finished finished = ChildProcess.run(builder.directory(workingFolder.toFile()), "bin/leverage");
        return new Output(finished.code(), finished.outText(), finished.err());
    }

}
