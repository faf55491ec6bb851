package org.leverage.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.ChildProcess;
import org.leverage.Slow;
import org.leverage.TestPaths;

/**
 * {@code leverage assess - <&-}: standard input closed before Leverage starts. Only a process of its own shows
 * what happens then, because the JVM puts one of its own files (its runtime image, over 100 MB) on the free
 * descriptor 0 as it starts, and reading "standard input" used to read that and call it a document over 1 MiB.
 * A child JVM each, a second or two: tagged stress.
 */
@Slow
@EnabledOnOs(OS.LINUX)
class ClosedStandardInputTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "leverage assess {0} <&-")
    @ValueSource(strings = {"-", "/dev/stdin"})
    void aClosedStandardInputIsSaidToBeClosed(String state) throws Exception {
        Output run = shell(java() + " assess " + state + " <&-");

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("leverage: " + (state.equals("-") ? "<stdin>" : state)
                + ": cannot read standard input: it is closed (name a state file, or redirect one: < FILE)");
    }

    record Output(int code, String out, String err) {
    }

    /** {@code leverage} as {@code bin/leverage} starts it: its main class, this clone's rules, a cache of its own. */
    private String java() {
        List<String> words = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Dleverage.home=" + TestPaths.project(), "-Dleverage.cache.dir=" + folder.resolve("cache"),
                "-cp", ChildProcess.testClassPath(), "org.leverage.cli.LeverageCli"));
        return "exec " + String.join(" ", words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").toList());
    }

    private Output shell(String command) throws IOException, InterruptedException {
        ChildProcess.Finished finished = ChildProcess.run(
                new ProcessBuilder("bash", "-c", command).directory(folder.toFile()), command);
        return new Output(finished.code(), finished.outText(), finished.err());
    }


}
