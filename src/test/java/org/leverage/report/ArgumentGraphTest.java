package org.leverage.report;

import org.leverage.TestFacts;
import org.leverage.api.Fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Step;
import org.leverage.api.ConcernId;
import org.leverage.api.Level;
import org.leverage.api.Phase;
import org.leverage.api.RecommendationId;
import org.leverage.report.ArgumentGraph.Column;
import org.leverage.report.ArgumentGraph.Edge;
import org.leverage.report.ArgumentGraph.Kind;
import org.leverage.report.ArgumentGraph.Node;
import org.leverage.report.ArgumentGraph.Status;
import org.leverage.scenario.ScenarioCase;

class ArgumentGraphTest {

    @Test
    void hasANodePerConcernRecommendationAndWarning_andOnePerInputFactOfTheirChains() {
        ArgumentGraph graph = ArgumentGraph.of(Fixtures.reasoned());

        assertThat(keys(graph.column(Column.CONCERNS))).containsExactly("concern:DECISIVE_PRESSURE_NEEDED",
                "concern:REGIME_COLLAPSE", "concern:REFUGEE_FLOW", "concern:US_BASES_IN_UNIFIED_KOREA");
        assertThat(keys(graph.column(Column.CONCLUSIONS))).containsExactly(
                "recommendation:CALL_ON_BEIJING_FOR_DRASTIC_ACTION", "recommendation:RALLY_ALLIED_REFUGEE_AID",
                "warning:HAWKISH_POSTURING");
        assertThat(ids(graph.column(Column.FACTS))).containsExactly(
                "china.pressureOnPyongyang = CAUTIOUS",
                "northKorea.nuclearProgram = ACTIVE",
                "northKorea.responseToOffer = SPURNED",
                "northKorea.stability = STRAINED",
                "unitedStates.forcesOnPeninsula = true",
                "unitedStates.goal = DENUCLEARIZATION",
                "unitedStates.militaryOptionSignaled = true");
        assertThat(graph.nodes()).hasSize(7 + 4 + 3);
    }

    @Test
    void linksAnItemFromEveryInputFactAndConcernItsChainMentions() {
        ArgumentGraph graph = ArgumentGraph.of(Fixtures.reasoned());

        assertThat(sourcesOf(graph, "recommendation:RALLY_ALLIED_REFUGEE_AID")).containsExactlyInAnyOrder(
                "fact:northKorea.responseToOffer = SPURNED", "concern:REFUGEE_FLOW", "concern:REGIME_COLLAPSE",
                "concern:DECISIVE_PRESSURE_NEEDED", "fact:northKorea.stability = STRAINED",
                "fact:unitedStates.goal = DENUCLEARIZATION", "fact:northKorea.nuclearProgram = ACTIVE");
        assertThat(sourcesOf(graph, "concern:REGIME_COLLAPSE")).containsExactlyInAnyOrder(
                "concern:DECISIVE_PRESSURE_NEEDED", "fact:northKorea.stability = STRAINED",
                "fact:unitedStates.goal = DENUCLEARIZATION", "fact:northKorea.nuclearProgram = ACTIVE");
        assertThat(sourcesOf(graph, "warning:HAWKISH_POSTURING"))
                .containsExactly("fact:unitedStates.militaryOptionSignaled = true");
    }

    @Test
    void leavesOutDerivedFactsThatAreNeitherInputFactsNorConcerns() {
        ArgumentGraph graph = ArgumentGraph.of(Fixtures.reasoned());

        assertThat(ids(graph.nodes()))
                .noneMatch(id -> id.startsWith("phase ") || id.startsWith("the refugee pledges are due"));
        assertThat(sourcesOf(graph, "recommendation:CALL_ON_BEIJING_FOR_DRASTIC_ACTION")).containsExactly(
                "fact:china.pressureOnPyongyang = CAUTIOUS", "fact:northKorea.responseToOffer = SPURNED");
    }

