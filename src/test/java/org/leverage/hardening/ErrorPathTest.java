package org.leverage.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.TestPaths;
import org.leverage.cli.LeverageCli;

/**
 * Hostile and careless input, end to end through the command line: whatever reaches {@code leverage assess}, it
 * exits 0, or 2 with one line {@code leverage: FILE[:LINE:COLUMN]: ...} on standard error and nothing on standard
 * output; never another code, never a stack trace unless {@code --verbose} asks for one.
 */
class ErrorPathTest {

    @TempDir
    static Path dir;

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err, Duration took) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @BeforeAll
    static void runAsFromTheClone() {
        // Left set, as the command-line tests leave it: classes run two at a time and all want this value.
        System.setProperty("leverage.home", TestPaths.project().toString());
        run(null, "--version"); // loads the command line's classes, so that the timings below are the reading's
    }

    static Stream<Arguments> hostileFiles() throws IOException {
        String deep = "[".repeat(100_000);
        StringBuilder bomb = new StringBuilder("a: &a [" + "\"lol\",".repeat(7) + "\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [").append(String.join(",",
                    java.util.Collections.nCopies(8, "*" + (char) (c - 1)))).append("]\n");
        }
        byte[] garbage = new byte[4096];
        new SplittableRandom(7).nextBytes(garbage);
        return Stream.of(
                file("huge.yaml", null, ": cannot read state file: it is 104857600 bytes long, over the limit of"
                        + " 1048576 bytes (1 MiB)"),
                file("latin1.yaml", "label: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1),
                        ":1:11: cannot read state file: it is not UTF-8 text (byte 0xE9 at offset 10)"),
                file("bomb.yaml", bytes(bomb.toString()), ":1:4: a: a YAML anchor &a is not allowed"),
                file("deep.yaml", bytes("label: " + deep), ":1:8: label: expected a string or null, found a list"),
                file("deep.json", bytes("{\"zzz\": " + deep), ":1:2: zzz: unknown key"),
                file("tag.yaml", bytes("unitedStates: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                        + " [[!!java.net.URL [\"http://localhost/\"]]]]"), ":1:15: unitedStates: a YAML tag"
                        + " !!javax.script.ScriptEngineManager is not allowed"),
                file("duplicate.yaml", bytes("china:\n  aidShare: SMALL\n  aidShare: LARGE\n"),
                        ":3:3: china.aidShare: duplicate key; first given at line 2, column 3"),
                file("long.yaml", bytes("label: " + "x".repeat(20_000)), ":1:8: label: a value of 20000 characters,"
                        + " over the limit of 10000"),
                file("garbage.bin", garbage, ":"),
                file("nul.yaml", bytes("label: \u0000\n"), ":1:8: invalid YAML: a special character U+0000"));
    }

    private static Arguments file(String name, byte[] content, String expected) {
        return Arguments.of(name, content, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileStateFile_exitsTwoWithOneLocatedLine_quickly(String name, byte[] content, String expected)
            throws IOException {
        Path file = dir.resolve(name);
        if (content == null) {
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(100L * 1024 * 1024);
            }
        } else {
            Files.write(file, content);
        }

        Run run = run(null, "assess", file.toString());

        assertRefused(run, file.toString());
        assertThat(run.errLines().get(0)).contains(file + expected);
        assertThat(run.took()).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aMissingFileAndAFolder_exitTwo() {
        Path missing = dir.resolve("no-such.yaml");

        assertRefused(run(null, "assess", missing.toString()), missing.toString());
        assertRefused(run(null, "assess", dir.toString()), dir.toString());
    }

    @Test
    void standardInput_isBoundedAndLocatedLikeAFile() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return '#';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, (byte) '#');
                return length;
            }
        };

        Run tooLong = run(endless, "assess", "-");
        Run alias = run(new ByteArrayInputStream(bytes("unitedStates:\n  thaadDeployed: *yes\n")), "assess", "-");

        assertRefused(tooLong, "<stdin>");
        assertThat(tooLong.errLines().get(0)).isEqualTo("leverage: <stdin>: cannot read state: it is longer than the"
                + " limit of 1048576 bytes (1 MiB)");
        assertThat(tooLong.took()).isLessThan(Duration.ofSeconds(3));
        assertRefused(alias, "<stdin>");
        assertThat(alias.errLines().get(0)).startsWith("leverage: <stdin>:2:18: unitedStates.thaadDeployed: a YAML"
                + " alias *yes is not allowed");
    }

    @Test
    void standardInputThatFailsToRead_isSaidNotToBeReadable_notToBeTooLong() {
        // What reading a descriptor open only for writing gives (leverage assess - 0>/dev/null); a closed one is
        // ClosedStandardInputTest's, in a process of its own.
        InputStream unreadable = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Bad file descriptor");
            }
        };

        Run run = run(unreadable, "assess", "-");

        assertRefused(run, "<stdin>");
        assertThat(run.errLines().get(0)).isEqualTo("leverage: <stdin>: cannot read state: Bad file descriptor");
    }

    @Test
    void verbose_addsTheStackTraceUnderTheLocatedLine() throws IOException {
        Path file = Files.writeString(dir.resolve("verbose.yaml"), "china: {aidShare: HUGE}\n");

        Run run = run(null, "assess", file.toString(), "--verbose");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).anyMatch(line -> line.startsWith("leverage: " + file + ":1:19: china.aidShare:"
                + " unknown value \"HUGE\""));
        assertThat(run.err()).contains("InvalidStateException", "\tat org.leverage.");
    }

    @Test
    void anOutputFileInAFolderThatDoesNotExist_exitsTwoWithOneLine_notAsABug() {
        Path output = dir.resolve("no-such-folder").resolve("out.json");

        Run run = run(null, "assess", TestPaths.scenarios().resolve("full-package.yaml").toString(),
                "--output", output.toString());

        assertRefused(run, output.getParent().toString());
        assertThat(run.err()).doesNotContain("bug");
    }

    @Test
    void aMissingStateWithAnExistingOutput_exitsTwoWithOneLine() throws IOException {
        Path output = Files.writeString(dir.resolve("existing.json"), "{}");
        Path missing = dir.resolve("missing-state.yaml");

        Run run = run(null, "assess", missing.toString(), "--output", output.toString(), "--force");

        assertRefused(run, missing.toString());
        assertThat(run.errLines().get(0)).endsWith(": no such file");
    }

    // ------------------------------------------------------------------ helpers

    private static void assertRefused(Run run, String source) {
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isEqualTo(2);
        assertThat(run.out()).as("standard output").isEmpty();
        assertThat(run.errLines()).as("standard error").hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("leverage: " + source).doesNotContain("Exception", "\tat ")
                .hasSizeLessThan(1_000);
    }

    private static Run run(InputStream stdin, String... args) {
        InputStream previous = System.in;
        if (stdin != null) {
            System.setIn(stdin);
        }
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int code = LeverageCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Run(code, out.toString(), err.toString(), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            System.setIn(previous);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
