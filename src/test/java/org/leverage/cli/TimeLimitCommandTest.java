package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --time-limit}: a rule folder whose rule sleeps is stopped past the limit, and every command that runs
 * rules says so in one line and exits 3; a limit that is not a time is a usage error. (A rule that never returns
 * is {@code RunawayRuleProcessTest}'s: it would leave its thread spinning in this JVM.)
 */
@ExtendWith(Cli.class)
class TimeLimitCommandTest {

    private static final String SLEEPY = """
            package sleepy
            import org.leverage.api.UnitedStates;

            rule "Sleeps a minute when THAAD is deployed"
            when
                UnitedStates(thaadDeployed == true)
            then
                Thread.sleep(60000);
            end
            """;

    private static Path folder;
    private static String file;
    private static String before;
    private static String after;

    @BeforeAll
    static void folder(@TempDir Path temp) throws IOException {
        folder = temp.resolve("sleepy");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("sleepy.drl"), SLEEPY);
        file = folder.resolve("sleepy.drl").toString();
        Files.writeString(temp.resolve("before.yaml"), "unitedStates: {thaadDeployed: false}\n");
        Files.writeString(temp.resolve("after.yaml"), "unitedStates: {thaadDeployed: true}\n");
        before = temp.resolve("before.yaml").toString();
        after = temp.resolve("after.yaml").toString();
    }

    private static final String STOPPED = ": rule \"Sleeps a minute when THAAD is deployed\" ran past the time limit"
            + " of 1 s and was stopped";

    @Test
    void assessStopsTheRuleAndSaysSoInOneLine() {
        Cli.Run run = Cli.run(3, "assess", "--rules", folder.toString(), "--time-limit", "1s", after);

        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("leverage: " + file + STOPPED);
    }

    @Test
    void aStateTheRuleDoesNotTouchIsAssessedAsUsual() {
        Cli.Run run = Cli.run(0, "assess", "--rules", folder.toString(), "--time-limit", "1s", before);

        assertThat(run.out()).isEqualTo(Cli.run(0, "assess", before).out());
    }

    @org.leverage.Slow // six commands waiting out the limit; the library's bound is MisbehavingRulesTest's
    @Test
    void everyCommandThatRunsTheRulesIsBounded() throws Exception {
        List<List<String>> commands = List.of(
                List.of("explain", "CALL_ON_BEIJING_FOR_DRASTIC_ACTION", after),
                List.of("sweep", after, "--vary", "unitedStates.militaryOptionSignaled"),
                List.of("diff", before, after),
                List.of("odds", after),
                List.of("reach", "OFFER_PEACE_TREATY", after),
                List.of("compare", after, "--framework", "sleepy=" + folder));
        // Each waits out the limit: run them side by side, as separate invocations would.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(commands.size());
        try {
            List<java.util.concurrent.Future<Cli.Run>> runs = new java.util.ArrayList<>();
            for (List<String> command : commands) {
                String[] args = java.util.stream.Stream.concat(command.stream(),
                        command.get(0).equals("compare") ? java.util.stream.Stream.of("--time-limit", "1s")
                                : java.util.stream.Stream.of("--rules", folder.toString(), "--time-limit", "1s"))
                        .toArray(String[]::new);
                runs.add(pool.submit(() -> Cli.run(args)));
            }
            for (int i = 0; i < commands.size(); i++) {
                String command = String.join(" ", commands.get(i));
                Cli.Run run = runs.get(i).get();
                assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(3);
                assertThat(run.errLines()).as(command).containsExactly("leverage: " + file + STOPPED);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @org.leverage.Slow // waits out the limit
    @Test
    void validateReportsTheRuleAsAnErrorInsteadOfHanging() {
        Cli.Run run = Cli.run(3, "validate", "--rules", folder.toString(), "--time-limit", "1s", "--sample",
                "0");

        assertThat(run.out()).contains(file + ": error [fails-at-run-time] rule \"Sleeps a minute when THAAD is"
                + " deployed\" ran past the time limit of 1 s and was stopped, e.g. when ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "5", "0s", "-1s", "1441m", "5 hours", "\u001b[2J"})
    void aLimitThatIsNotATimeIsAUsageError(String limit) {
        Cli.Run run = Cli.run(2, "assess", "--time-limit", limit);

        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().get(0)).startsWith("leverage: Invalid value for option '--time-limit': ")
                .containsAnyOf("is not a time: give a number and a unit, ms, s or m (e.g. 500ms, 5s, 2m)",
                        "is out of range: give at least 1ms and at most a day (1440m)")
                .doesNotContain("\u001b");
    }

    @Test
    void theDefaultIsTheLibrarysDefault() {
        assertThat(new RuleOptions.TimeLimitConverter().convert(RuleOptions.DEFAULT_TIME_LIMIT))
                .isEqualTo(org.leverage.api.Advisor.Builder.DEFAULT_TIME_LIMIT);
    }

    @Test
    void limitsAreReadInMillisecondsSecondsOrMinutes() {
        RuleOptions.TimeLimitConverter converter = new RuleOptions.TimeLimitConverter();

        assertThat(converter.convert("250ms")).hasMillis(250);
        assertThat(converter.convert("1.5s")).hasMillis(1500);
        assertThat(converter.convert(" 2m ")).hasMillis(120_000);
        assertThat(converter.convert("1440m")).hasMillis(86_400_000);
        // A fraction of one, two or three digits, the part below a millisecond cut off.
        assertThat(converter.convert("2.05s")).hasMillis(2050);
        assertThat(converter.convert("0.125m")).hasMillis(7500);
        assertThat(converter.convert("1.9ms")).hasMillis(1);
        assertThat(converter.convert("0.001s")).hasMillis(1);
        assertThatThrownBy(() -> converter.convert("0.9ms")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> converter.convert("1440.001m")).hasMessageContaining("out of range");
    }

    @Test
    void theHelpOfEveryCommandThatRunsRulesListsTheOption() {
        for (String command : List.of("assess", "explain", "sweep", "odds", "reach", "diff", "compare", "validate",
                "test", "rules")) {
            assertThat(Cli.run(0, command, "--help").out().replaceAll("\\s+", " ")).as(command)
                    .contains("--time-limit=TIME").contains("for example 500ms, 5s or 2m");
        }
    }
}