    @Test
    void readsAConcernFactByItsType_butNeverAConcernThatIsNotRaised_norAnItemItself() {
        Assessment assessment = Fixtures.assessment(Fixtures.BASELINE, Phase.ENGAGE_PYONGYANG, List.of(), List.of(),
                List.of(Fixtures.concern(ConcernId.THAAD_RADAR, Level.HIGH, false, false,
                                new Step("THAAD's radars worry Beijing", TestFacts.facts("unitedStates.thaadDeployed = true",
                                        "concern THAAD_RADAR at HIGH"))),
                        Fixtures.concern(ConcernId.CHINA_RELUCTANT, Level.HIGH, false, false,
                                new Step("Beijing stays reluctant", List.of(
                                        Fact.derived("Concern", "THAAD_RADAR", "THAAD's radars, raised"),
                                        Fact.derived("Concern", "MILITARY_LASHOUT", "concern MILITARY_LASHOUT at LOW"))))),
                List.of(), null);

        ArgumentGraph graph = ArgumentGraph.of(assessment);

        assertThat(sourcesOf(graph, "concern:CHINA_RELUCTANT")).containsExactly("concern:THAAD_RADAR");
        assertThat(sourcesOf(graph, "concern:THAAD_RADAR")).containsExactly("fact:unitedStates.thaadDeployed = true");
    }

    @Test
    void marksALinkIndirect_whenItAlsoRunsThroughAConcernInBetween() {
        ArgumentGraph graph = ArgumentGraph.of(Fixtures.reasoned());

        assertThat(edge(graph, "concern:REFUGEE_FLOW", "recommendation:RALLY_ALLIED_REFUGEE_AID").direct()).isTrue();
        assertThat(edge(graph, "fact:northKorea.responseToOffer = SPURNED", "recommendation:RALLY_ALLIED_REFUGEE_AID")
                .direct()).isTrue();
        assertThat(edge(graph, "concern:REGIME_COLLAPSE", "recommendation:RALLY_ALLIED_REFUGEE_AID").direct())
                .isFalse();
        assertThat(edge(graph, "fact:northKorea.stability = STRAINED", "concern:REFUGEE_FLOW").direct()).isFalse();
        assertThat(edge(graph, "fact:northKorea.stability = STRAINED", "concern:REGIME_COLLAPSE").direct()).isTrue();
    }

    @Test
    void givesEachConcernItsStatus_andEachNodeTheLinesToDraw() {
        ArgumentGraph graph = ArgumentGraph.of(Fixtures.reasoned());

        assertThat(node(graph, "concern:REFUGEE_FLOW").status()).isEqualTo(Status.IN_PART);
        assertThat(node(graph, "concern:REFUGEE_FLOW").details()).containsExactly("ELEVATED · answered in part");
        assertThat(node(graph, "concern:US_BASES_IN_UNIFIED_KOREA").status()).isEqualTo(Status.ANSWERED);
        assertThat(node(graph, "recommendation:RALLY_ALLIED_REFUGEE_AID").details())
                .containsExactly("AT MINIMUM → Tokyo, Seoul and other allies", "¶8");
        assertThat(node(graph, "warning:HAWKISH_POSTURING").details()).containsExactly("warning · ¶1, ¶2");
        assertThat(node(graph, "fact:northKorea.stability = STRAINED").status()).isNull();
    }

    @Test
    void givesThePremiseAndResidualRisksTheirOwnStatus_neverOpenNorAnswered() {
        ArgumentGraph graph = ArgumentGraph.of(Fixtures.reasoned());

        assertThat(node(graph, "concern:DECISIVE_PRESSURE_NEEDED").status()).isEqualTo(Status.PREMISE);
        assertThat(node(graph, "concern:DECISIVE_PRESSURE_NEEDED").details()).containsExactly("HIGH · premise");
        assertThat(node(graph, "concern:REGIME_COLLAPSE").status()).isEqualTo(Status.RESIDUAL);
        assertThat(node(graph, "concern:REGIME_COLLAPSE").details())
                .containsExactly("ELEVATED · residual risk", "Beijing is paid to accept it");
    }

    @Test
    void givesEveryConcernTheStatusOfItsKind_forEveryProjectScenario() {
        for (ScenarioCase scenario : RealAssessments.projectScenarios()) {
            Assessment assessment = RealAssessments.of(scenario.given());
            ArgumentGraph graph = ArgumentGraph.of(assessment);
            for (Assessment.Concern c : assessment.concerns()) {
                Status status = node(graph, "concern:" + c.id()).status();
                String where = scenario.name() + ": " + c.id();
                switch (c.kind()) {
                    case PREMISE -> assertThat(status).as(where).isEqualTo(Status.PREMISE);
                    case RESIDUAL_RISK -> assertThat(status).as(where).isEqualTo(Status.RESIDUAL);
                    case CONCERN -> assertThat(status).as(where).isIn(Status.ANSWERED, Status.IN_PART, Status.OPEN);
                }
            }
        }
    }

