package org.leverage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.Golden;
import org.leverage.TestPaths;
import org.leverage.api.ConcernKind;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Concern;
import org.leverage.api.Assessment.Recommendation;
import org.leverage.api.Assessment.Scenario;
import org.leverage.api.Modality;
import org.leverage.api.Phase;
import org.leverage.scenario.ScenarioCase;

class MarkdownReportTest {

    private final MarkdownReport report = new MarkdownReport();

    @Test
    void rendersTheWholeMemo_asItsGoldenFile() {
        Golden.assertMatches(report.render(Fixtures.reasoned()), "reports/reasoned.md");
    }

    @Test
    void titlesTheMemoWithTheLabelAndDate_orPlainlyWithout() {
        assertThat(report.render(Fixtures.engaging())).startsWith("# Briefing: baseline-2017 (as of 2017-03-29)\n\n");
        assertThat(report.render(withScenario(new Scenario("my state", null)))).startsWith("# Briefing: my state\n\n");
        assertThat(report.render(Fixtures.empty(Phase.ENGAGE_PYONGYANG))).startsWith("# Briefing\n\n");
    }

    @Test
    void headlinesThePhaseInWords_underTheTitle() {
        assertThat(report.render(Fixtures.engaging())).contains(
                "\n\n**Phase: ENGAGE PYONGYANG** — engage Pyongyang first (¶7)\n\n## Recommendations\n");
        assertThat(report.render(Fixtures.enlisting())).contains("\n\n**Phase: ENLIST BEIJING** — Pyongyang spurned"
                + " the reasonable offer (talks and all four concessions, on our reading); enlist Beijing, and pay it"
                + " to accept the risks (¶8–9)\n\n");
    }

    @Test
    void numbersRecommendationsAcrossPhaseGroups_withToModalityAndSourceUnderEach() {
        String memo = report.render(Fixtures.everything());

        assertThat(memo).containsSubsequence(
                "### Engage Pyongyang (¶7)\n\n",
                "1. `OPEN_BILATERAL_TALKS` — Open serious bilateral talks with Pyongyang, as Beijing has long urged\\\n"
                        + "   To: Pyongyang · Modality: first step · Source: ¶7\n",
                "5. `OFFER_DIPLOMATIC_RELATIONS`",
                "\n\n### Enlist Beijing (¶8–9)\n\n",
                "6. `CALL_ON_BEIJING_FOR_DRASTIC_ACTION`",
                "8. `RALLY_ALLIED_REFUGEE_AID` — Ask Japan, South Korea and the other allies in the region to pledge"
                        + " refugee help too\\\n"
                        + "   To: Tokyo, Seoul and other allies · Modality: at minimum · Source: ¶8 · Answers:"
                        + " `REFUGEE_FLOW`, `CHINA_RELUCTANT`\n",
                "10. `CONSIDER_TAIWAN_SCS_CONCESSIONS` — Perhaps even offer Beijing something on Taiwan or the"
                        + " South China Sea\\\n"
                        + "    To: Beijing · Modality: consider · Source: ¶9 · Answers: `CHINA_RELUCTANT`\n");
        assertThat(memo.split("### Engage Pyongyang", -1)).hasSize(2);
        assertThat(memo.split("### Enlist Beijing", -1)).hasSize(2);
    }

    @Test
    void tablesTheConcerns_withLevelStatusAndWhatAnswersThem_thePremiseAndResidualRisksWithTheirNotes() {
        String memo = report.render(Fixtures.enlisting());

        assertThat(memo).contains("## Beijing's concerns\n\n"
                + "| Concern | Level | Status | Answered by | In brief |\n"
                + "|---|---|---|---|---|\n"
                + "| `DECISIVE_PRESSURE_NEEDED` | HIGH | premise | — (Washington's own requirement (¶3), not a worry an"
                + " incentive answers) | Only cutting off");
        assertThat(memo)
                .contains("| `REFUGEE_FLOW` | HIGH | answered in part | `COMMIT_REFUGEE_AID`, `RALLY_ALLIED_REFUGEE_AID` |")
                .contains("| `MILITARY_LASHOUT` | HIGH | residual risk | — (no incentive removes this risk: the essay"
                        + " pays Beijing to accept it (¶8)) | An imploding regime")
                .contains("| `US_BASES_IN_UNIFIED_KOREA` | HIGH | answered | `SIGN_WITHDRAWAL_AGREEMENT` |")
                .contains("| `THAAD_RADAR` | HIGH | open | `SIGN_WITHDRAWAL_AGREEMENT` | THAAD's radars could be"
                        + " turned against China's nuclear deterrent (¶9) |\n");
        assertThat(tableRows(memo)).hasSize(2 + Fixtures.enlisting().concerns().size());
    }

    @Test
    void neverCallsThePremiseOrAResidualRiskOpenOrAnswered_forEveryProjectScenario() {
        int premises = 0;
        int residuals = 0;
        for (ScenarioCase scenario : RealAssessments.projectScenarios()) {
            Assessment assessment = RealAssessments.of(scenario.given());
            List<String> rows = tableRows(report.render(assessment));
            for (Concern c : assessment.concerns()) {
                if (!c.premise() && !c.residual()) {
                    continue;
                }
                String expected = "| `" + c.id() + "` | " + c.level().name() + " | "
                        + (c.premise() ? "premise | — (" + Wording.PREMISE_NOTE + ")"
                                : "residual risk | — (" + Wording.RESIDUAL_NOTE + ")") + " | ";
                assertThat(rows).as("%s: the row of %s", scenario.name(), c.id())
                        .anyMatch(row -> row.startsWith(expected));
                premises += c.premise() ? 1 : 0;
                residuals += c.residual() ? 1 : 0;
            }
        }
        assertThat(premises).as("premises seen").isPositive();
        assertThat(residuals).as("residual risks seen").isPositive();
    }

