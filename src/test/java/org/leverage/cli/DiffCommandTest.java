package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leverage.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.TestPaths;
import org.leverage.cli.Cli.Run;

/** {@code leverage diff} as a user meets it: exit code, standard output and standard error together. */
@ExtendWith(Cli.class)
class DiffCommandTest {

    private static final String SPURNS = TestPaths.scenarios().resolve("pyongyang-spurns.yaml").toString();
    private static final String FULL_PACKAGE = TestPaths.scenarios().resolve("full-package.yaml").toString();

    @Test
    void theCommitmentsToBeijingShowAsDifferingFactsAndTheirRecommendationsAsNowInPlace() {
        Run run = run(0, "diff", SPURNS, FULL_PACKAGE);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(
                "unitedStates.commitmentsToBeijing.withdrawal",
                "NONE → WRITTEN",
                "unitedStates.commitmentsToBeijing.refugeeAid",
                "REFUGEE_FLOW",
                "LOW open → LOW answered");
        // B made the pledges and signed: taken, not dropped from the advice.
        assertThat(sectionOf(run.out(), "Recommendations")).containsExactly(
                "  now in place  COMMIT_REFUGEE_AID",
                "  now in place  RALLY_ALLIED_REFUGEE_AID",
                "  now in place  SIGN_WITHDRAWAL_AGREEMENT");
        assertThat(sectionOf(run.out(), "Warnings")).containsExactly("  no change");
        assertThat(sectionOf(run.out(), "Phase")).containsExactly("  no change (ENLIST_BEIJING)");
        assertThat(run.out()).startsWith("A: " + SPURNS + "\nB: " + FULL_PACKAGE + "\n");
    }

    @Test
    void jsonHasStableFieldNamesInAFixedOrder() throws IOException {
        Run run = run(0, "diff", SPURNS, FULL_PACKAGE, "--format", "json");
        JsonNode root = new ObjectMapper().readTree(run.out());
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("format", "a", "b", "facts", "recommendations", "concerns", "warnings",
                "phase", "outOfScope");
        assertThat(root.get("facts")).anySatisfy(fact -> {
            assertThat(fact.get("path").asText()).isEqualTo("unitedStates.commitmentsToBeijing.refugeeAid");
            assertThat(fact.get("a").isBoolean()).isTrue();
            assertThat(fact.get("a").asBoolean()).isFalse();
            assertThat(fact.get("b").asBoolean()).isTrue();
        });
        List<String> recommendationNames = new ArrayList<>();
        root.get("recommendations").fieldNames().forEachRemaining(recommendationNames::add);
        assertThat(recommendationNames).containsExactly("gained", "lost", "nowInPlace");
        assertThat(root.at("/recommendations/nowInPlace").toString())
                .isEqualTo("[\"COMMIT_REFUGEE_AID\",\"RALLY_ALLIED_REFUGEE_AID\",\"SIGN_WITHDRAWAL_AGREEMENT\"]");
        assertThat(root.at("/recommendations/lost").isEmpty()).isTrue();
        assertThat(root.at("/recommendations/gained").isEmpty()).isTrue();
        assertThat(root.get("concerns")).anySatisfy(concern -> {
            assertThat(concern.get("id").asText()).isEqualTo("THAAD_RADAR");
            List<String> stateNames = new ArrayList<>();
            concern.get("b").fieldNames().forEachRemaining(stateNames::add);
            assertThat(stateNames).containsExactly("kind", "level", "answered", "answeredInPart");
            assertThat(concern.at("/b/kind").asText()).isEqualTo("CONCERN");
            assertThat(concern.at("/a/answered").asBoolean()).isFalse();
            assertThat(concern.at("/b/answered").asBoolean()).isTrue();
            assertThat(concern.at("/b/level").asText()).isEqualTo("HIGH");
        });
        assertThat(root.at("/phase/a").asText()).isEqualTo("ENLIST_BEIJING");
        assertThat(root.at("/outOfScope/b").isNull()).isTrue();
        assertThat(run(0, "diff", SPURNS, FULL_PACKAGE, "--format", "json").out()).isEqualTo(run.out());
    }

    @Test
    void aScenarioFileAndABareStateFileCompareByTheirStates(@TempDir Path folder) throws IOException {
        Path state = folder.resolve("offered.yaml");
        Files.writeString(state, "label: offered\nunitedStates: {talksWithPyongyang: offered}\n");
        Run run = run(0, "diff", state.toString(), SPURNS);
        assertThat(run.out()).contains("\"offered\" → \"\"", "ENGAGE_PYONGYANG → ENLIST_BEIJING",
                "  gained        CALL_ON_BEIJING_FOR_DRASTIC_ACTION",
                "  now in place  OFFER_END_JOINT_EXERCISES",
                "  now in place  OFFER_DIPLOMATIC_RELATIONS")
                .doesNotContain("lost");
    }

