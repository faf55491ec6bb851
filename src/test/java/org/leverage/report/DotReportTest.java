package org.leverage.report;

import org.leverage.TestFacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leverage.Golden;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Recommendation;
import org.leverage.api.Assessment.Scenario;
import org.leverage.api.Assessment.Step;
import org.leverage.api.Modality;
import org.leverage.api.Phase;
import org.leverage.scenario.ScenarioCase;

class DotReportTest {

    /**
     * A quoted DOT string as Graphviz reads it: {@code \"} is an escaped quote, any other character stands for
     * itself (so {@code a\\"} ends with an escaped quote, which is why a final backslash gets a space after it).
     */
    private static final String QUOTED = "\"((?:\\\\\"|[^\"])*)\"";
    private static final Pattern NODE = Pattern.compile("^ {4}" + QUOTED + " \\[(.*)\\];$", Pattern.MULTILINE);
    private static final Pattern EDGE = Pattern.compile("^ {2}" + QUOTED + " -> " + QUOTED + "(?: \\[(.*)\\])?;$",
            Pattern.MULTILINE);

    private final DotReport report = new DotReport();

    @Test
    void rendersTheWholeGraph_asItsGoldenFile() {
        Golden.assertMatches(report.render(Fixtures.reasoned()), "reports/reasoned.dot");
    }

    @Test
    void isADigraphNamedLeverage_laidOutLeftToRight_withBalancedBracesAndQuotes() {
        for (Assessment assessment : assessments()) {
            String dot = report.render(assessment);

            assertThat(dot).startsWith("digraph leverage {\n  rankdir=LR;\n").endsWith("\n}\n").doesNotContain("\r");
            assertBalanced(dot);
        }
    }

    @Test
    void declaresEveryNodeOnce_inItsColumnsSubgraph_andEveryEdgeEndpoint() {
        for (Assessment assessment : assessments()) {
            String dot = report.render(assessment);
            Map<String, String> nodes = nodes(dot);
            List<String[]> edges = edges(dot);

            assertThat(edges).allSatisfy(edge -> assertThat(nodes).containsKeys(edge[0], edge[1]));
            assertThat(nodes).hasSize(ArgumentGraph.of(assessment).nodes().size());
            assertThat(edges).hasSize(ArgumentGraph.of(assessment).edges().size());
            assertThat(nodes.keySet()).allMatch(key -> key.matches("(fact|concern|recommendation|warning):.+"));
        }
        String dot = report.render(Fixtures.reasoned());
        assertThat(dot).containsSubsequence("  subgraph facts {\n    label=\"Input facts\";\n    rank=min;\n",
                "\"fact:unitedStates.militaryOptionSignaled = true\"", "  }\n",
                "  subgraph concerns {\n    label=\"Beijing's concerns\";\n", "\"concern:REFUGEE_FLOW\"", "  }\n",
                "  subgraph conclusions {\n    label=\"Recommendations and warnings\";\n    rank=max;\n",
                "\"warning:HAWKISH_POSTURING\"", "  }\n");
    }

    @Test
    void drawsAnEdgeFromEveryFactAndConcernInAnItemsChain() {
        List<String> edges = edges(report.render(Fixtures.reasoned())).stream().map(e -> e[0] + " -> " + e[1]).toList();

        assertThat(edges).contains(
                "fact:northKorea.responseToOffer = SPURNED -> recommendation:RALLY_ALLIED_REFUGEE_AID",
                "concern:REFUGEE_FLOW -> recommendation:RALLY_ALLIED_REFUGEE_AID",
                "concern:REGIME_COLLAPSE -> concern:REFUGEE_FLOW",
                "fact:unitedStates.militaryOptionSignaled = true -> warning:HAWKISH_POSTURING");
        assertThat(edges).doesNotHaveDuplicates().noneMatch(e -> e.contains("phase "));
    }