    @Test
    void givesEveryTableRowTheSameNumberOfCells() {
        for (String row : tableRows(report.render(Fixtures.everything()))) {
            assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).as(row).isEqualTo(6);
        }
    }

    @Test
    void listsTheWarningsWithTheirParagraphs_andWhatIsAlreadyInPlace() {
        String memo = report.render(Fixtures.engaging());

        assertThat(memo).contains("## Warnings\n\n- `DEMANDS_WITHOUT_INCENTIVES` — Pressing Beijing to act with no"
                + " meaningful incentive of Washington's own on the table is a nonstarter: while Washington still engages"
                + " Pyongyang and has not asked Beijing, the talks Beijing has long sought would count; once Beijing is"
                + " asked or to be enlisted, only a refugee pledge, a written withdrawal or concessions on Taiwan or the"
                + " South China Sea do (¶10, ¶7, ¶8)\n\n");
        assertThat(memo).contains("## Already in place\n\n- `OPEN_BILATERAL_TALKS`\n\n");
    }

    @Test
    void saysNoneOrNothingYet_forEmptySections() {
        String memo = report.render(Fixtures.empty(Phase.ENGAGE_PYONGYANG));

        assertThat(memo).contains("## Recommendations\n\nNone.\n\n")
                .contains("## Beijing's concerns\n\nNone raised.\n\n")
                .contains("## Warnings\n\nNone.\n\n")
                .contains("## Already in place\n\nNothing yet.\n\n");
    }

    @Test
    void saysOutOfScopeWithTheReason_onlyWhenItApplies() {
        String memo = report.render(Fixtures.empty(Phase.NONE));

        assertThat(memo).contains("**Phase: NONE** — out of scope\n\n## Out of scope\n\nPyongyang accepted the offer."
                + " The essay has nothing more to advise for this state.\n\n## Recommendations\n\nNone.\n");
        assertThat(report.render(Fixtures.enlisting())).doesNotContain("Out of scope", "out of scope");
    }

    @Test
    void escapesMarkdownInText_andKeepsIdsAsCodeSpans() {
        Recommendation odd = new Recommendation("ODD`ID|X", Phase.ENGAGE_PYONGYANG, null, Modality.SHOULD,
                "Do *this* [now] <b>|", List.of("¶7"), List.of(), List.of());
        Assessment assessment = Fixtures.assessment(new Scenario("*bold* _claim_ #1 <script>", null),
                Phase.ENGAGE_PYONGYANG, List.of(odd), List.of(), List.of(), List.of(), null);

        String memo = report.render(assessment);

        assertThat(memo).startsWith("# Briefing: \\*bold\\* \\_claim\\_ #1 \\<script\\>\n")
                .contains("1. ``ODD`ID\\|X`` — Do \\*this\\* \\[now\\] \\<b\\>\\|\\\n   Modality: should · Source: ¶7\n");
    }

    @Test
    void writesOnlyTheAssessmentsParaphrases_neverASentenceOfTheEssay() throws Exception {
        Path essay = TestPaths.project().resolve("../shared/source/essay-numbered.md").normalize();
        assumeTrue(Files.isRegularFile(essay), "the essay is beside the clone only in the shared workspace");
        String memo = report.render(RealAssessments.pyongyangSaysNo()) + report.render(Fixtures.everything());

        List<String> copied = new ArrayList<>();
        for (String sentence : sentences(Files.readString(essay, StandardCharsets.UTF_8))) {
            List<String> words = Arrays.asList(sentence.split("\\s+"));
            for (int i = 0; i + 8 <= words.size(); i++) {
                String run = String.join(" ", words.subList(i, i + 8));
                if (memo.contains(run)) {
                    copied.add(run);
                }
            }
        }
        assertThat(copied).as("runs of eight words of the essay in the memo").isEmpty();
    }

    @Test
    void rendersTheSameAssessmentToTheSameBytes_withNewlinesOnly() {
        String first = report.render(Fixtures.everything());

        assertThat(new MarkdownReport().render(Fixtures.everything())).isEqualTo(first);
        assertThat(first).doesNotContain("\r").endsWith("reports.*\n").doesNotEndWith("\n\n");
    }

    @Test
    void refusesANullAssessment() {
        assertThatNullPointerException().isThrownBy(() -> report.render(null)).withMessageContaining("assessment");
    }

    @Test
    void leavesTheLevelCellADash_whenAConcernHasNoLevel() {
        Concern unlevelled = new Concern("CUSTOM", ConcernKind.CONCERN, null, false, false, List.of(), "An analyst's own",
                List.of(), List.of());
        String memo = report.render(Fixtures.assessment(Fixtures.UNLABELLED, Phase.ENGAGE_PYONGYANG, List.of(),
                List.of(), List.of(unlevelled), List.of(), null));

        assertThat(memo).contains("| `CUSTOM` | — | open | — | An analyst's own |\n");
    }

    private static List<String> tableRows(String memo) {
        return memo.lines().filter(line -> line.startsWith("|")).toList();
    }

    private static List<String> sentences(String essay) {
        return Arrays.stream(essay.split("(?<=[.!?])\\s+")).map(s -> s.replaceAll("\\*\\*¶\\d+\\.\\*\\*", "").strip())
                .filter(s -> !s.isEmpty()).toList();
    }

    private static Assessment withScenario(Scenario scenario) {
        Assessment a = Fixtures.engaging();
        return new Assessment(a.format(), scenario, a.phase(), a.recommendations(), a.inPlace(), a.concerns(),
                a.warnings(), a.outOfScope());
    }
}
