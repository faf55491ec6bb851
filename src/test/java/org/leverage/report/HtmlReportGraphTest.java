package org.leverage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Concern;
import org.leverage.api.Phase;
import org.leverage.scenario.ScenarioCase;
import org.w3c.dom.Element;

/** The argument graph the HTML page draws in SVG: its nodes and edges, the outlines of each status, the legend. */
class HtmlReportGraphTest {

    private final HtmlReport report = new HtmlReport();

    @Test
    void drawsTheGraphAsAnAccessibleInlineSvg() {
        SvgDocument svg = SvgDocument.of(report.render(Fixtures.reasoned()));

        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        Element title = firstElement(svg.root());
        assertThat(title.getTagName()).isEqualTo("title");
        assertThat(title.getTextContent())
                .isEqualTo("Argument graph: 7 input facts, 4 concerns, 2 recommendations, 1 warning, 27 links");
        assertThat(svg.root().getElementsByTagName("desc").item(0).getTextContent())
                .contains("solid green", "dotted orange", "dashed red", "the premise", "thin solid grey",
                        "the residual risks, which Beijing is paid to accept, a dotted purple one");
        assertThat(SvgDocument.number(svg.root(), "width")).isPositive();
        assertThat(SvgDocument.number(svg.root(), "height")).isPositive();
        assertThat(svg.root().getAttribute("viewBox"))
                .isEqualTo("0 0 " + svg.root().getAttribute("width") + " " + svg.root().getAttribute("height"));
    }

    @Test
    void drawsANodePerInputFactConcernRecommendationAndWarning() {
        SvgDocument svg = SvgDocument.of(report.render(Fixtures.reasoned()));

        assertThat(svg.nodes("fact")).hasSize(7);
        assertThat(ids(svg.nodes("concern"))).containsExactly("DECISIVE_PRESSURE_NEEDED", "REGIME_COLLAPSE",
                "REFUGEE_FLOW", "US_BASES_IN_UNIFIED_KOREA");
        assertThat(ids(svg.nodes("recommendation"))).containsExactly("CALL_ON_BEIJING_FOR_DRASTIC_ACTION",
                "RALLY_ALLIED_REFUGEE_AID");
        assertThat(ids(svg.nodes("warning"))).containsExactly("HAWKISH_POSTURING");
        assertThat(svg.nodes()).hasSize(14);
        assertThat(SvgDocument.texts(svg.node("recommendation:RALLY_ALLIED_REFUGEE_AID")))
                .containsExactly("RALLY_ALLIED_REFUGEE_AID", "AT MINIMUM → Tokyo, Seoul and other", "allies", "¶8");
    }

    @Test
    void drawsAnEdgeFromEveryFactAndConcernInAnItemsChain_andNoOther() {
        SvgDocument svg = SvgDocument.of(report.render(Fixtures.reasoned()));

        Set<String> edges = svg.edges().stream()
                .map(e -> e.getAttribute("data-from") + " -> " + e.getAttribute("data-to"))
                .collect(Collectors.toSet());
        assertThat(edges).hasSize(svg.edges().size()).contains(
                "fact:northKorea.responseToOffer = SPURNED -> recommendation:RALLY_ALLIED_REFUGEE_AID",
                "concern:REFUGEE_FLOW -> recommendation:RALLY_ALLIED_REFUGEE_AID",
                "concern:REGIME_COLLAPSE -> concern:REFUGEE_FLOW",
                "concern:DECISIVE_PRESSURE_NEEDED -> concern:REGIME_COLLAPSE",
                "fact:unitedStates.militaryOptionSignaled = true -> warning:HAWKISH_POSTURING",
                "fact:china.pressureOnPyongyang = CAUTIOUS -> recommendation:CALL_ON_BEIJING_FOR_DRASTIC_ACTION");
        List<String> expected = new ArrayList<>();
        ArgumentGraph.of(Fixtures.reasoned()).edges()
                .forEach(e -> expected.add(e.from().key() + " -> " + e.to().key()));
        assertThat(edges).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(edges).noneMatch(e -> e.contains("phase ") || e.contains("Beijing's risks"));
    }

