package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leverage.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.SharedState;
import org.leverage.Slow;
import org.leverage.TestPaths;
import org.leverage.cli.Cli.Run;

/** The command line as a user meets it: exit code, standard output and standard error, asserted together. */
@ExtendWith(Cli.class)
class CliTest {

    /** Talks offered with all four of ¶7's concessions: the reasonable offer (DOMAIN §4, v2). */
    private static final String FULL_OFFER = "unitedStates:\n  talksWithPyongyang: offered\n  offersToPyongyang:"
            + " {endJointExercises: true, peaceTreaty: true, sanctionsRelief: reduce, diplomaticRelations: true}\n";

    @Test
    void assessWithoutAStateAssessesTheBaselineAndSaysSoFirst() {
        Run run = run(0, "assess");
        assertThat(run.out().lines().findFirst()).hasValue(
                "Assessing the built-in scenario baseline-2017 (no state file given).");
        assertThat(run.out()).contains("Phase: ENGAGE PYONGYANG", "OPEN_BILATERAL_TALKS", "¶7",
                "DEMANDS_WITHOUT_INCENTIVES", "HAWKISH_POSTURING", "THAAD_RADAR");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void assessAsJsonPrintsTheAssessmentOnlyAndNotesTheBaselineOnStderr() {
        Run run = run(0, "assess", "--format", "json");
        assertThat(run.out()).startsWith("{\n  \"format\": 1,").contains("\"phase\": \"ENGAGE_PYONGYANG\"");
        assertThat(run.err()).contains("baseline-2017");
    }

    @Test
    void assessWritesABriefingMemoAPageAndAGraph() {
        String state = TestPaths.scenarios().resolve("thaad-left-out-of-written-withdrawal.yaml").toString();
        assertThat(run(0, "assess", state, "--format", "markdown").out()).startsWith("# Briefing")
                .contains("SIGN_WITHDRAWAL_AGREEMENT");
        assertThat(run(0, "assess", state, "--format", "html").out()).startsWith("<!DOCTYPE html>")
                .contains("<svg", "THAAD_LEFT_OUT").doesNotContain("http:", "https:");
        assertThat(run(0, "assess", state, "--format", "dot").out()).startsWith("digraph leverage {")
                .contains("concern:THAAD_RADAR");
    }

    @Test
    void assessIsByteForByteRepeatable() {
        Path state = TestPaths.scenarios().resolve("pyongyang-spurns.yaml");
        assertThat(run(0, "assess", "--format", "json", state.toString()).out())
                .isEqualTo(run(0, "assess", "--format", "json", state.toString()).out());
    }

    @Test
    @ResourceLock(SharedState.STANDARD_INPUT)
    void assessReadsAStateFromStandardInput() {
        InputStream previous = System.in;
        try {
            System.setIn(new ByteArrayInputStream((FULL_OFFER + "northKorea: {responseToOffer: spurned}\n")
                    .getBytes(StandardCharsets.UTF_8)));
            Run run = run(0, "assess", "-", "--format", "json");
            assertThat(run.out()).contains("\"phase\": \"ENLIST_BEIJING\"");
        } finally {
            System.setIn(previous);
        }
    }

    @Test
    void aSpurnedOfferShortOfTheReasonableOneKeepsWashingtonEngagingPyongyangWithTheMissingConcessions(
            @TempDir Path folder) throws IOException {
        Path bare = folder.resolve("bare.yaml");
        Files.writeString(bare,
                "unitedStates: {talksWithPyongyang: offered}\nnorthKorea: {responseToOffer: spurned}\n");
        Run text = run(0, "assess", bare.toString());
        assertThat(text.out()).contains("Phase: ENGAGE PYONGYANG", "OFFER_INCOMPLETE", "OFFER_DIPLOMATIC_RELATIONS")
                .doesNotContain("CALL_ON_BEIJING_FOR_DRASTIC_ACTION");
        JsonNode json = json(run(0, "assess", bare.toString(), "--format", "json").out());
        assertThat(ids(json.get("recommendations"))).containsExactly("OFFER_END_JOINT_EXERCISES", "OFFER_PEACE_TREATY",
                "OFFER_SANCTIONS_RELIEF", "OFFER_DIPLOMATIC_RELATIONS");
        assertThat(ids(json.get("warnings"))).contains("OFFER_INCOMPLETE");
        assertThat(json.get("inPlace").toString()).isEqualTo("[\"OPEN_BILATERAL_TALKS\"]");

        // One concession short: only it is recommended, and the call on Beijing still waits.
        Path almost = folder.resolve("almost.yaml");
        Files.writeString(almost, FULL_OFFER.replace("sanctionsRelief: reduce", "sanctionsRelief: none")
                + "northKorea: {responseToOffer: spurned}\n");
        JsonNode oneShort = json(run(0, "assess", almost.toString(), "--format", "json").out());
        assertThat(oneShort.get("phase").asText()).isEqualTo("ENGAGE_PYONGYANG");
        assertThat(ids(oneShort.get("recommendations"))).containsExactly("OFFER_SANCTIONS_RELIEF");
        assertThat(ids(oneShort.get("warnings"))).contains("OFFER_INCOMPLETE");
    }

    @Test
    void recommendationsComeInTheEssaysOrderAndEachConcernSaysWhatKindItIs() {
        String spurns = TestPaths.scenarios().resolve("pyongyang-spurns.yaml").toString();
        JsonNode json = json(run(0, "assess", spurns, "--format", "json").out());
        assertThat(ids(json.get("recommendations"))).containsExactly("CALL_ON_BEIJING_FOR_DRASTIC_ACTION",
                "COMMIT_REFUGEE_AID", "RALLY_ALLIED_REFUGEE_AID", "SIGN_WITHDRAWAL_AGREEMENT",
                "CONSIDER_TAIWAN_SCS_CONCESSIONS");
        assertThat(json.get("concerns")).anySatisfy(c -> assertThat(c.get("id").asText() + " " + c.get("kind").asText())
                .isEqualTo("DECISIVE_PRESSURE_NEEDED PREMISE"));
        assertThat(json.get("concerns")).anySatisfy(c -> assertThat(c.get("id").asText() + " " + c.get("kind").asText())
                .isEqualTo("MILITARY_LASHOUT RESIDUAL_RISK"));
        assertThat(json.get("concerns")).anySatisfy(c -> assertThat(c.get("id").asText() + " " + c.get("kind").asText())
                .isEqualTo("REFUGEE_FLOW CONCERN"));

        List<String> text = run(0, "assess", spurns).out().lines().toList();
        assertThat(text).filteredOn(line -> line.matches("  \\d\\. .*")).extracting(line -> line.split(" +")[2])
                .containsExactly("CALL_ON_BEIJING_FOR_DRASTIC_ACTION", "COMMIT_REFUGEE_AID",
                        "RALLY_ALLIED_REFUGEE_AID", "SIGN_WITHDRAWAL_AGREEMENT", "CONSIDER_TAIWAN_SCS_CONCESSIONS");
        assertThat(text).anyMatch(line -> line.startsWith("  DECISIVE_PRESSURE_NEEDED  HIGH  premise"))
                .anyMatch(line -> line.startsWith("  MILITARY_LASHOUT  LOW  residual risk"))
                .noneMatch(line -> line.matches("  (DECISIVE_PRESSURE_NEEDED|REGIME_COLLAPSE|MILITARY_LASHOUT"
                        + "|LOOSE_NUCLEAR_ASSETS) .*open.*"));
    }

    @Test
    void aCollapsedNorthIsOutOfScopeWithOnlyTheWarningsThatAlwaysHold(@TempDir Path folder) throws IOException {
        Path collapsed = folder.resolve("collapsed.yaml");
        Files.writeString(collapsed, "unitedStates: {militaryOptionSignaled: true, commitmentsToBeijing:"
                + " {withdrawal: verbal}}\nchina: {askedForDrasticAction: true}\nnorthKorea: {stability: collapsed}\n");
        JsonNode json = json(run(0, "assess", collapsed.toString(), "--format", "json").out());
        assertThat(json.get("phase").asText()).isEqualTo("NONE");
        assertThat(json.get("outOfScope").asText()).containsIgnoringCase("collapsed");
        assertThat(json.get("recommendations")).isEmpty();
        // The demands and the premature call are not warned of: there is no regime left to bargain with.
        assertThat(ids(json.get("warnings"))).containsExactly("HAWKISH_POSTURING", "VERBAL_ASSURANCE_INSUFFICIENT");
        assertThat(json.get("inPlace").toString()).isEqualTo("[\"CALL_ON_BEIJING_FOR_DRASTIC_ACTION\"]");
        assertThat(ids(json.get("concerns"))).contains("REGIME_COLLAPSE", "REFUGEE_FLOW")
                .doesNotContain("DECISIVE_PRESSURE_NEEDED", "CHINA_RELUCTANT");
        assertThat(run(0, "assess", collapsed.toString()).out()).contains("Phase: NONE — out of scope");
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    @Slow
    @Test
    void assessWritesToAnOutputFileAndNeverOverwritesOneUnasked(@TempDir Path folder) throws IOException {
        Path output = folder.resolve("assessment.json");
        Run first = run(0, "assess", "--format", "json", "--output", output.toString());
        assertThat(first.out()).isEmpty();
        assertThat(Files.readString(output)).contains("\"phase\"");

        Files.writeString(output, "the analyst's own notes");
        Run refused = run(2, "assess", "--output", output.toString());
        assertThat(refused.out()).isEmpty();
        assertThat(refused.errLines()).singleElement().asString().contains("already exists", "--force");
        assertThat(Files.readString(output)).isEqualTo("the analyst's own notes");

        run(0, "assess", "--output", output.toString(), "--force");
        assertThat(Files.readString(output)).contains("Phase:");
    }

    @Test
    void reportFilesFollowTheUmaskLikeAnyToolsOutput_andAReplacedFileKeepsItsPermissions(@TempDir Path folder)
            throws IOException {
        // What the umask gives a plain new file here, whatever the umask of the machine running the test.
        Set<PosixFilePermission> asUmaskAllows = Files.getPosixFilePermissions(
                Files.createFile(folder.resolve("reference")));
        Path briefing = folder.resolve("briefing.md");
        Path table = folder.resolve("decisions.csv");

        run(0, "assess", "--format", "markdown", "--output", briefing.toString());
        run(0, "sweep", "--vary", "thaadDeployed", "--table", table.toString());

        assertThat(Files.getPosixFilePermissions(briefing)).isEqualTo(asUmaskAllows);
        assertThat(Files.getPosixFilePermissions(table)).isEqualTo(asUmaskAllows);
        Set<PosixFilePermission> groupOnly = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(briefing, groupOnly);
        run(0, "assess", "--output", briefing.toString(), "--force");
        assertThat(Files.getPosixFilePermissions(briefing)).isEqualTo(groupOnly);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("reference", "briefing.md", "decisions.csv");
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "asses                              | Unmatched argument at index 0: 'asses'; did you mean assess?",
            "assess --fromat json               | Unknown option: '--fromat'; did you mean --format?",
            "sweep --vary=thaadDeployed --tabel=x.csv | Unknown option: '--tabel=x.csv'; did you mean --table?",
            "explain SIGN_WITHDRAWL_AGREEMENT   | unknown id \"SIGN_WITHDRAWL_AGREEMENT\"; did you mean SIGN_WITHDRAWAL_AGREEMENT?"})
    void aMistypedCommandOptionOrIdGetsADidYouMean(String commandLine, String expected) {
        Run run = run(2, commandLine.trim().split(" +"));
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("leverage: " + expected);
    }

    @Test
    void aWordFarFromEveryCommandGetsNoGuess() {
        Run run = run(2, "briefing");
        assertThat(run.err()).startsWith("leverage: Unmatched argument at index 0: 'briefing'\n")
                .doesNotContain("did you mean");
    }

    static Stream<Path> invalidStates() throws IOException {
        try (Stream<Path> files = Files.list(TestPaths.testResource("states/invalid"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidStates")
    void everyBadStateExitsTwoWithOneLocatedLineAndNothingOnStdout(Path state) {
        Run run = run(2, "assess", state.toString());
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("leverage: " + state)
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingStateFileExitsTwo() {
        Run run = run(2, "assess", "no-such-state.yaml");
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().contains("no-such-state.yaml");
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheChoices() {
        Run run = run(2, "assess", "--format", "pdf");
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("text", "json");
    }

    @Test
    void aFormatInAnyCaseIsRead_butALookAlikeLetterIsRefusedListingTheFormats() {
        assertThat(run(0, "assess", "--format", "JSON").out()).startsWith("{\n  \"format\": 1,");
        // A long s, which Java's own case folding (and so picocli's) reads as s.
        Run run = run(2, "assess", "--format", "jſon");
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("leverage: Invalid value for option '--format': expected one of"
                + " [text, json, markdown, html, dot] (case-insensitive) but was 'jſon'", "Try 'leverage assess --help'.");
    }

    @Test
    void aStateWithALookAlikeLetterInAValueIsRefusedWithTheValues() {
        Path state = TestPaths.testResource("states/invalid/look-alike-long-s.yaml");
        Run run = run(2, "assess", state.toString());
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("leverage: " + state + ":4:20: northKorea.responseToOffer: unknown"
                + " value \"ſpurned\"; expected one of NONE, PENDING, ACCEPTED, SPURNED (did you mean SPURNED?)");
    }

    @Test
    void aRuleFileErrorExitsThreeWithItsLocation() {
        Run run = run(3, "assess", "--no-default-rules", "--rules",
                TestPaths.testResource("rule-folders/unknown-field").toString());
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("misspelled.drl:9:", "thaadDeplyed");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void verboseAddsTheStackTrace() {
        Run run = run(3, "assess", "--verbose", "--no-default-rules", "--rules",
                TestPaths.testResource("rule-folders/syntax-error").toString());
        assertThat(run.err()).contains("RuleException");
    }

    @Test
    void helpListsTheExitCodesAndAnExample() {
        Run run = run(0, "assess", "--help");
        assertThat(run.out()).contains("Exit codes:", "  0", "ok", "  2", "  3", "  4", "scenario tests failed",
                "Examples:", "leverage assess today.yaml");
        assertThat(run(0, "test", "--help").out()).contains("Exit codes:", "Examples:");
        assertThat(run(0, "--help").out()).contains("assess", "test", "Exit codes:");
    }

    @Test
    void versionNamesTheProduct() {
        assertThat(run(0, "--version").out()).startsWith("leverage ");
    }

    @Test
    void testRunsTheProjectScenariosAndEndsWithTheCount() {
        Run run = run(0, "test");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("PASS")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ passed, 0 failed");
    }

    @Test
    void aFailingScenarioShowsItsDifferencesAndExitsFour(@TempDir Path folder) throws IOException {
        Path wrong = folder.resolve("wrong.yaml");
        Files.writeString(wrong, """
                name: The baseline expected to be in the second phase
                given: {}
                expect:
                  phase: ENLIST_BEIJING
                  warnings: []
                  inPlace: [OPEN_BILATERAL_TALKS]
                  concerns:
                    MILITARY_LASHOUT: {kind: CONCERN}
                """);
        Run run = run(4, "test", wrong.toString());
        assertThat(run.out()).contains("FAIL  The baseline expected to be in the second phase",
                "phase: expected ENLIST_BEIJING, got ENGAGE_PYONGYANG", "DEMANDS_WITHOUT_INCENTIVES",
                "inPlace: missing OPEN_BILATERAL_TALKS",
                "concerns.MILITARY_LASHOUT.kind: expected CONCERN, got RESIDUAL_RISK");
        assertThat(run.out().lines().reduce((a, b) -> b)).hasValue("0 passed, 1 failed");
    }

    @Test
    void anUnreadableScenarioIsReportedAndExitsTwo(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("typo.yaml"), "name: typo\ngiven: {unitedStates: {goal: DENUKE}}\nexpect: {}\n");
        Run run = run(2, "test", folder.toString());
        assertThat(run.out()).contains("ERROR " + folder.resolve("typo.yaml")).doesNotContain("DENUCLEARIZATION");
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("leverage: " + folder.resolve("typo.yaml") + ":2:")
                .contains("given.unitedStates.goal", "DENUCLEARIZATION");
        assertThat(run.out().lines().reduce((a, b) -> b)).hasValue("0 passed, 1 failed");
    }

    @Slow
    @Test
    @ResourceLock(value = Resources.GLOBAL, mode = ResourceAccessMode.READ_WRITE) // leverage.home elsewhere
    void anEditInTheClonesRulesFolderChangesTheNextRunWithoutARebuild(@TempDir Path clone) throws IOException {
        TestPaths.copyFolder(TestPaths.rules(), clone.resolve("rules"));
        String home = System.getProperty(RuleOptions.HOME_PROPERTY);
        System.setProperty(RuleOptions.HOME_PROPERTY, clone.toString());
        try {
            Path state = clone.resolve("hawkish.yaml");
            Files.writeString(state, "unitedStates: {militaryOptionSignaled: true}\n");
            String baseline = state.toString();
            assertThat(run(0, "assess", baseline, "--format", "json").out()).contains("HAWKISH_POSTURING");

            Path warnings = clone.resolve("rules/warnings/demands-and-threats.drl");
            String drl = Files.readString(warnings);
            Files.writeString(warnings, drl.replace("militaryOptionSignaled == true", "militaryOptionSignaled == false"));

            assertThat(run(0, "assess", baseline, "--format", "json").out()).doesNotContain("HAWKISH_POSTURING");
        } finally {
            System.setProperty(RuleOptions.HOME_PROPERTY, home);
        }
    }
}
