package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.leverage.TestPaths;

/**
 * The command line run in-process as {@code bin/leverage} runs it from the clone (its {@code rules/} and
 * {@code scenarios/}); {@code @ExtendWith(Cli.class)} sets that up for a test class.
 */
final class Cli implements BeforeAllCallback {

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LeverageCli.run(new PrintWriter(out, true), new PrintWriter(err, true), SharedAdvisors::build,
                args);
        return new Run(code, out.toString(), err.toString());
    }

    /** As {@link #run(int, String...)}, building every advisor afresh, as a process does: for tests of building. */
    static Run runBuildingAdvisors(int expectedExitCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LeverageCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        Run run = new Run(code, out.toString(), err.toString());
        assertThat(run.exitCode()).as("exit code of leverage %s; stderr: %s", String.join(" ", args), run.err())
                .isEqualTo(expectedExitCode);
        return run;
    }

    /** Runs and asserts the exit code, showing stderr when it differs. */
    static Run run(int expectedExitCode, String... args) {
        Run run = run(args);
        assertThat(run.exitCode()).as("exit code of leverage %s; stderr: %s", String.join(" ", args), run.err())
                .isEqualTo(expectedExitCode);
        return run;
    }

    /**
     * Points {@code leverage.home} at the clone, as the launcher does, and leaves it so: test classes run two at a
     * time, and every class that runs the command line wants this same value (a test that points it elsewhere for
     * a moment runs alone and puts it back).
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        String clone = TestPaths.project().toString();
        if (!clone.equals(System.getProperty(RuleOptions.HOME_PROPERTY))) {
            System.setProperty(RuleOptions.HOME_PROPERTY, clone);
        }
    }
}
