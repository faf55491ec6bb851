package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leverage.cli.Cli.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.ChildProcess;
import org.leverage.cli.Cli.Run;

/**
 * Output files and their links (issue 14, item 3): {@code --force} replaces a file's contents, keeping its mode and
 * its hard links; a symbolic link, dangling or not, is refused unless {@code --follow-symlinks}, and never replaced;
 * a temporary file being written is removed when the JVM is interrupted.
 */
@ExtendWith(Cli.class)
@EnabledOnOs({OS.LINUX, OS.MAC})
class OutputFilesTest {

    @TempDir
    Path folder;

    @Test
    void forceRewritesAHardLinkedFileInPlaceSoEveryNameShowsTheNewResult() throws IOException {
        Path briefing = Files.writeString(folder.resolve("briefing.txt"), "last week's briefing");
        Files.setPosixFilePermissions(briefing, PosixFilePermissions.fromString("rw-r-----"));
        Path shared = Files.createLink(folder.resolve("shared-briefing.txt"), briefing);

        run(0, "assess", "--output", briefing.toString(), "--force");

        assertThat(Files.readString(shared)).contains("Phase:").isEqualTo(Files.readString(briefing));
        assertThat(Files.isSameFile(shared, briefing)).isTrue();
        assertThat(Files.getAttribute(briefing, "unix:nlink")).isEqualTo(2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(briefing))).isEqualTo("rw-r-----");
        assertThat(names()).containsExactlyInAnyOrder("briefing.txt", "shared-briefing.txt");
    }

    @ParameterizedTest(name = "--force: {0}")
    @ValueSource(booleans = {false, true})
    void aSymbolicLinkIsRefusedWithOneLineAndLeftAsItIs(boolean force) throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.md"), "the analyst's own notes");
        Path link = Files.createSymbolicLink(folder.resolve("briefing.md"), notes.getFileName());

        Run run = run(2, force ? new String[] {"assess", "--output", link.toString(), "--force"}
                : new String[] {"assess", "--output", link.toString()});

        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("leverage: " + link + ": --output names a symbolic link; use --follow-symlinks to write"
                        + " to the file it points to, or name the file itself");
        assertThat(Files.readSymbolicLink(link)).isEqualTo(notes.getFileName());
        assertThat(Files.readString(notes)).isEqualTo("the analyst's own notes");
    }

    @Test
    void aDanglingSymbolicLinkIsRefusedEvenWithoutForce() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("decisions.csv"), Path.of("gone/decisions.csv"));
        Run run = run(2, "sweep", "--vary", "thaadDeployed", "--table", link.toString());
        assertThat(run.errLines()).singleElement().asString()
                .contains(link + ": --table names a symbolic link to nothing; use --follow-symlinks");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(names()).containsExactly("decisions.csv");
    }

    @Test
    void followSymlinksWritesTheFileTheLinkPointsToAndKeepsTheLink() throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.md"), "the analyst's own notes");
        Path link = Files.createSymbolicLink(folder.resolve("briefing.md"), notes.getFileName());
        Path dangling = Files.createSymbolicLink(folder.resolve("table.csv"), Path.of("new-table.csv"));

        Run unasked = run(2, "assess", "--output", link.toString(), "--follow-symlinks");
        assertThat(unasked.errLines()).singleElement().asString().contains("already exists; use --force");
        run(0, "assess", "--output", link.toString(), "--follow-symlinks", "--force");
        run(0, "sweep", "--vary", "thaadDeployed", "--table", dangling.toString(), "--follow-symlinks");

        assertThat(Files.readSymbolicLink(link)).isEqualTo(notes.getFileName());
        assertThat(Files.readString(notes)).contains("Phase:");
        assertThat(Files.readSymbolicLink(dangling)).isEqualTo(Path.of("new-table.csv"));
        assertThat(Files.readString(folder.resolve("new-table.csv"))).startsWith("unitedStates.thaadDeployed,skipped,phase");
        assertThat(names()).containsExactlyInAnyOrder("notes.md", "briefing.md", "table.csv", "new-table.csv");
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"TERM", "INT"})
    void aTemporaryFileBeingWrittenIsRemovedWhenTheJvmIsInterrupted(String signal) throws Exception {
        Path target = folder.resolve("decisions.csv");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:-UsePerfData", "-cp", ChildProcess.testClassPath(),
                InterruptedWrite.class.getName(), target.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo(InterruptedWrite.WRITING);
            assertThat(names()).singleElement().asString().startsWith(".leverage-").endsWith(".tmp");
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).isEqualTo(128 + (signal.equals("TERM") ? 15 : 2));
        assertThat(names()).isEmpty();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** A child JVM that starts writing a result through {@link OutputFiles#write} and never finishes. */
    static final class InterruptedWrite {
        static final String WRITING = "writing";

        public static void main(String[] args) {
            OutputFiles.write(Path.of(args[0]), writer -> {
                writer.write("combination,phase\n");
                writer.flush();
                System.out.println(WRITING);
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
