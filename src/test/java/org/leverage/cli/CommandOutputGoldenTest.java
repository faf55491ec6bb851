package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.Golden;
import org.leverage.SharedState;
import org.leverage.TestPaths;
import org.leverage.cli.Cli.Run;

/**
 * Every command's output pinned byte for byte: text and JSON of assess, diff, sweep, reach, explain, compare and rules
 * on a few fixed states, every help text, and the error lines of wrong calls. Each case is one golden transcript in
 * src/test/resources/cli/ (exit code, standard error, standard output, in that order); the clone's path shows as
 * {@code $PROJECT} and a test's own folder as {@code $TMP}. A sweep's timings (elapsed, rate, threads) vary from
 * run to run: their shape is checked, their numbers masked.
 */
@ExtendWith(Cli.class)
class CommandOutputGoldenTest {

    private static final String PROJECT = TestPaths.project().toString();
    private static final String SPURNS = scenario("pyongyang-spurns");
    private static final String FULL_PACKAGE = scenario("full-package");
    private static final String BASELINE = scenario("baseline-2017");
    private static final String FROZEN = scenario("both-programs-frozen-nothing-to-advise");
    private static final String BARE_OFFER = testResource("reach/spurned-bare-offer.yaml");
    private static final String PRESSURE_FIRST = testResource("rule-folders/frameworks/pressure-first");
    private static final String EXTRA_WARNING = testResource("rule-folders/extra-warning");
    private static final String SPURNED_TALKS_STATE = "unitedStates: {talksWithPyongyang: offered}\n"
            + "northKorea: {responseToOffer: spurned}\n";

