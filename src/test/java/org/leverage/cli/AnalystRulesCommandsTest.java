package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leverage.TestPaths;

/** validate, rules and compare: what an analyst uses to check and compare frameworks. */
@ExtendWith(Cli.class)
class AnalystRulesCommandsTest {

    private static final String FIXTURES = "rule-folders/";

    private static String folder(String name) {
        return TestPaths.testResource(FIXTURES + name).toString();
    }

    private static List<String> findings(Cli.Run run) {
        return run.out().lines().filter(l -> l.contains(": error [") || l.contains(": warning [")).toList();
    }

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
        Cli.Run run = Cli.run(3, "validate", "--rules", folder("syntax-error"));
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
        Cli.Run run = Cli.run(3, "validate", "--rules", folder("validate/unknown-fact-type"));
        assertThat(findings(run)).singleElement().asString()
                .endsWith("taiwan.drl:9:5: error [compile] Unable to resolve ObjectType 'TaiwanStrait'");
    }

    @Test
    void aRuleWithoutASourceIsAWarningThatStrictTurnsIntoAnError() {
        String expected = "unsourced.drl: warning [no-source] rule \"Posturing is hawkish even without THAAD\" cites"
                + " no source; add @source(\"¶N\") or another source";
        assertThat(findings(Cli.run(0, "validate", "--sample", "50", "--rules", folder("validate/missing-source"))))
                .singleElement().asString().endsWith(expected);
        Cli.run(3, "validate", "--strict", "--sample", "50", "--rules", folder("validate/missing-source"));
    }

    @Test
    void aRuleWhoseConditionsNeverHoldTogetherIsFound() {
        assertThat(findings(Cli.run(0, "validate", "--sample", "200", "--rules", folder("validate/never-fires"))))
                .singleElement().asString()
                .contains("stable-unification.drl: warning [never-fires] rule \"A contested unification of a stable"
                        + " North worries Beijing\" concluded nothing in any of");
    }

    @Test
    void anUndeclaredIdIsFound() {
        assertThat(findings(Cli.run(0, "validate", "--sample", "50", "--rules", folder("validate/undeclared-id"))))
                .singleElement().asString()
                .endsWith("mystery.drl: warning [undeclared-id] rule \"Offer Pyongyang something nobody declared\""
                        + " concludes Recommendation MYSTERY_OFFER, which no catalogue declares (declare it in a"
                        + " catalogue.yaml beside the rule)");
    }

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

    @Test
    void aRecommendationOfAnActionAlreadyInPlaceIsAnError() {
        assertThat(findings(Cli.run(3, "validate", "--sample", "50", "--rules",
                folder("validate/recommended-in-place"))))
                .singleElement().asString()
                .isEqualTo("(framework): error [recommended-in-place] OFFER_PEACE_TREATY is recommended while the"
                        + " state shows it already in place, e.g. when unitedStates.offersToPyongyang.peaceTreaty = true");
    }

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

    @Test
    void compareRefusesAFrameworkWithoutAFolder() {
        Cli.Run run = Cli.run(2, "compare", "--framework", "nameonly");
        assertThat(run.errLines()).singleElement().asString().contains("expected NAME=DIR");
    }
}