    @Test
    void theLastConcessionCompletesTheReasonableOfferAndTurnsWashingtonToBeijing(@TempDir Path folder)
            throws IOException {
        Path partial = folder.resolve("partial.yaml");
        Files.writeString(partial, """
                unitedStates:
                  talksWithPyongyang: offered
                  offersToPyongyang: {endJointExercises: true, peaceTreaty: true, sanctionsRelief: lift}
                northKorea: {responseToOffer: spurned}
                """);
        Path full = folder.resolve("full.yaml");
        Files.writeString(full, Files.readString(partial).replace("lift}", "lift, diplomaticRelations: true}"));
        Run run = run(0, "diff", partial.toString(), full.toString());
        assertThat(sectionOf(run.out(), "Facts (A → B)")).singleElement().asString()
                .contains("unitedStates.offersToPyongyang.diplomaticRelations", "false → true");
        assertThat(sectionOf(run.out(), "Phase")).containsExactly("  ENGAGE_PYONGYANG → ENLIST_BEIJING");
        assertThat(sectionOf(run.out(), "Recommendations")).contains(
                "  gained        CALL_ON_BEIJING_FOR_DRASTIC_ACTION",
                "  now in place  OFFER_DIPLOMATIC_RELATIONS");
        assertThat(sectionOf(run.out(), "Warnings")).contains("  lost          OFFER_INCOMPLETE");
    }

    @Test
    void aPremiseAndTheResidualRisksAreNeverShownAsOpen(@TempDir Path folder) throws IOException {
        // A freeze needs no decisive pressure; Beijing severing aid puts the premise and every collapse risk on
        // the table. Nothing answers the premise or a residual risk, so neither is "open" (DOMAIN §3, v2).
        Path freeze = folder.resolve("freeze.yaml");
        Files.writeString(freeze, "unitedStates: {goal: FREEZE}\n");
        Path severing = folder.resolve("severing.yaml");
        Files.writeString(severing, "china: {pressureOnPyongyang: SEVER_AID}\n");
        Run run = run(0, "diff", freeze.toString(), severing.toString());
        assertThat(sectionOf(run.out(), "Beijing's concerns")).contains(
                "  DECISIVE_PRESSURE_NEEDED   not raised → HIGH premise",
                "  REGIME_COLLAPSE            not raised → HIGH residual risk",
                "  REFUGEE_FLOW               not raised → HIGH open",
                "  MILITARY_LASHOUT           not raised → HIGH residual risk",
                "  LOOSE_NUCLEAR_ASSETS       not raised → HIGH residual risk");

        JsonNode root = new ObjectMapper().readTree(run(0, "diff", freeze.toString(), severing.toString(),
                "--format", "json").out());
        assertThat(root.get("concerns")).anySatisfy(concern -> {
            assertThat(concern.get("id").asText()).isEqualTo("MILITARY_LASHOUT");
            assertThat(concern.get("a").isNull()).isTrue();
            assertThat(concern.at("/b/kind").asText()).isEqualTo("RESIDUAL_RISK");
            assertThat(concern.at("/b/answered").asBoolean()).isFalse();
        });
    }

    @Test
    void aStateComparedWithItselfSaysNoChangeEverywhere() {
        Run run = run(0, "diff", FULL_PACKAGE, FULL_PACKAGE);
        assertThat(run.out()).doesNotContain("gained", "lost", "now in place");
        assertThat(run.out().lines().filter(line -> line.contains("→"))).containsExactly("Facts (A → B)");
        assertThat(sectionOf(run.out(), "Facts (A → B)")).containsExactly("  no change");
        assertThat(sectionOf(run.out(), "Beijing's concerns")).containsExactly("  no change");
    }

    @Test
    void writesToAnOutputFileAndNeverOverwritesOneUnasked(@TempDir Path folder) throws IOException {
        Path output = folder.resolve("changes.json");
        Run first = run(0, "diff", SPURNS, FULL_PACKAGE, "--format", "json", "--output", output.toString());
        assertThat(first.out()).isEmpty();
        assertThat(Files.readString(output)).contains("\"facts\"");

        Files.writeString(output, "the analyst's own notes");
        Run refused = run(2, "diff", SPURNS, FULL_PACKAGE, "--output", output.toString());
        assertThat(refused.out()).isEmpty();
        assertThat(refused.errLines()).singleElement().asString().contains("already exists", "--force");
        assertThat(Files.readString(output)).isEqualTo("the analyst's own notes");

        run(0, "diff", SPURNS, FULL_PACKAGE, "--output", output.toString(), "--force");
        assertThat(Files.readString(output)).contains("Recommendations");
    }

    @Test
    void aMissingStateFileExitsTwoWithOneLineNamingIt() {
        Run run = run(2, "diff", SPURNS, "no-such-state.yaml");
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().contains("no-such-state.yaml");
    }

    @Test
    void bothStatesFromStandardInputIsRefused() {
        Run run = run(2, "diff", "-", "-");
        assertThat(run.errLines()).singleElement().asString().contains("standard input");
    }

    @Test
    void helpShowsExamplesAndExitCodes() {
        Run run = run(0, "diff", "--help");
        assertThat(run.out()).contains("Usage: leverage diff", "Examples:", "Exit codes:", "--format");
    }

    /** The lines under a text section's underline, up to the next blank line. */
    static List<String> sectionOf(String text, String title) {
        List<String> lines = text.lines().toList();
        int at = lines.indexOf(title);
        assertThat(at).as("section %s", title).isNotNegative();
        List<String> section = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            section.add(lines.get(i));
        }
        return section;
    }
}
