package org.leverage.report;

import org.leverage.TestFacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
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
    void escapesEveryText_inThePageAndInTheGraph() {
        String nasty = "<b>&\"quoted\" 'single'</b>";
        Recommendation recommendation = new Recommendation("X<&>\"Y", Phase.ENLIST_BEIJING, null, Modality.CONSIDER,
                nasty, List.of("¶9"), List.of(), List.of(new Step("rule " + nasty, TestFacts.facts("unitedStates.x = <&>"))));
        Concern concern = new Concern("C<&>", ConcernKind.CONCERN, null, false, false, List.of(), nasty, List.of("¶<1>"),
                List.of(new Step("r", TestFacts.facts("concern C<&> at LOW"))));
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

    private static List<String> ids(List<Element> nodes) {
        return nodes.stream().map(n -> n.getAttribute("data-id")).toList();
    }
}
