package org.leverage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leverage.api.ConcernKind;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Concern;
import org.leverage.api.Assessment.Recommendation;
import org.leverage.api.Assessment.Scenario;
import org.leverage.api.Assessment.Step;
import org.leverage.api.Assessment.Warning;
import org.leverage.api.Modality;
import org.leverage.api.Phase;
import org.leverage.scenario.ScenarioCase;
import org.w3c.dom.Element;

class HtmlReportTest {

    private final HtmlReport report = new HtmlReport();

    @Test
    void isOneSelfContainedHtml5Document_thatFetchesNothing() {
        for (Assessment assessment : List.of(Fixtures.reasoned(), Fixtures.everything(), Fixtures.empty(Phase.NONE),
                RealAssessments.pyongyangSaysNo())) {
            String html = report.render(assessment);

            assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .endsWith("</body>\n</html>\n")
                    .containsOnlyOnce("<style>")
                    .doesNotContainIgnoringCase("http")
                    .doesNotContain("//", "src=", "href=", "url(", "@import")
                    .doesNotContainIgnoringCase("<script")
                    .doesNotContainIgnoringCase("<link")
                    .doesNotContainIgnoringCase("<img")
                    .doesNotContainIgnoringCase("<iframe")
                    .doesNotContainIgnoringCase("<object")
                    .doesNotContainIgnoringCase("<embed")
                    .doesNotContainIgnoringCase("@font-face");
        }
    }

    @Test
    void printsBlackOnWhite_withTheGraphAndTheReasoningOnPagesOfTheirOwn() {
        String html = report.render(Fixtures.reasoned());
        String print = html.substring(html.indexOf("@media print {"), html.indexOf("</style>"));

        assertThat(print).contains("color: #000000;", "background: #ffffff;",
                "#graph, #reasoning { break-before: page; page-break-before: always; }",
                "break-inside: avoid;", "svg.argument-graph .node rect, svg.argument-graph .legend-item rect"
                        + " { fill: #ffffff; stroke: #000000; }",
                ".status.open, .status.premise, .status.residual {\n    color: #000000; border-color: #000000; }",
                ".kind-note,");
    }

    @Test
    void titlesThePageWithTheLabelAndDate_andHeadlinesThePhase() {
        String html = report.render(Fixtures.reasoned());

        assertThat(html).contains("<title>Leverage assessment: baseline-2017 (as of 2017-03-29)</title>")
                .contains("<h1>baseline-2017</h1>\n<p class=\"as-of\">As of <time datetime=\"2017-03-29\">2017-03-29"
                        + "</time></p>\n")
                .contains("<p class=\"phase\" data-phase=\"ENLIST_BEIJING\"><strong>Phase: ENLIST BEIJING</strong>"
                        + " — Pyongyang spurned the reasonable offer (talks and all four concessions, on our reading);"
                        + " enlist Beijing, and pay it to accept the risks (¶8–9)</p>");
    }

    @Test
    void numbersRecommendationsAcrossPhaseGroups_withModalityAddresseeAndParagraph() {
        String html = report.render(Fixtures.everything());

        assertThat(html).containsSubsequence(
                "<h3>Engage Pyongyang (¶7)</h3>\n<ol class=\"recommendations\" start=\"1\">",
                "<li class=\"item recommendation\" data-id=\"OPEN_BILATERAL_TALKS\">\n<p class=\"item-head\">"
                        + "<code>OPEN_BILATERAL_TALKS</code> <span class=\"tag modality\">FIRST STEP</span></p>\n"
                        + "<p class=\"summary\">Open serious bilateral talks with Pyongyang, as Beijing has long"
                        + " urged</p>\n<p class=\"meta\">To: Pyongyang · Source: ¶7</p>",
                "<h3>Enlist Beijing (¶8–9)</h3>\n<ol class=\"recommendations\" start=\"6\">",
                "data-id=\"CALL_ON_BEIJING_FOR_DRASTIC_ACTION\"",
                "data-id=\"RALLY_ALLIED_REFUGEE_AID\"",
                "<p class=\"meta\">To: Tokyo, Seoul and other allies · Source: ¶8 · Answers: <code>REFUGEE_FLOW</code>,"
                        + " <code>CHINA_RELUCTANT</code></p>");
    }

