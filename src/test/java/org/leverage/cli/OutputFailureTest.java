package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.ChildProcess;
import org.leverage.Slow;
import org.leverage.TestPaths;

/**
 * No silent loss (issue 14, item 2): when a command's output cannot be written (a full disk, a closed standard
 * output, a file size limit) it exits 5 with one line on standard error, never 0. In process for every command,
 * over a stream that fails as a full disk does; then for real, in a child JVM, on {@code /dev/full}, a closed
 * standard output and {@code ulimit -f}.
 */
@Slow
@ExtendWith(Cli.class)
class OutputFailureTest {

    private static final String SPURNS = TestPaths.scenarios().resolve("pyongyang-spurns.yaml").toString();

    @TempDir
    static Path cache;

    @TempDir
    Path folder;

    static Stream<List<String>> everyCommand() {
        return Stream.of(List.of("assess"), List.of("assess", SPURNS, "--format", "json"),
                List.of("explain", "THAAD_RADAR"), List.of("diff", SPURNS, SPURNS),
                List.of("sweep", "--vary", "thaadDeployed"),
                List.of("reach", "THAAD_RADAR", "--max-changes", "1"), List.of("test", SPURNS), List.of("rules"),
                List.of("validate", "--sample", "0"), List.of("compare", "--framework", "carpenter-2017"),
                List.of("schema"), List.of("completion"), List.of("--help"), List.of("assess", "--help"),
                List.of("--version"));
    }

    @ParameterizedTest(name = "leverage {0}")
    @MethodSource("everyCommand")
    void everyCommandWhoseOutputCannotBeWrittenExits5WithOneLine(List<String> args) {
        StringWriter err = new StringWriter();
        int code = LeverageCli.run(CheckedOutput.over(failing("No space left on device")),
                new PrintWriter(err, true), args.toArray(String[]::new));
        assertThat(code).as("exit code; stderr: %s", err).isEqualTo(ExitCode.OUTPUT_ERROR.code());
        assertThat(err.toString().lines().filter(line -> line.startsWith("leverage: cannot write")))
                .containsExactly("leverage: cannot write the output: No space left on device");
    }

    @Test
    void aWriterThatCannotSayWhyStillFailsTheCommand() {
        StringWriter err = new StringWriter();
        int code = LeverageCli.run(new PrintWriter(failing("Input/output error"), true), new PrintWriter(err, true),
                "schema");
        assertThat(code).isEqualTo(ExitCode.OUTPUT_ERROR.code());
        assertThat(err.toString()).isEqualTo("leverage: cannot write the output" + System.lineSeparator());
    }

    @Test
    void aReaderThatStopsReadingEndsTheCommandSilentlyAsOtherTools() {
        StringWriter err = new StringWriter();
        int code = LeverageCli.run(CheckedOutput.over(failing("Broken pipe")), new PrintWriter(err, true), "schema");
        assertThat(code).isEqualTo(ExitCode.OUTPUT_CLOSED.code()).isEqualTo(141);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aCommandThatFailsAnywayKeepsItsOwnCodeAndLine() {
        StringWriter err = new StringWriter();
        int code = LeverageCli.run(CheckedOutput.over(failing("No space left on device")),
                new PrintWriter(err, true), "assess", "no-such-state.yaml");
        assertThat(code).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(err.toString().lines()).containsExactly(
                "leverage: no-such-state.yaml: cannot read state file: no such file");
    }

    @Test
    void outputThatIsWrittenLeavesTheExitCodeAlone() {
        StringWriter err = new StringWriter();
        OutputStream sink = OutputStream.nullOutputStream();
        assertThat(LeverageCli.run(CheckedOutput.over(sink), new PrintWriter(err, true), "schema")).isZero();
        assertThat(err.toString()).isEmpty();
    }

    // ------------------------------------------------------------------ for real, in a child JVM

    @Test
    @EnabledOnOs(OS.LINUX)
    void assessOntoAFullDiskExits5() throws Exception {
        Output run = shell("exec %s assess > /dev/full");
        assertThat(run.code()).as(run.err()).isEqualTo(5);
        assertThat(run.err().lines())
                .containsExactly("leverage: cannot write the output: No space left on device");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void sweepWithStandardOutputClosedExits5() throws Exception {
        Output run = shell("exec %s sweep --vary thaadDeployed >&-");
        assertThat(run.code()).as(run.err()).isEqualTo(5);
        assertThat(run.err().lines()).singleElement().asString().startsWith("leverage: cannot write the output: ");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFileSizeLimitIsAnErrorOnStandardOutputAndOnOutputFiles() throws Exception {
        // 4 blocks of 1 KiB: the JSON assessment is longer. The JVM ignores SIGXFSZ, so the write fails instead.
        Output redirected = shell("ulimit -f 4; exec %s assess --format json > f.json");
        assertThat(redirected.code()).as(redirected.err()).isEqualTo(5);
        assertThat(redirected.err().lines())
                .contains("leverage: cannot write the output: File too large");
        Output named = shell("ulimit -f 4; exec %s assess --format json --output g.json");
        assertThat(named.code()).as(named.err()).isEqualTo(5);
        assertThat(named.err().lines()).contains("leverage: g.json: cannot write: File too large");
        assertThat(folder.resolve("g.json")).doesNotExist();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("f.json");
        }
    }

    /** An output stream every write and flush of which fails with this message, as the system would say it. */
    static OutputStream failing(String message) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(message);
            }

            @Override
            public void flush() throws IOException {
                throw new IOException(message);
            }
        };
    }

    record Output(int code, String err) {
    }

    /**
     * Runs a bash command line in {@link #folder}, {@code %s} standing for the command that starts {@code leverage}
     * as {@code bin/leverage} does (its main class, this clone's rules, a cache of its own).
     */
    private Output shell(String template) throws IOException, InterruptedException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Dleverage.home=" + TestPaths.project(), "-Dleverage.cache.dir=" + cache.resolve("leverage"),
                "-cp", ChildProcess.testClassPath(), "org.leverage.cli.LeverageCli"));
        String command = String.format(template, String.join(" ", java.stream().map(OutputFailureTest::quoted)
                .toList()));
        ChildProcess.Finished finished = ChildProcess.run(new ProcessBuilder("bash", "-c", command)
                .directory(folder.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))),
                command);
        return new Output(finished.code(), finished.err());
    }

    static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }


}
