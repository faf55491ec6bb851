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
import org.leverage.TestPaths;

/** validate, rules, test and compare: what an analyst uses to check, pin and compare frameworks. */
@ExtendWith(Cli.class)
class AnalystRulesCommandsTest {

    private static final String FIXTURES = "rule-folders/";

    /** The rule-authoring guide's worked example: a catalogue declaring OPEN_BACK_CHANNEL_TO_BEIJING, a rule for it. */
    private static final String BACK_CHANNEL = TestPaths.project().resolve("docs/examples/back-channel").toString();

    /** A scenario of the guide's state, in which the back channel is due: Pyongyang spurned the reasonable offer. */
    private static final String BACK_CHANNEL_DUE = """
            name: Pyongyang spurns the reasonable offer; the analyst's back channel is due
            given:
              unitedStates:
                thaadDeployed: true
                talksWithPyongyang: OFFERED
                offersToPyongyang:
                  endJointExercises: true
                  peaceTreaty: true
                  sanctionsRelief: REDUCE
                  diplomaticRelations: true
              china: {askedForDrasticAction: ASKED}
              northKorea: {responseToOffer: SPURNED}
            expect:
              phase: ENLIST_BEIJING
              recommendations:
                [CALL_ON_BEIJING_FOR_DRASTIC_ACTION, COMMIT_REFUGEE_AID, RALLY_ALLIED_REFUGEE_AID,
                 SIGN_WITHDRAWAL_AGREEMENT, CONSIDER_TAIWAN_SCS_CONCESSIONS, OPEN_BACK_CHANNEL_TO_BEIJING]
            """;

    private static String folder(String name) {
        return TestPaths.testResource(FIXTURES + name).toString();
    }

    private static List<String> findings(Cli.Run run) {
        return run.out().lines().filter(l -> l.contains(": error [") || l.contains(": warning [")).toList();
    }

    @Slow // 2,000 random states; theSampleReachesTheCallOnBeijingWithoutRandomStates validates the structured sample
    @Test
    void theBuiltInFrameworkValidatesCleanly() {
        Cli.Run run = Cli.run(0, "validate", "--strict");
        assertThat(findings(run)).isEmpty();
        assertThat(run.out()).containsPattern("70 rules checked over \\d+ states: 0 error\\(s\\), 0 warning\\(s\\)");
    }

    @Test
    void theSampleReachesTheCallOnBeijingWithoutRandomStates() {
        // Only a spurned reasonable offer (talks and all four concessions, v2) opens the ENLIST_BEIJING phase;
        // the structured sample must reach it, or that phase's rules would look as if they never fire.
        Cli.Run run = Cli.run(0, "validate", "--strict", "--sample", "0");
        assertThat(findings(run)).isEmpty();
        assertThat(run.out()).containsPattern("70 rules checked over \\d+ states: 0 error\\(s\\), 0 warning\\(s\\)");
    }

    @Test
    void aSyntaxErrorIsACompileErrorAtItsLineAndColumn() {
        // The folder alone (--no-default-rules): the error is the same, and the framework is not compiled again.
        Cli.Run run = Cli.run(3, "validate", "--no-default-rules", "--rules", folder("syntax-error"));
        assertThat(findings(run)).containsExactly(folder("syntax-error/broken.drl")
                .replace(TestPaths.project() + "/", "")
                + ":10:1: error [compile] syntax error: mismatched input 'then' in rule \"A rule with a missing parenthesis\"");
    }

    @Test
    void aMisspelledFieldIsACompileErrorNamingTheField() {
        Cli.Run run = Cli.run(3, "validate", "--rules", folder("unknown-field"));
        assertThat(findings(run)).singleElement().asString()
                .endsWith("misspelled.drl:9:5: error [compile] unknown field thaadDeplyed of UnitedStates; did you mean"
                        + " thaadDeployed? (fields: goal, approachToChina, militaryOptionSignaled, forcesOnPeninsula,"
                        + " thaadDeployed, talksWithPyongyang, offersToPyongyang, commitmentsToBeijing)");
    }