    @Test
    void tablesTheConcerns_withTheirStatusInWordsAndStyle() {
        String html = report.render(Fixtures.enlisting());

        assertThat(html).contains("<tr class=\"concern in-part\" data-id=\"REFUGEE_FLOW\"><th scope=\"row\">"
                        + "<code>REFUGEE_FLOW</code></th><td>HIGH</td><td><span class=\"status in-part\">answered in"
                        + " part</span></td><td><code>COMMIT_REFUGEE_AID</code>, <code>RALLY_ALLIED_REFUGEE_AID</code>"
                        + "</td><td>If the North came apart, a mass of refugees would flee into China, an easier road"
                        + " than the heavily mined DMZ (¶4, ¶8)</td></tr>")
                .contains("<tr class=\"concern answered\" data-id=\"US_BASES_IN_UNIFIED_KOREA\">")
                .contains("<span class=\"status answered\">answered</span>")
                .contains("<tr class=\"concern open\" data-id=\"THAAD_RADAR\">")
                .contains("<span class=\"status open\">open</span>");
    }

    @Test
    void tablesThePremiseAndAResidualRisk_asSuch_withTheirNotes_neverOpen() {
        String html = report.render(Fixtures.reasoned());

        assertThat(html).contains("<tr class=\"concern premise\" data-id=\"DECISIVE_PRESSURE_NEEDED\"><th"
                        + " scope=\"row\"><code>DECISIVE_PRESSURE_NEEDED</code></th><td>HIGH</td><td><span"
                        + " class=\"status premise\">premise</span></td><td>—<span class=\"kind-note\">Washington&#39;s"
                        + " own requirement (¶3), not a worry an incentive answers</span></td><td>Only cutting off")
                .contains("<tr class=\"concern residual\" data-id=\"REGIME_COLLAPSE\"><th scope=\"row\"><code>"
                        + "REGIME_COLLAPSE</code></th><td>ELEVATED</td><td><span class=\"status residual\">residual"
                        + " risk</span></td><td>—<span class=\"kind-note\">no incentive removes this risk: the essay"
                        + " pays Beijing to accept it (¶8)</span></td><td>Cut off, the North could start to come"
                        + " apart: a tremendous risk for Beijing (¶4)</td></tr>")
                .doesNotContain("class=\"concern open\"", "class=\"status open\"");
        String style = html.substring(html.indexOf("<style>"), html.indexOf("@media print"));
        assertThat(style).contains(".status.premise {", ".status.residual {", ".kind-note {");
    }

    @Test
    void tablesEveryPremiseAndResidualRiskTheEngineRaises_asSuch_forEveryProjectScenario() {
        for (ScenarioCase scenario : RealAssessments.projectScenarios()) {
            Assessment assessment = RealAssessments.of(scenario.given());
            String html = report.render(assessment);
            for (Concern c : assessment.concerns()) {
                String where = scenario.name() + ": " + c.id();
                String row = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>")).lines()
                        .filter(line -> line.contains("data-id=\"" + c.id() + "\">")).findFirst()
                        .orElseThrow(() -> new AssertionError("no row for " + where));
                if (c.premise()) {
                    assertThat(row).as(where).startsWith("<tr class=\"concern premise\"")
                            .contains("<span class=\"status premise\">premise</span>", "<span class=\"kind-note\">"
                                    + Xml.escape(Wording.PREMISE_NOTE) + "</span>");
                } else if (c.residual()) {
                    assertThat(row).as(where).startsWith("<tr class=\"concern residual\"")
                            .contains("<span class=\"status residual\">residual risk</span>",
                                    "<span class=\"kind-note\">" + Xml.escape(Wording.RESIDUAL_NOTE) + "</span>");
                } else {
                    assertThat(row).as(where).doesNotContain("premise", "residual", "kind-note");
                }
            }
        }
    }

    @Test
    void listsWarningsAndWhatIsInPlace_andSaysOutOfScopeOnlyWhenItApplies() {
        String html = report.render(Fixtures.reasoned());

        assertThat(html).contains("<li class=\"item warning\" data-id=\"HAWKISH_POSTURING\"><code>HAWKISH_POSTURING"
                        + "</code> — Threats of force alarm Beijing but are unlikely to move it to take the risks of"
                        + " pressing the North much harder (¶1, ¶2)</li>")
                .contains("<ul class=\"in-place\">\n<li><code>COMMIT_REFUGEE_AID</code></li>\n"
                        + "<li><code>SIGN_WITHDRAWAL_AGREEMENT</code></li>\n</ul>")
                .doesNotContain("out-of-scope\"");
        assertThat(report.render(Fixtures.empty(Phase.NONE))).contains("<section id=\"out-of-scope\""
                + " class=\"out-of-scope\">\n<h2>Out of scope</h2>\n<p><strong>Pyongyang accepted the offer</strong>."
                + " The essay has nothing more to advise for this state.</p>\n</section>");
    }