    /** One call of the command line; {@code stdin} (or null) is what it reads for {@code -}. */
    record Case(String name, String stdin, String... args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("assess-baseline-text", null, "assess"));
        cases.add(new Case("assess-baseline-json", null, "assess", "--format", "json"));
        for (String format : List.of("text", "json", "markdown", "html", "dot")) {
            cases.add(new Case("assess-spurns-" + format, null, "assess", SPURNS, "--format", format));
        }
        cases.add(new Case("assess-out-of-scope-text", null, "assess", FROZEN));
        for (String format : List.of("text", "json")) {
            cases.add(new Case("diff-spurns-full-package-" + format, null, "diff", SPURNS, FULL_PACKAGE, "-f", format));
            cases.add(new Case("diff-baseline-frozen-" + format, null, "diff", BASELINE, FROZEN, "-f", format));
            cases.add(new Case("diff-stdin-spurns-" + format, SPURNED_TALKS_STATE, "diff", "-", SPURNS, "-f", format));
            cases.add(new Case("sweep-baseline-" + format, null, "sweep", "--vary",
                    "thaadDeployed,withdrawal,withdrawalIncludesThaad", "-f", format));
            cases.add(new Case("sweep-cut-short-" + format, null, "sweep", SPURNS, "--vary",
                    "responseToOffer,stability,talksWithPyongyang", "-f", format));
            cases.add(new Case("sweep-stdin-" + format, SPURNED_TALKS_STATE, "sweep", "-", "--vary", "withdrawal",
                    "-f", format));
            cases.add(new Case("reach-bare-offer-" + format, null, "reach", "OFFER_INCOMPLETE", BARE_OFFER, "--fix",
                    "responseToOffer,stability", "-f", format));
            cases.add(new Case("explain-concluded-" + format, null, "explain", "THAAD_RADAR", "-f", format));
            cases.add(new Case("explain-chain-" + format, null, "explain", "call-on-beijing-for-drastic-action",
                    SPURNS, "-f", format));
            cases.add(new Case("explain-unmet-" + format, null, "explain", "OPEN_BILATERAL_TALKS", SPURNS, "-f",
                    format));
            cases.add(new Case("compare-pressure-first-" + format, null, "compare", SPURNS, "--framework",
                    "pressure-first=" + PRESSURE_FIRST, "-f", format));
            cases.add(new Case("compare-built-in-alone-" + format, null, "compare", FROZEN, "--framework",
                    "carpenter-2017", "-f", format));
            cases.add(new Case("rules-" + format, null, "rules", "-f", format));
            cases.add(new Case("odds-uncertain-2017-" + format, null, "odds",
                    PROJECT + "/docs/examples/uncertain-2017.yaml", "-f", format));
        }
        cases.add(new Case("rules-extra-warning-text", null, "rules", "--rules", EXTRA_WARNING));
        cases.add(new Case("odds-uncertain-2017-markdown", null, "odds", PROJECT + "/docs/examples/uncertain-2017.yaml",
                "-f", "markdown"));
        cases.add(new Case("odds-uncertain-2017-sampled-html", null, "odds",
                PROJECT + "/docs/examples/uncertain-2017.yaml", "--exact-limit", "1", "--samples", "1000", "-f", "html"));
        cases.add(new Case("schema", null, "schema"));
        cases.add(new Case("help-root", null, "--help"));
        for (String command : List.of("assess", "explain", "diff", "sweep", "odds", "reach", "test", "rules",
                "validate", "compare", "schema", "completion")) {
            cases.add(new Case("help-" + command, null, command, "--help"));
        }
        cases.add(new Case("help-command-diff", null, "help", "diff"));
        cases.add(new Case("error-no-command", null));
        cases.add(new Case("error-assess-unknown-format", null, "assess", "--format", "pdf"));
        cases.add(new Case("error-assess-missing-state", null, "assess", "no-such-state.yaml"));
        cases.add(new Case("error-diff-html", null, "diff", SPURNS, FULL_PACKAGE, "--format", "html"));
        cases.add(new Case("error-diff-both-stdin", null, "diff", "-", "-"));
        cases.add(new Case("error-diff-one-state", null, "diff", SPURNS));
        cases.add(new Case("error-sweep-unknown-field", null, "sweep", "--vary", "thaad"));
        cases.add(new Case("error-sweep-too-large", null, "sweep", "--vary-all", "--limit", "10"));
        cases.add(new Case("error-sweep-output-option", null, "sweep", "--vary", "thaadDeployed", "-o", "x.txt"));
        cases.add(new Case("error-explain-unknown-id", null, "explain", "NO_SUCH_ID"));
        cases.add(new Case("error-reach-unknown-target", null, "reach", "NO_SUCH_ID"));
        cases.add(new Case("error-reach-bad-phase", null, "reach", "phase=beijing"));
        cases.add(new Case("error-explain-output-option", null, "explain", "THAAD_RADAR", "--output", "x.txt"));
        cases.add(new Case("error-compare-bad-framework", null, "compare", "--framework", "nameless"));
        cases.add(new Case("error-rules-format-xml", null, "rules", "--format", "xml"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @ResourceLock(SharedState.STANDARD_INPUT) // the cases that read "-"
    void theOutputIsPinnedByteForByte(Case call) {
        Run run = call.stdin() == null ? Cli.run(call.args()) : withStdin(call.stdin(), call.args());
        Golden.assertMatches(transcript(run, null), "cli/" + call.name() + ".txt");
    }

    @Test
    void anOutputFileHoldsWhatStandardOutputWouldAndIsNeverReplacedUnasked(@TempDir Path folder) throws IOException {
        Path assessment = folder.resolve("assessment.json");
        Path difference = folder.resolve("difference.txt");
        Run assessed = Cli.run("assess", SPURNS, "--format", "json", "--output", assessment.toString());
        Run differed = Cli.run("diff", SPURNS, FULL_PACKAGE, "--output", difference.toString());
        assertThat(assessed.out() + differed.out()).isEmpty();
        assertThat(Files.readString(assessment)).isEqualTo(Cli.run("assess", SPURNS, "--format", "json").out());
        assertThat(Files.readString(difference)).isEqualTo(Cli.run("diff", SPURNS, FULL_PACKAGE).out());
        Run refused = Cli.run("diff", SPURNS, FULL_PACKAGE, "--output", difference.toString());
        Golden.assertMatches(transcript(refused, folder), "cli/error-diff-output-exists.txt");
        Path state = Files.copy(Path.of(SPURNS), folder.resolve("state.yaml"));
        Run input = Cli.run("assess", state.toString(), "--output", state.toString(), "--force");
        Golden.assertMatches(transcript(input, folder), "cli/error-assess-output-is-input.txt");
        Run folderNamed = Cli.run("assess", SPURNS, "--output", folder.toString());
        Golden.assertMatches(transcript(folderNamed, folder), "cli/error-assess-output-is-folder.txt");
    }

    @Test
    void aSweepTableIsNamedInTheTotalsAndTheJson(@TempDir Path folder) {
        Path table = folder.resolve("table.csv");
        Run text = Cli.run("sweep", "--vary", "withdrawal", "--table", table.toString());
        Golden.assertMatches(transcript(text, folder), "cli/sweep-table-text.txt");
        Run json = Cli.run("sweep", "--vary", "withdrawal", "--table", table.toString(), "--force", "-f", "json");
        Golden.assertMatches(transcript(json, folder), "cli/sweep-table-json.txt");
        Run refused = Cli.run("sweep", "--vary", "withdrawal", "--table", table.toString());
        Golden.assertMatches(transcript(refused, folder), "cli/error-sweep-table-exists.txt");
    }

    private static Run withStdin(String stdin, String... args) {
        InputStream previous = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return Cli.run(args);
        } finally {
            System.setIn(previous);
        }
    }

    /** Exit code, stderr and stdout as one text, with paths and a sweep's timings made the same on every run. */
    private static String transcript(Run run, Path folder) {
        String text = "exit " + run.exitCode() + "\n--- stderr\n" + run.err() + "--- stdout\n" + run.out();
        if (folder != null) {
            text = text.replace(folder.toString(), "$TMP");
        }
        return maskTimings(text.replace(PROJECT, "$PROJECT"));
    }

    private static String maskTimings(String text) {
        String elapsed = "(?m)^  elapsed            \\d+\\.\\d\\d s, [\\d,]+ assessments per second on \\d+ threads?$";
        String json = "(?m)^  \"elapsedSeconds\": \\d+(\\.\\d+)?(E-?\\d+)?,\n  \"assessmentsPerSecond\": \\d+,\n"
                + "  \"threads\": \\d+,$";
        if (text.contains("\n  elapsed ")) {
            assertThat(text).containsPattern(elapsed);
        }
        if (text.contains("\"elapsedSeconds\"")) {
            assertThat(text).containsPattern(json);
        }
        return text.replaceAll(elapsed, "  elapsed            (masked)")
                .replaceAll(json, "  \"elapsedSeconds\": (masked),\n  \"assessmentsPerSecond\": (masked),\n"
                        + "  \"threads\": (masked),");
    }

    private static String scenario(String name) {
        return TestPaths.scenarios().resolve(name + ".yaml").toString();
    }

    private static String testResource(String name) {
        return TestPaths.testResource(name).toString();
    }
}
