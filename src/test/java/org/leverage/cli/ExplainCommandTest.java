package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.Slow;
import org.leverage.TestAdvisors;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.scenario.DeclaredIds;
import org.leverage.scenario.ScenarioReader;

@ExtendWith(Cli.class)
class ExplainCommandTest {

    @Test
    void explainsAConcernOfTheBaselineDownToItsInputFactsWithParagraphParaphrases() {
        Cli.Run run = Cli.run(0, "explain", "THAAD_RADAR");
        assertThat(run.out()).startsWith("THAAD_RADAR (concern): raised for this state")
                .contains("THAAD's radars could be turned against China's deterrent while THAAD is deployed",
                        "¶9 — ", "matched: unitedStates.thaadDeployed = true");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void explainsWhyARecommendationIsNotMadeAndAcceptsAnyCase() {
        Cli.Run run = Cli.run(0, "explain", "open-bilateral-talks",
                TestPaths.scenarios().resolve("pyongyang-spurns.yaml").toString());
        assertThat(run.out()).startsWith("OPEN_BILATERAL_TALKS (recommendation): not recommended for this state")
                .contains("NOT MET  CurrentPhase( phase == Phase.ENGAGE_PYONGYANG )", "phase ENLIST_BEIJING",
                        "NOT MET  not InPlace( id == \"OPEN_BILATERAL_TALKS\" )");
    }

    @Test
    void explainsWhyTheCallOnBeijingWaitsWhenPyongyangSpurnedLessThanTheReasonableOffer(@TempDir Path folder)
            throws IOException {
        Path bare = folder.resolve("bare.yaml");
        Files.writeString(bare,
                "unitedStates: {talksWithPyongyang: offered}\nnorthKorea: {responseToOffer: spurned}\n");
        Cli.Run call = Cli.run(0, "explain", "CALL_ON_BEIJING_FOR_DRASTIC_ACTION", bare.toString());
        assertThat(call.out()).startsWith("CALL_ON_BEIJING_FOR_DRASTIC_ACTION (recommendation): not recommended for"
                + " this state").contains("NOT MET  CurrentPhase( phase == Phase.ENLIST_BEIJING )",
                "there is only: phase ENGAGE_PYONGYANG");

        Cli.Run incomplete = Cli.run(0, "explain", "offer-incomplete", bare.toString());
        assertThat(incomplete.out()).startsWith("OFFER_INCOMPLETE (warning): warned for this state")
                .contains("A refusal of less than the reasonable offer does not yet make the call on Beijing credible",
                        "¶7 — ", "¶8 — ", "northKorea.responseToOffer = SPURNED");
    }

    @Test
    void explainsThePhaseOfEnlistingBeijingDownToTheFourConcessions() {
        Cli.Run run = Cli.run(0, "explain", "CALL_ON_BEIJING_FOR_DRASTIC_ACTION",
                TestPaths.scenarios().resolve("pyongyang-spurns.yaml").toString());
        assertThat(run.out()).startsWith("CALL_ON_BEIJING_FOR_DRASTIC_ACTION (recommendation): recommended for this"
                + " state").contains("Washington turns to Beijing once Pyongyang has spurned the reasonable offer",
                "Washington has made the reasonable offer once talks come with all four concessions",
                "unitedStates.offersToPyongyang.endJointExercises = true",
                "unitedStates.offersToPyongyang.peaceTreaty = true",
                "unitedStates.offersToPyongyang.sanctionsRelief = LIFT",
                "unitedStates.offersToPyongyang.diplomaticRelations = true");
    }

    @Test
    void explainsAsJson() {
        Cli.Run run = Cli.run(0, "explain", "REFUGEE_FLOW", "--format", "json");
        assertThat(run.out()).startsWith("{").contains("\"concluded\" : true", "\"paragraph\" : \"¶4\"",
                "\"paraphrase\" : ");
    }

    @Test
    void anUnknownIdExitsTwoListingTheIds() {
        Cli.Run run = Cli.run(2, "explain", "THAAD");
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .contains("unknown id \"THAAD\"", "THAAD_RADAR", "OPEN_BILATERAL_TALKS", "THAAD_LEFT_OUT",
                        "OFFER_INCOMPLETE");
        String ids = run.err().substring(run.err().indexOf("expected one of ") + "expected one of ".length()).strip();
        assertThat(ids.split(", ")).hasSize(26);
    }

    @Test
    void anIdWithALookAlikeLetterIsUnknown_andTheIdItResemblesIsSuggested() {
        // The ligature ﬀ, which Java's own case folding turns into FF: oﬀer-peace-treaty is not OFFER_PEACE_TREATY.
        Cli.Run run = Cli.run(2, "explain", "oﬀer-peace-treaty");
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("leverage: unknown id \"oﬀer-peace-treaty\";"
                + " did you mean OFFER_PEACE_TREATY?; expected one of OPEN_BILATERAL_TALKS, ");
    }

    @Test
    void anUnknownIdIsQuotedCutShortAndEscaped_asTheStateReaderQuotesAFile() {
        // 100,000 characters and a terminal escape (ESC [2J clears the screen), as a script might pass by mistake.
        String id = "\u001B[2J" + "X".repeat(100_000) + "\u0007";
        Cli.Run run = Cli.run(2, "explain", id);
        assertThat(run.out()).isEmpty();
        String line = run.errLines().get(0);
        assertThat(run.errLines()).hasSize(1);
        assertThat(line).startsWith("leverage: unknown id \"\\u001B[2J" + "X".repeat(56) + "…\"; expected one of ")
                .doesNotContain("\u001B", "\u0007", "X".repeat(57));
        assertThat(line.length()).isLessThan(1_000);
    }

    @Slow
    @Test
    void everyIdCanBeExplainedForEveryProjectScenario() throws IOException {
        Advisor advisor = TestAdvisors.builtIn();
        List<Path> files = ScenarioReader.files(List.of(TestPaths.scenarios()));
        for (Path file : files) {
            var scenario = ScenarioReader.read(file, DeclaredIds.of(advisor));
            var assessment = advisor.assess(scenario.given());
            for (String id : advisor.explainableIds()) {
                var explanation = advisor.explain(id, scenario.given());
                boolean given = assessment.recommendations().stream().anyMatch(r -> r.id().equals(id))
                        || assessment.concerns().stream().anyMatch(c -> c.id().equals(id))
                        || assessment.warnings().stream().anyMatch(w -> w.id().equals(id));
                assertThat(explanation.concluded()).as("%s in %s", id, file).isEqualTo(given);
                if (given) {
                    assertThat(explanation.reasons()).as("%s in %s", id, file).isNotEmpty();
                } else {
                    assertThat(explanation.unmet()).as("%s in %s", id, file).isNotEmpty()
                            .allSatisfy(check -> assertThat(check.conditions()).anyMatch(c -> !c.met()));
                }
            }
        }
    }
}