    @Test
    void showsTheRulesAndFactsBehindEachItem() {
        String html = report.render(Fixtures.reasoned());
        String reasoning = html.substring(html.indexOf("<section id=\"reasoning\""), html.indexOf("<section id=\"paragraphs\""));

        assertThat(reasoning).containsSubsequence(
                "<div class=\"item recommendation\" data-id=\"RALLY_ALLIED_REFUGEE_AID\">",
                "<li><span class=\"rule\">Rally the allies to pledge refugee aid while Beijing bears the refugee"
                        + " risk</span>\n<ul>\n"
                        + "<li><code>the refugee pledges are due: Pyongyang has spurned the reasonable offer</code></li>\n"
                        + "<li><code>concern REFUGEE_FLOW at ELEVATED</code></li>\n</ul>\n</li>",
                "<div class=\"item concern\" data-id=\"DECISIVE_PRESSURE_NEEDED\">",
                "<div class=\"item warning\" data-id=\"HAWKISH_POSTURING\">",
                "<code>unitedStates.militaryOptionSignaled = true</code>");
    }

    @Test
    void listsTheParagraphsCitedInTheEssaysOrder_eachWithItsParaphrases() {
        String html = report.render(Fixtures.everything());
        String cited = html.substring(html.indexOf("<section id=\"paragraphs\""), html.indexOf("<footer>"));

        assertThat(cited).containsSubsequence("<dt>¶1</dt>", "<dt>¶2</dt>", "<dt>¶3</dt>", "<dt>¶4</dt>",
                "<dt>¶5</dt>", "<dt>¶6</dt>", "<dt>¶7</dt>", "<dt>¶8</dt>", "<dt>¶9</dt>", "<dt>¶10</dt>");
        assertThat(cited).contains("<dt>¶10</dt>\n<dd><ul>\n<li>Pressing Beijing to act with no meaningful incentive"
                + " of Washington&#39;s own on the table is a nonstarter: while Washington still engages Pyongyang and"
                + " has not asked Beijing, the talks Beijing has long sought would count; once Beijing is asked or to be"
                + " enlisted, only a refugee pledge, a written withdrawal or concessions on Taiwan or the South China Sea"
                + " do — <code>DEMANDS_WITHOUT_INCENTIVES</code></li>\n</ul></dd>");
    }

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
    void escapesEveryText_inThePageAndInTheGraph() {
        String nasty = "<b>&\"quoted\" 'single'</b>";
        Recommendation recommendation = new Recommendation("X<&>\"Y", Phase.ENLIST_BEIJING, null, Modality.CONSIDER,
                nasty, List.of("¶9"), List.of(), List.of(new Step("rule " + nasty, List.of("unitedStates.x = <&>"))));
        Concern concern = new Concern("C<&>", ConcernKind.CONCERN, null, false, false, List.of(), nasty, List.of("¶<1>"),
                List.of(new Step("r", List.of("concern C<&> at LOW"))));
        Warning warning = new Warning("W\"", nasty, List.of(), List.of());
        Assessment assessment = Fixtures.assessment(new Scenario("</title><script>alert('x&y')</script>", null),
                Phase.ENLIST_BEIJING, List.of(recommendation), List.of("IN<PLACE>"), List.of(concern),
                List.of(warning), null);

        String html = report.render(assessment);

        assertThat(html).doesNotContain("<b>", "<script", "<PLACE>", "X<&>", "\"quoted\"")
                .contains("<h1>&lt;/title&gt;&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt;</h1>")
                .contains("&lt;b&gt;&amp;&quot;quoted&quot; &#39;single&#39;&lt;/b&gt;")
                .contains("<code>X&lt;&amp;&gt;&quot;Y</code>")
                .contains("<code>unitedStates.x = &lt;&amp;&gt;</code>")
                .contains("<dt>¶&lt;1&gt;</dt>");
        SvgDocument svg = SvgDocument.of(html);
        assertThat(ids(svg.nodes("recommendation"))).containsExactly("X<&>\"Y");
        assertThat(ids(svg.nodes("warning"))).containsExactly("W\"");
        assertThat(ids(svg.nodes("fact"))).containsExactly("unitedStates.x = <&>");
        assertThat(SvgDocument.texts(svg.node("recommendation:X<&>\"Y"))).startsWith("X<&>\"Y");
        assertThat(SvgDocument.child(svg.node("recommendation:X<&>\"Y"), "title").getTextContent())
                .isEqualTo("X<&>\"Y: " + nasty + " (¶9)");
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

    @Test
    void rendersTheSameAssessmentToTheSameBytes_withNewlinesOnly() {
        Assessment assessment = RealAssessments.pyongyangSaysNo();
        String first = report.render(assessment);

        assertThat(new HtmlReport().render(assessment)).isEqualTo(first);
        assertThat(first).doesNotContain("\r");
    }

    @Test
    void refusesANullAssessment() {
        assertThatNullPointerException().isThrownBy(() -> report.render(null)).withMessageContaining("assessment");
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
