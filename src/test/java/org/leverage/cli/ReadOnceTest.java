package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.leverage.cli.Cli.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.leverage.ChildProcess;
import org.leverage.SharedState;
import org.leverage.Slow;
import org.leverage.TestPaths;
import org.leverage.cli.Cli.Run;

/**
 * A state or scenario file is read once (issue 14, item 3): a scenario through a FIFO, on {@code /dev/stdin} and on
 * {@code -} gives the same assessment as the file itself, where it used to hang, be "empty", or be refused.
 */
@Slow
@ResourceLock(SharedState.STANDARD_INPUT)
@ExtendWith(Cli.class)
class ReadOnceTest {

    private static final Path SCENARIO = TestPaths.scenarios().resolve("pyongyang-spurns.yaml");

    @TempDir
    Path folder;

    @Test
    void aScenarioOnStandardInputIsAssessedAsTheFileIs() throws IOException {
        String expected = run(0, "assess", SCENARIO.toString(), "--format", "json").out();
        InputStream previous = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(SCENARIO)));
            Run run = run(0, "assess", "-", "--format", "json");
            assertThat(run.out()).isEqualTo(expected);
            assertThat(run.err()).isEmpty();
        } finally {
            System.setIn(previous);
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aScenarioThroughAFifoIsReadOnceAndAssessed() throws Exception {
        String expected = run(0, "assess", SCENARIO.toString()).out();
        Path fifo = folder.resolve("scenario.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        // The writer writes the scenario once and closes, as a shell's process substitution does.
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(Files.readAllBytes(SCENARIO));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(0, "assess", fifo.toString()));
        writer.get(10, TimeUnit.SECONDS);
        assertThat(run.out()).isEqualTo(expected);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aScenarioPipedToDevStdinIsAssessed() throws Exception {
        String command = "cat " + OutputFailureTest.quoted(SCENARIO.toString()) + " | exec "
                + String.join(" ", java().stream().map(OutputFailureTest::quoted).toList())
                + " assess /dev/stdin --format json";
        ChildProcess.Finished finished = ChildProcess.run(
                new ProcessBuilder("bash", "-c", command).directory(folder.toFile()), command);
        assertThat(finished.code()).as(finished.err()).isZero();
        String out = finished.outText();
        assertThat(out).isEqualTo(run(0, "assess", SCENARIO.toString(), "--format", "json").out());
    }

    private java.util.List<String> java() {
        return java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Dleverage.home=" + TestPaths.project(), "-Dleverage.cache.dir=" + folder.resolve("cache"),
                "-cp", ChildProcess.testClassPath(), "org.leverage.cli.LeverageCli");
    }
}