    @Test
    void drawsEveryEdgeBetweenTwoNodes_withAPathAndAnArrowhead() {
        SvgDocument svg = SvgDocument.of(report.render(RealAssessments.pyongyangSaysNo()));
        Set<String> keys = svg.nodes().stream().map(n -> n.getAttribute("data-key")).collect(Collectors.toSet());

        assertThat(svg.edges()).isNotEmpty().allSatisfy(edge -> {
            assertThat(keys).contains(edge.getAttribute("data-from"), edge.getAttribute("data-to"));
            assertThat(SvgDocument.child(edge, "path").getAttribute("d")).startsWith("M");
            assertThat(SvgDocument.child(edge, "polygon").getAttribute("points")).isNotBlank();
        });
        assertThat(svg.groups("edge", "direct")).isNotEmpty();
        assertThat(svg.groups("edge", "indirect")).isNotEmpty();
    }

    @Test
    void setsAnsweredConcernsApart_fromOpenOnes_byClassOutlineAndLabel() {
        SvgDocument svg = SvgDocument.of(report.render(Fixtures.enlisting()));
        Element answered = svg.node("concern:US_BASES_IN_UNIFIED_KOREA");
        Element inPart = svg.node("concern:REFUGEE_FLOW");
        Element open = svg.node("concern:THAAD_RADAR");

        assertThat(SvgDocument.classes(answered)).containsExactly("node", "concern", "answered");
        assertThat(SvgDocument.classes(inPart)).containsExactly("node", "concern", "open", "in-part");
        assertThat(SvgDocument.classes(open)).containsExactly("node", "concern", "open");
        assertThat(svg.nodes("concern", "answered")).hasSize(1);
        assertThat(svg.nodes("concern", "open")).hasSize(2);

        Element answeredBox = SvgDocument.child(answered, "rect");
        Element openBox = SvgDocument.child(open, "rect");
        assertThat(answeredBox.getAttribute("stroke-dasharray")).isEmpty();
        assertThat(openBox.getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(SvgDocument.child(inPart, "rect").getAttribute("stroke-dasharray"))
                .isNotEmpty().isNotEqualTo(openBox.getAttribute("stroke-dasharray"));
        assertThat(answeredBox.getAttribute("stroke")).isNotEqualTo(openBox.getAttribute("stroke"));
        assertThat(SvgDocument.texts(answered)).contains("HIGH · answered");
        assertThat(SvgDocument.texts(inPart)).contains("HIGH · answered in part");
        assertThat(SvgDocument.texts(open)).contains("HIGH · open");
    }

    @Test
    void drawsThePremiseAndAResidualRisk_asSuch_neverOpenNorAnswered_inOutlinesOfTheirOwn() {
        SvgDocument svg = SvgDocument.of(report.render(Fixtures.enlisting()));
        Element premise = svg.node("concern:DECISIVE_PRESSURE_NEEDED");
        Element residual = svg.node("concern:MILITARY_LASHOUT");

        assertThat(SvgDocument.classes(premise)).containsExactly("node", "concern", "premise");
        assertThat(SvgDocument.classes(residual)).containsExactly("node", "concern", "residual");
        assertThat(SvgDocument.texts(premise)).containsExactly("DECISIVE_PRESSURE_NEEDED", "HIGH · premise");
        assertThat(SvgDocument.texts(residual))
                .containsExactly("MILITARY_LASHOUT", "HIGH · residual risk", "Beijing is paid to accept it");
        List<String> outlines = new ArrayList<>();
        for (Element concern : svg.nodes("concern")) {
            Element box = SvgDocument.child(concern, "rect");
            outlines.add(box.getAttribute("stroke") + " " + box.getAttribute("stroke-width") + " "
                    + box.getAttribute("stroke-dasharray"));
        }
        assertThat(outlines).as("an outline per status").hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void drawsEveryPremiseAndResidualRiskTheEngineRaises_asSuch_forEveryProjectScenario() {
        for (ScenarioCase scenario : RealAssessments.projectScenarios()) {
            Assessment assessment = RealAssessments.of(scenario.given());
            SvgDocument svg = SvgDocument.of(report.render(assessment));
            for (Concern c : assessment.concerns()) {
                List<String> classes = SvgDocument.classes(svg.node("concern:" + c.id()));
                String where = scenario.name() + ": " + c.id();
                if (c.premise()) {
                    assertThat(classes).as(where).containsExactly("node", "concern", "premise");
                } else if (c.residual()) {
                    assertThat(classes).as(where).containsExactly("node", "concern", "residual");
                } else {
                    assertThat(classes).as(where).doesNotContain("premise", "residual")
                            .containsAnyOf("answered", "open");
                }
            }
        }
    }

    @Test
    void explainsTheStylesInALegend() {
        SvgDocument svg = SvgDocument.of(report.render(Fixtures.reasoned()));

        assertThat(svg.groups("legend")).hasSize(1);
        assertThat(svg.groups("legend-item", "answered")).singleElement()
                .satisfies(item -> assertThat(SvgDocument.texts(item)).containsExactly("concern: answered"));
        assertThat(svg.groups("legend-item", "open")).hasSize(2);
        assertThat(svg.groups("legend-item", "premise")).singleElement()
                .satisfies(item -> assertThat(SvgDocument.texts(item)).containsExactly("premise"));
        assertThat(svg.groups("legend-item", "residual")).singleElement().satisfies(item ->
                assertThat(SvgDocument.texts(item)).containsExactly("residual risk (paid to accept)"));
        assertThat(SvgDocument.texts(svg.groups("legend").get(0))).contains("concern: open", "input fact",
                "recommendation", "warning", "from an input fact");
    }

    @Test
    void drawsEachLegendSampleInTheOutlineOfTheBoxesItExplains() {
        SvgDocument svg = SvgDocument.of(report.render(Fixtures.enlisting()));

        for (String[] pair : new String[][] {{"premise", "concern:DECISIVE_PRESSURE_NEEDED"},
                {"residual", "concern:MILITARY_LASHOUT"}, {"answered", "concern:US_BASES_IN_UNIFIED_KOREA"},
                {"in-part", "concern:REFUGEE_FLOW"}}) {
            Element sample = SvgDocument.child(svg.groups("legend-item", pair[0]).get(0), "rect");
            Element box = SvgDocument.child(svg.node(pair[1]), "rect");
            for (String attribute : List.of("fill", "stroke", "stroke-width", "stroke-dasharray")) {
                assertThat(sample.getAttribute(attribute)).as("%s of the %s sample", attribute, pair[0])
                        .isEqualTo(box.getAttribute(attribute));
            }
        }
    }

    @Test
    void laysOutTheLegendInTwoRowsOfSamples_belowEveryBox_insideTheDrawing_withNoSampleOverlappingAnother() {
        for (Assessment assessment : List.of(Fixtures.everything(), Fixtures.reasoned(), Fixtures.empty(Phase.NONE))) {
            SvgDocument svg = SvgDocument.of(report.render(assessment));
            double width = SvgDocument.number(svg.root(), "width");
            double height = SvgDocument.number(svg.root(), "height");
            double lowestBox = 0;
            for (Element node : svg.nodes()) {
                Element rect = SvgDocument.child(node, "rect");
                lowestBox = Math.max(lowestBox, SvgDocument.number(rect, "y") + SvgDocument.number(rect, "height"));
            }
            List<Element> samples = svg.groups("legend-item").stream()
                    .filter(item -> !SvgDocument.classes(item).contains("link")).toList();
            assertThat(samples).hasSize(8);
            assertThat(samples.stream().map(item -> SvgDocument.child(item, "rect").getAttribute("y")).distinct())
                    .as("the rows of samples").hasSize(2);
            List<double[]> drawn = new ArrayList<>();
            for (Element item : svg.groups("legend-item")) {
                // A sample or a link: its swatch, then its label, estimated as wide as its characters allow.
                Element label = SvgDocument.child(item, "text");
                double x = Double.parseDouble(item.getElementsByTagName("rect").getLength() > 0
                        ? SvgDocument.child(item, "rect").getAttribute("x")
                        : SvgDocument.child(item, "path").getAttribute("d").replaceFirst("^M(\\S+) .*$", "$1"));
                double y = SvgDocument.number(label, "y") - SvgGraph.LINE_HEIGHT;
                double right = SvgDocument.number(label, "x") + label.getTextContent().length() * SvgGraph.CHAR_WIDTH;
                String where = label.getTextContent();
                assertThat(y).as(where).isGreaterThan(lowestBox);
                assertThat(right).as(where).isLessThanOrEqualTo(width);
                assertThat(y + SvgGraph.LINE_HEIGHT).as(where).isLessThanOrEqualTo(height);
                for (double[] other : drawn) {
                    boolean apart = right <= other[0] || other[2] <= x || y + SvgGraph.LINE_HEIGHT <= other[1]
                            || other[1] + SvgGraph.LINE_HEIGHT <= y;
                    assertThat(apart).as("%s overlaps another legend item", where).isTrue();
                }
                drawn.add(new double[] {x, y, right});
            }
        }
    }

    @Test
    void laysOutEveryNodeApart_insideTheDrawing_withItsTextInsideItsBox_forEveryProjectScenario() {
        List<Assessment> assessments = new ArrayList<>(List.of(Fixtures.everything(), Fixtures.reasoned()));
        for (ScenarioCase scenario : RealAssessments.projectScenarios()) {
            assessments.add(RealAssessments.of(scenario.given()));
        }
        for (Assessment assessment : assessments) {
            SvgDocument svg = SvgDocument.of(report.render(assessment));
            double width = SvgDocument.number(svg.root(), "width");
            double height = SvgDocument.number(svg.root(), "height");
            List<double[]> boxes = new ArrayList<>();
            for (Element node : svg.nodes()) {
                Element rect = SvgDocument.child(node, "rect");
                double x = SvgDocument.number(rect, "x");
                double y = SvgDocument.number(rect, "y");
                double w = SvgDocument.number(rect, "width");
                double h = SvgDocument.number(rect, "height");
                String where = assessment.scenario().label() + ": " + node.getAttribute("data-key");
                assertThat(x).as(where).isGreaterThanOrEqualTo(0);
                assertThat(y).as(where).isGreaterThanOrEqualTo(0);
                assertThat(x + w).as(where).isLessThanOrEqualTo(width);
                assertThat(y + h).as(where).isLessThanOrEqualTo(height);
                List<String> lines = SvgDocument.texts(node);
                assertThat(lines.size() * SvgGraph.LINE_HEIGHT).as(where).isLessThanOrEqualTo((int) h);
                assertThat(lines).as(where).allSatisfy(line -> assertThat(line.length() * SvgGraph.CHAR_WIDTH)
                        .isLessThanOrEqualTo(w - 2 * SvgGraph.PAD_X));
                for (double[] other : boxes) {
                    boolean apart = x + w <= other[0] || other[0] + other[2] <= x
                            || y + h <= other[1] || other[1] + other[3] <= y;
                    assertThat(apart).as("%s overlaps another box", where).isTrue();
                }
                boxes.add(new double[] {x, y, w, h});
            }
        }
    }

    @Test
    void drawsAnEmptyGraphWithANote_whenNothingIsRaised() {
        SvgDocument svg = SvgDocument.of(report.render(Fixtures.empty(Phase.NONE)));

        assertThat(svg.nodes()).isEmpty();
        assertThat(svg.edges()).isEmpty();
        assertThat(SvgDocument.texts(svg.root()))
                .contains("Nothing to draw: no concern, recommendation or warning is raised.");
    }

    private static Element firstElement(Element parent) {
        org.w3c.dom.Node child = parent.getFirstChild();
        while (child != null && !(child instanceof Element)) {
            child = child.getNextSibling();
        }
        return (Element) child;
    }

    private static List<String> ids(List<Element> nodes) {
        return nodes.stream().map(n -> n.getAttribute("data-id")).toList();
    }
}