    @Slow
    @Test
    void aWrongEnumValueStopsAssessWithOneLocatedLinePerPlace_namingTheValueMeantAndTheValues() {
        Cli.Run run = Cli.run(3, "assess", "--rules", folder("wrong-enum-value"));
        String file = folder("wrong-enum-value/demands.drl").replace(TestPaths.project() + "/", "");
        String problem = ": unknown value DEMAND of Approach; did you mean DEMANDS? (values: DEMANDS, INCENTIVES)";
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "leverage: " + file + ":10:38" + problem + " (and 1 more)",
                "leverage: " + file + ":20:35" + problem);
    }

    @Test
    void anUnknownFactTypeIsACompileErrorAtItsColumn() {
        Cli.Run run = Cli.run(3, "validate", "--no-default-rules", "--rules", folder("validate/unknown-fact-type"));
        assertThat(findings(run)).singleElement().asString()
                .endsWith("taiwan.drl:9:5: error [compile] Unable to resolve ObjectType 'TaiwanStrait'");
    }

    @Slow
    @Test
    void aRuleWithoutASourceIsAWarningThatStrictTurnsIntoAnError() {
        String expected = "unsourced.drl: warning [no-source] rule \"Posturing is hawkish even without THAAD\" cites"
                + " no source; add @source(\"¶N\") or another source";
        assertThat(findings(Cli.run(0, "validate", "--sample", "50", "--rules", folder("validate/missing-source"))))
                .singleElement().asString().endsWith(expected);
        Cli.run(3, "validate", "--strict", "--sample", "50", "--rules", folder("validate/missing-source"));
    }

    @Slow
    @Test
    void aRuleWhoseConditionsNeverHoldTogetherIsFound() {
        assertThat(findings(Cli.run(0, "validate", "--sample", "200", "--rules", folder("validate/never-fires"))))
                .singleElement().asString()
                .contains("stable-unification.drl: warning [never-fires] rule \"A contested unification of a stable"
                        + " North worries Beijing\" concluded nothing in any of");
    }

    @Slow
    @Test
    void anUndeclaredIdIsFound() {
        assertThat(findings(Cli.run(0, "validate", "--sample", "50", "--rules", folder("validate/undeclared-id"))))
                .singleElement().asString()
                .endsWith("mystery.drl: warning [undeclared-id] rule \"Offer Pyongyang something nobody declared\""
                        + " concludes Recommendation MYSTERY_OFFER, which no catalogue declares (declare it in a"
                        + " catalogue.yaml beside the rule)");
    }

    @Slow
    @Test
    void twoRulesRecommendingOneIdWithDifferentModalitiesAreFound() {
        assertThat(findings(Cli.run(0, "validate", "--sample", "50", "--rules",
                folder("validate/conflicting-modality"))))
                .singleElement().asString()
                .isEqualTo("rules/recommendations/engage-pyongyang.drl: warning [conflicting-modality] rules \"Talks"
                        + " with Pyongyang are only worth considering\" (CONSIDER) and \"Open serious bilateral talks"
                        + " with Pyongyang as the first step\" (the catalogue's modality) both recommend"
                        + " OPEN_BILATERAL_TALKS in the same states");
    }

    @Slow
    @Test
    void aRecommendationOfAnActionAlreadyInPlaceIsAnError() {
        assertThat(findings(Cli.run(3, "validate", "--sample", "50", "--rules",
                folder("validate/recommended-in-place"))))
                .singleElement().asString()
                .isEqualTo("(framework): error [recommended-in-place] OFFER_PEACE_TREATY is recommended while the"
                        + " state shows it already in place, e.g. when unitedStates.offersToPyongyang.peaceTreaty = true");
    }

    @Slow
    @Test
    void loopingRulesAreAnErrorNamingTheRule() {
        assertThat(findings(Cli.run(3, "validate", "--sample", "10", "--rules", folder("looping"))))
                .singleElement().asString()
                .contains("ping-pong.drl: error [fails-at-run-time] the rules kept firing: stopped after 10000 firings;"
                        + " cycling: \"Count for ever\"");
    }

    @Test
    void aDecisionTableLoadsLikeADrlFile() {
        Cli.Run rules = Cli.run(0, "rules", "--no-default-rules", "--rules", folder("decision-table"));
        assertThat(rules.out()).contains("aid-pressure.csv",
                "Demands met by delayed aid overestimate China's leverage",
                "source: ¶2, ¶3   concludes: Warning:LEVERAGE_OVERESTIMATED", "2 rules in 1 files");
    }

    @Test
    void theRulesCatalogueListsEveryBuiltInRuleWithItsSourceAndConclusion() {
        Cli.Run run = Cli.run(0, "rules");
        assertThat(run.out()).contains("rules/concerns/thaad-radar.drl",
                "  THAAD's radars could be turned against China's deterrent while THAAD is deployed",
                "      source: ¶9   concludes: Concern:THAAD_RADAR", "70 rules in 19 files");
        assertThat(Cli.run(0, "rules", "--format", "json").out()).startsWith("[").contains("\"concludes\"");
    }

    @Test
    void noDefaultRulesWithoutAFolderIsAUsageError() {
        Cli.Run run = Cli.run(2, "rules", "--no-default-rules");
        assertThat(run.errLines()).singleElement().asString().contains("--no-default-rules needs at least one --rules");
    }

    @Test
    void testPinsAnAnalystsOwnRecommendation_whenHerFolderDeclaresIt(@TempDir Path folder) throws IOException {
        Path due = Files.writeString(folder.resolve("due.yaml"), BACK_CHANNEL_DUE.replace("ASKED", "false"));

        Cli.Run run = Cli.run(0, "test", due.toString(), "--rules", BACK_CHANNEL);
        assertThat(run.out()).contains("PASS  Pyongyang spurns the reasonable offer; the analyst's back channel is due")
                .endsWith("1 passed, 0 failed\n");
    }

    @Test
    void testFailsAScenarioThatExpectsTheAnalystsIdWrongly(@TempDir Path folder) throws IOException {
        // Once Beijing has been asked, her rule no longer recommends the back channel (nor the essay the call).
        Path asked = Files.writeString(folder.resolve("asked.yaml"), BACK_CHANNEL_DUE.replace("ASKED", "true"));
        // While it is due, a scenario that leaves it out is as wrong.
        Path leftOut = Files.writeString(folder.resolve("left-out.yaml"), BACK_CHANNEL_DUE.replace("ASKED", "false")
                .replace(", OPEN_BACK_CHANNEL_TO_BEIJING]", "]"));

        Cli.Run run = Cli.run(4, "test", asked.toString(), leftOut.toString(), "--rules", BACK_CHANNEL);
        assertThat(run.out().lines()).containsExactly(
                "FAIL  Pyongyang spurns the reasonable offer; the analyst's back channel is due  (" + asked + ")",
                "      - recommendations: missing CALL_ON_BEIJING_FOR_DRASTIC_ACTION, OPEN_BACK_CHANNEL_TO_BEIJING",
                "FAIL  Pyongyang spurns the reasonable offer; the analyst's back channel is due  (" + leftOut + ")",
                "      - recommendations: unexpected OPEN_BACK_CHANNEL_TO_BEIJING",
                "0 passed, 2 failed");
    }

    @Slow
    @Test
    void testRefusesAnIdNoLoadedCatalogueDeclares_atItsLineWithTheChoices(@TempDir Path folder) throws IOException {
        Path due = Files.writeString(folder.resolve("due.yaml"), BACK_CHANNEL_DUE.replace("ASKED", "false"));
        Path misspelt = Files.writeString(folder.resolve("misspelt.yaml"), BACK_CHANNEL_DUE.replace("ASKED", "false")
                .replace("OPEN_BACK_CHANNEL_TO_BEIJING]", "OPEN_BACK_CHANEL]"));

        Cli.Run typo = Cli.run(2, "test", misspelt.toString(), "--rules", BACK_CHANNEL);
        assertThat(typo.out().lines()).containsExactly("ERROR " + misspelt, "0 passed, 1 failed");
        assertThat(typo.err().lines()).containsExactly(
                "leverage: " + misspelt + ":17:66: expect.recommendations[5]: unknown recommendation id"
                        + " \"OPEN_BACK_CHANEL\"; expected one of OPEN_BILATERAL_TALKS, OFFER_END_JOINT_EXERCISES,"
                        + " OFFER_PEACE_TREATY, OFFER_SANCTIONS_RELIEF, OFFER_DIPLOMATIC_RELATIONS,"
                        + " CALL_ON_BEIJING_FOR_DRASTIC_ACTION, COMMIT_REFUGEE_AID, RALLY_ALLIED_REFUGEE_AID,"
                        + " SIGN_WITHDRAWAL_AGREEMENT, CONSIDER_TAIWAN_SCS_CONCESSIONS, OPEN_BACK_CHANNEL_TO_BEIJING"
                        + " (did you mean OPEN_BACK_CHANNEL_TO_BEIJING?)");
        // Without her folder her id is as unknown as a typo, and the choices are the essay's alone.
        Cli.Run withoutHerRules = Cli.run(2, "test", due.toString());
        assertThat(withoutHerRules.err()).contains("unknown recommendation id \"OPEN_BACK_CHANNEL_TO_BEIJING\";"
                + " expected one of OPEN_BILATERAL_TALKS,")
                .endsWith("CONSIDER_TAIWAN_SCS_CONCESSIONS\n");
        assertThat(withoutHerRules.out()).endsWith("0 passed, 1 failed\n");
    }

    @Test
    void compareShowsWhereFrameworksAgreeAndDiffer() {
        Cli.Run run = Cli.run(0, "compare", "--framework",
                "pressure-first=" + folder("frameworks/pressure-first"));
        assertThat(run.out()).contains("Frameworks: carpenter-2017, pressure-first",
                "carpenter-2017  ENGAGE_PYONGYANG", "pressure-first  ENLIST_BEIJING", "DIFFER",
                "HAWKISH_POSTURING", "0 of 6 agree", "1 of 2 agree");
        assertThat(run.out()).containsPattern("CALL_ON_BEIJING_FOR_DRASTIC_ACTION +- +yes +differ");
        Cli.Run json = Cli.run(0, "compare", "--framework",
                "pressure-first=" + folder("frameworks/pressure-first"), "--format", "json");
        assertThat(json.out()).contains("\"phaseAgrees\" : false", "\"agree\" : [ \"HAWKISH_POSTURING\" ]");
    }

    @Slow
    @Test
    void compareShowsARivalFrameworksOwnWordingOfABuiltInId(@TempDir Path rival) throws IOException {
        // A rival framework: the essay's rules and catalogue, with OPEN_BILATERAL_TALKS worded its own way.
        TestPaths.copyFolder(TestPaths.rules(), rival);
        Path catalogue = rival.resolve("catalogue.yaml");
        String essays = "Open serious bilateral talks with Pyongyang, as Beijing has long urged";
        String rivals = "Talk to Pyongyang directly and seriously, as Beijing has long asked";
        assertThat(Files.readString(catalogue)).contains(essays);
        Files.writeString(catalogue, Files.readString(catalogue).replace(essays, rivals));

        Cli.Run run = Cli.run(0, "compare", "--framework", "rival=" + rival);
        assertThat(run.out()).contains("5 of 5 agree").endsWith("""
                Worded differently
                  OPEN_BILATERAL_TALKS
                    carpenter-2017  %s
                    rival           %s

                """.formatted(essays, rivals));
        Cli.Run json = Cli.run(0, "compare", "--framework", "rival=" + rival, "--format", "json");
        assertThat(json.out()).contains("""
                  "wordedDifferently" : {
                    "OPEN_BILATERAL_TALKS" : {
                      "carpenter-2017" : "%s",
                      "rival" : "%s"
                    }
                  }
                """.formatted(essays, rivals));
    }

    @Test
    void compareRefusesAFolderUnderTheBuiltInFrameworksName_ratherThanShowItAsTheEssays() {
        String folder = folder("frameworks/pressure-first");
        for (String name : List.of("carpenter-2017", "Carpenter-2017")) {
            Cli.Run run = Cli.run(2, "compare", "--framework", name + "=" + folder);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).containsExactly("leverage: --framework " + name + "=" + folder + ": " + name
                    + " is the built-in framework's name; give " + folder + " a name of its own (carpenter-2017"
                    + " alone compares the built-in one)");
        }
    }

    @Test
    void compareRefusesANameGivenTwice_whateverItsCase() {
        String folder = folder("frameworks/pressure-first");
        Cli.Run twice = Cli.run(2, "compare", "--framework", "mine=" + folder, "--framework", "Mine=" + folder);
        assertThat(twice.out()).isEmpty();
        assertThat(twice.errLines()).containsExactly("leverage: --framework Mine=" + folder + ": the name Mine is"
                + " used twice; give each framework a name of its own");
        Cli.Run builtInTwice = Cli.run(2, "compare", "--framework", "carpenter-2017", "--framework", "carpenter-2017");
        assertThat(builtInTwice.errLines()).containsExactly("leverage: --framework carpenter-2017: the name"
                + " carpenter-2017 is used twice; give each framework a name of its own");
    }

    @Test
    void compareRefusesAFrameworkWithoutAFolder() {
        Cli.Run run = Cli.run(2, "compare", "--framework", "nameonly");
        assertThat(run.errLines()).singleElement().asString().contains("expected NAME=DIR");
    }
}