    @Test
    void stylesEveryConcernStatusApart_answeredInPartOpenPremiseAndResidualRisk() {
        Map<String, String> nodes = nodes(report.render(Fixtures.enlisting()));

        assertThat(nodes.get("concern:US_BASES_IN_UNIFIED_KOREA"))
                .contains("class=\"concern answered\"", "style=solid, color=darkgreen");
        assertThat(nodes.get("concern:REFUGEE_FLOW"))
                .contains("class=\"concern in-part\"", "style=dotted, color=darkorange");
        assertThat(nodes.get("concern:THAAD_RADAR")).contains("class=\"concern open\"", "style=dashed, color=red");
        assertThat(nodes.get("concern:DECISIVE_PRESSURE_NEEDED"))
                .contains("class=\"concern premise\"", "style=solid, color=slategray");
        assertThat(nodes.get("concern:MILITARY_LASHOUT"))
                .contains("class=\"concern residual\"", "style=dotted, color=purple");
        assertThat(nodes.entrySet().stream().filter(node -> node.getKey().startsWith("concern:"))
                .map(node -> styleAndColour(node.getValue())).toList())
                .as("one style and colour per status").doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void neverStylesThePremiseOrAResidualRiskAsOpenOrAnswered_forEveryProjectScenario() {
        for (ScenarioCase scenario : RealAssessments.projectScenarios()) {
            Assessment assessment = RealAssessments.of(scenario.given());
            Map<String, String> nodes = nodes(report.render(assessment));
            for (Assessment.Concern c : assessment.concerns()) {
                String node = nodes.get("concern:" + c.id());
                String where = scenario.name() + ": " + c.id();
                if (c.premise()) {
                    assertThat(node).as(where).contains("· premise\"", "class=\"concern premise\"",
                            "style=solid, color=slategray");
                } else if (c.residual()) {
                    assertThat(node).as(where).contains("· residual risk\\nBeijing is paid to accept it\"",
                            "class=\"concern residual\"", "style=dotted, color=purple");
                } else {
                    assertThat(node).as(where).doesNotContain("premise", "residual");
                }
            }
        }
    }

    @Test
    void explainsEveryConcernStyle_inTheGraphsLabel() {
        String dot = report.render(Fixtures.enlisting());
        String label = dot.substring(dot.indexOf("graph [label=\""), dot.indexOf("\", labelloc="));

        assertThat(label).contains("solid dark green = answered", "dotted orange = answered in part",
                "dashed red = open", "solid slate grey = premise",
                "dotted purple = residual risk (Beijing is paid to accept it)");
    }

    @Test
    void labelsEachConcernWithItsIdLevelAndStatus_andEachItemWithItsId() {
        Map<String, String> nodes = nodes(report.render(Fixtures.reasoned()));

        assertThat(nodes.get("concern:REFUGEE_FLOW")).startsWith("label=\"REFUGEE_FLOW\\nELEVATED · answered in part\"");
        assertThat(nodes.get("concern:US_BASES_IN_UNIFIED_KOREA"))
                .startsWith("label=\"US_BASES_IN_UNIFIED_KOREA\\nELEVATED · answered\"");
        assertThat(nodes.get("concern:DECISIVE_PRESSURE_NEEDED"))
                .startsWith("label=\"DECISIVE_PRESSURE_NEEDED\\nHIGH · premise\"");
        assertThat(nodes.get("concern:REGIME_COLLAPSE"))
                .startsWith("label=\"REGIME_COLLAPSE\\nELEVATED · residual risk\\nBeijing is paid to accept it\"");
        assertThat(nodes.get("recommendation:RALLY_ALLIED_REFUGEE_AID"))
                .startsWith("label=\"RALLY_ALLIED_REFUGEE_AID\\nAT MINIMUM → Tokyo, Seoul and other allies\\n¶8\"");
        assertThat(nodes.get("fact:northKorea.stability = STRAINED"))
                .startsWith("label=\"northKorea.stability = STRAINED\"");
        assertThat(nodes.get("warning:HAWKISH_POSTURING")).startsWith("label=\"HAWKISH_POSTURING\\nwarning · ¶1, ¶2\"");
    }

    @Test
    void quotesAndEscapesIdsAndLabels() {
        Recommendation odd = new Recommendation("A\"B\\C", Phase.ENLIST_BEIJING, null, Modality.CONSIDER,
                "say \"no\"", List.of(), List.of(), List.of(new Step("r", TestFacts.facts("unitedStates.x = ends\\"))));
        Recommendation trailing = new Recommendation("ENDS\\", Phase.ENLIST_BEIJING, null, null, "", List.of(),
                List.of(), List.of(new Step("r", TestFacts.facts("unitedStates.x = ends\\"))));
        Assessment assessment = Fixtures.assessment(new Scenario("a \"label\"\nover two lines", null),
                Phase.ENLIST_BEIJING, List.of(odd, trailing), List.of(), List.of(), List.of(), null);

        String dot = report.render(assessment);

        assertBalanced(dot);
        assertThat(dot).contains("    \"recommendation:A\\\"B\\\\C\" [label=\"A\\\"B\\\\C\\nCONSIDER\", ")
                .contains("tooltip=\"say \\\"no\\\"\"")
                .contains("    \"recommendation:ENDS\\\\ \" [label=\"ENDS\\\\ \", ")
                .contains("  \"fact:unitedStates.x = ends\\\\ \" -> \"recommendation:A\\\"B\\\\C\" [color=\"#8a8a8a\"];\n")
                .contains("graph [label=\"Leverage: a \\\"label\\\" over two lines\\nPhase: ENLIST BEIJING");
        assertThat(nodes(dot)).containsKeys("recommendation:A\\\"B\\\\C", "recommendation:ENDS\\\\ ");
        assertThat(edges(dot)).hasSize(2);
    }

    @Test
    void drawsLinksThroughAConcernInBetweenFaintly() {
        String dot = report.render(Fixtures.reasoned());

        assertThat(dot).contains("  \"concern:REFUGEE_FLOW\" -> \"recommendation:RALLY_ALLIED_REFUGEE_AID\""
                        + " [color=\"#6a1b9a\"];\n")
                .contains("  \"concern:REGIME_COLLAPSE\" -> \"recommendation:RALLY_ALLIED_REFUGEE_AID\""
                        + " [color=\"#6a1b9a40\", class=\"indirect\"];\n");
    }

    @Test
    void rendersAnEmptyGraph_whenNothingIsRaised() {
        assertThat(report.render(Fixtures.empty(Phase.NONE))).startsWith("digraph leverage {\n  rankdir=LR;\n")
                .doesNotContain("subgraph", "->").endsWith("];\n}\n");
    }

    @Test
    void rendersTheSameAssessmentToTheSameBytes() {
        Assessment assessment = RealAssessments.pyongyangSaysNo();

        assertThat(new DotReport().render(assessment)).isEqualTo(report.render(assessment));
    }

    @Test
    void refusesANullAssessment() {
        assertThatNullPointerException().isThrownBy(() -> report.render(null)).withMessageContaining("assessment");
    }

    private static List<Assessment> assessments() {
        List<Assessment> all = new ArrayList<>(List.of(Fixtures.reasoned(), Fixtures.everything(),
                Fixtures.empty(Phase.ENGAGE_PYONGYANG)));
        for (ScenarioCase scenario : RealAssessments.projectScenarios()) {
            all.add(RealAssessments.of(scenario.given()));
        }
        return all;
    }

    /** Braces and brackets balance outside quoted strings, and every quoted string is closed. */
    private static void assertBalanced(String dot) {
        int braces = 0;
        int brackets = 0;
        boolean quoted = false;
        for (int i = 0; i < dot.length(); i++) {
            char c = dot.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < dot.length() && dot.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    assertThat(c).as("a line break inside a quoted string").isNotEqualTo('\n');
                }
                continue;
            }
            switch (c) {
                case '"' -> quoted = true;
                case '{' -> braces++;
                case '}' -> braces--;
                case '[' -> brackets++;
                case ']' -> brackets--;
                default -> { }
            }
            assertThat(braces).as("braces at %d", i).isNotNegative();
            assertThat(brackets).as("brackets at %d", i).isNotNegative();
        }
        assertThat(quoted).as("an unclosed quoted string").isFalse();
        assertThat(braces).as("unbalanced braces").isZero();
        assertThat(brackets).as("unbalanced brackets").isZero();
    }

    /** The declared nodes, by id as written between the quotes, with their attribute lists. */
    private static Map<String, String> nodes(String dot) {
        Map<String, String> nodes = new LinkedHashMap<>();
        Matcher m = NODE.matcher(dot);
        while (m.find()) {
            assertThat(nodes.put(m.group(1), m.group(2))).as("node %s declared twice", m.group(1)).isNull();
        }
        return nodes;
    }

    /** {@code style=solid, color=darkgreen}: a concern node's style and colour attributes. */
    private static String styleAndColour(String attributes) {
        Matcher m = Pattern.compile("style=\\w+, color=\\w+").matcher(attributes);
        assertThat(m.find()).as("a style and colour in %s", attributes).isTrue();
        return m.group();
    }

    private static List<String[]> edges(String dot) {
        List<String[]> edges = new ArrayList<>();
        Matcher m = EDGE.matcher(dot);
        while (m.find()) {
            edges.add(new String[] {m.group(1), m.group(2)});
        }
        assertThat(edges).hasSize((int) dot.lines().filter(line -> line.contains(" -> ")).count());
        return edges;
    }
}
