package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.ChildProcess;
import org.leverage.Slow;
import org.leverage.TestPaths;

/**
 * The rules issue 14 found hanging or crashing the command line, each run in a process of its own as a user
 * runs it: a right-hand side that never returns ({@code while (true) {}}, which nothing inside a JVM can stop)
 * ends the command at the time limit with exit 3 and one line naming the rule, for {@code assess} and
 * {@code validate} alike; a rule that takes the whole heap is a rule failure, exit 3 and one line, not a trace.
 */
@Slow // child JVMs, each compiling a rule folder
class RunawayRuleProcessTest {

    private static final String SPINNING = """
            package spinning
            import org.leverage.api.UnitedStates;

            rule "Spins without end"
            when
                UnitedStates()
            then
                while (true) { }
            end
            """;

    private static final String HOARDING = """
            package hoarding
            import org.leverage.api.UnitedStates;
            import java.util.ArrayList;

            rule "Hoards memory"
            when
                UnitedStates()
            then
                ArrayList hoard = new ArrayList();
                while (true) { hoard.add(new long[100000]); }
            end
            """;

    @TempDir
    Path temp;

    private Path folder(String name, String rules) throws IOException {
        Path folder = temp.resolve(name);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".drl"), rules);
        return folder;
    }

    private ChildProcess.Finished leverage(List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dleverage.home=" + TestPaths.project(),
                "-Dleverage.cache.dir=" + temp.resolve("cache"),
                "-cp", ChildProcess.testClassPath(), "org.leverage.cli.LeverageCli"));
        command.addAll(List.of(args));
        return ChildProcess.run(new ProcessBuilder(command), String.join(" ", args));
    }

    @Test
    void aRuleThatNeverReturnsEndsTheCommandAtTheLimitNamingIt() throws Exception {
        Path folder = folder("spinning", SPINNING);
        String file = folder.resolve("spinning.drl").toString();

        for (String command : List.of("assess", "validate")) {
            long start = System.nanoTime();
            ChildProcess.Finished run = leverage(List.of(), command, "--rules", folder.toString(),
                    "--time-limit", "1s");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(run.code()).as(command + ": " + run.err()).isEqualTo(3);
            // Compiling the framework and the folder, the limit, and room for a loaded machine: not forever.
            assertThat(took).as(command).isLessThan(Duration.ofSeconds(60));
            String named = file + ": rule \"Spins without end\" ran past the time limit of 1 s and did not stop when"
                    + " told: its thread leverage-rules-1 is left running (a rule that never returns cannot be"
                    + " stopped inside a JVM)";
            if (command.equals("assess")) {
                assertThat(run.err().lines()).containsExactly("leverage: " + named);
                assertThat(run.out()).isEmpty();
            } else {
                assertThat(run.outText()).contains(file + ": error [fails-at-run-time] rule \"Spins without end\""
                        + " ran past the time limit of 1 s");
                assertThat(run.err()).isEmpty();
            }
        }
    }

    @Test
    void aRuleThatTakesTheWholeHeapIsARuleFailureNotACrash() throws Exception {
        Path folder = folder("hoarding", HOARDING);

        ChildProcess.Finished run = leverage(List.of("-Xmx192m"), "assess", "--rules", folder.toString(),
                "--time-limit", "5m"); // filling the heap may take a loaded machine longer than the default limit

        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err().lines()).containsExactly("leverage: " + folder.resolve("hoarding.drl")
                + ": rule \"Hoards memory\" exhausted the heap while running");
        assertThat(run.out()).isEmpty();
    }
}
