package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
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
                .contains("unknown id THAAD", "THAAD_RADAR", "OPEN_BILATERAL_TALKS", "THAAD_LEFT_OUT");
    }

    @Test
    void everyIdCanBeExplainedForEveryProjectScenario() throws IOException {
        Advisor advisor = Advisor.builder().builtInRulesFrom(TestPaths.rules()).build();
        List<Path> files = ScenarioReader.files(List.of(TestPaths.scenarios()));
        for (Path file : files) {
            var scenario = ScenarioReader.read(file);
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