    @Test
    void isEmpty_forAnAssessmentThatRaisesNothing() {
        ArgumentGraph graph = ArgumentGraph.of(Fixtures.empty(Phase.ENGAGE_PYONGYANG));

        assertThat(graph.isEmpty()).isTrue();
        assertThat(graph.edges()).isEmpty();
    }

    @Test
    void keepsOneNodePerKindAndId_andAnyItemWithoutAChainUnlinked() {
        Assessment assessment = Fixtures.assessment(Fixtures.BASELINE, Phase.ENGAGE_PYONGYANG,
                List.of(Fixtures.recommendation(RecommendationId.OFFER_PEACE_TREATY),
                        Fixtures.recommendation(RecommendationId.OFFER_PEACE_TREATY)),
                List.of(), List.of(), List.of(), null);

        ArgumentGraph graph = ArgumentGraph.of(assessment);

        assertThat(keys(graph.nodes())).containsExactly("recommendation:OFFER_PEACE_TREATY");
        assertThat(graph.edges()).isEmpty();
    }

    @Test
    void buildsTheSameGraphTwice() {
        Assessment assessment = RealAssessments.pyongyangSaysNo();

        ArgumentGraph first = ArgumentGraph.of(assessment);
        ArgumentGraph again = ArgumentGraph.of(assessment);

        assertThat(again.nodes()).isEqualTo(first.nodes());
        assertThat(again.edges()).isEqualTo(first.edges());
    }

    @Test
    void linksOnlyWhatTheChainSays_forEveryProjectScenario() {
        for (ScenarioCase scenario : RealAssessments.projectScenarios()) {
            Assessment assessment = RealAssessments.of(scenario.given());
            ArgumentGraph graph = ArgumentGraph.of(assessment);

            int items = assessment.concerns().size() + assessment.recommendations().size()
                    + assessment.warnings().size();
            assertThat(graph.nodes().stream().filter(n -> n.kind() != Kind.FACT)).as(scenario.name()).hasSize(items);
            for (Edge edge : graph.edges()) {
                String chain = chainText(assessment, edge.to());
                String mention = edge.from().kind() == Kind.FACT ? edge.from().id() : "concern " + edge.from().id();
                assertThat(chain).as("%s: %s in the chain of %s", scenario.name(), edge.from().key(),
                        edge.to().key()).contains(mention);
                assertThat(edge.from()).isNotEqualTo(edge.to());
            }
            Set<Node> linked = graph.edges().stream().flatMap(e -> Stream.of(e.from(), e.to()))
                    .collect(Collectors.toSet());
            assertThat(graph.column(Column.FACTS)).as(scenario.name()).allMatch(linked::contains);
        }
    }

    @Test
    void refusesANullAssessment() {
        assertThatNullPointerException().isThrownBy(() -> ArgumentGraph.of(null)).withMessageContaining("assessment");
    }

    private static String chainText(Assessment assessment, Node item) {
        List<Step> steps = switch (item.kind()) {
            case CONCERN -> assessment.concern(item.id()).orElseThrow().because();
            case RECOMMENDATION -> assessment.recommendations().stream().filter(r -> r.id().equals(item.id()))
                    .findFirst().orElseThrow().because();
            case WARNING -> assessment.warnings().stream().filter(w -> w.id().equals(item.id()))
                    .findFirst().orElseThrow().because();
            case FACT -> throw new AssertionError("a fact has no chain: " + item);
        };
        return steps.stream().flatMap(s -> s.facts().stream()).map(Fact::text).collect(Collectors.joining("\n"));
    }

    static List<String> sourcesOf(ArgumentGraph graph, String key) {
        return graph.edges().stream().filter(e -> e.to().key().equals(key)).map(e -> e.from().key()).toList();
    }

    private static Edge edge(ArgumentGraph graph, String from, String to) {
        return graph.edges().stream().filter(e -> e.from().key().equals(from) && e.to().key().equals(to))
                .findFirst().orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to));
    }

    private static Node node(ArgumentGraph graph, String key) {
        return graph.nodes().stream().filter(n -> n.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + key));
    }

    private static List<String> keys(List<Node> nodes) {
        return nodes.stream().map(Node::key).toList();
    }

    private static List<String> ids(List<Node> nodes) {
        return nodes.stream().map(Node::id).toList();
    }
}
