package org.leverage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Scenario;
import org.leverage.api.ConcernId;
import org.leverage.api.Level;
import org.leverage.api.Phase;
import org.leverage.api.RecommendationId;
import org.leverage.scenario.ScenarioCase;

class TextReportTest {

    private final TextReport report = new TextReport();

    private static final String ENLISTING = """
            Scenario: baseline-2017 (as of 2017-03-29)
            Phase: ENLIST BEIJING — Pyongyang spurned the reasonable offer (talks and all four concessions, on
                   our reading); enlist Beijing, and pay it to accept the risks (¶8–9)

            Recommendations
            ---------------
            Engage Pyongyang (¶7)
              1. OPEN_BILATERAL_TALKS  [FIRST STEP → Pyongyang]  ¶7
                 Open serious bilateral talks with Pyongyang, as Beijing has long urged
              2. OFFER_SANCTIONS_RELIEF  [SHOULD → Pyongyang]  ¶7
                 Offer to lift the economic sanctions on the North, or at least cut them deeply
            Enlist Beijing (¶8–9)
              3. CALL_ON_BEIJING_FOR_DRASTIC_ACTION  [NOW CREDIBLE → Beijing]  ¶8
                 Ask Beijing to cut off the North's aid: with a reasonable offer spurned, Washington can now ask
                 with far more weight
              4. RALLY_ALLIED_REFUGEE_AID  [AT MINIMUM → Tokyo, Seoul and other allies]  ¶8
                 Ask Japan, South Korea and the other allies in the region to pledge refugee help too
              5. CONSIDER_TAIWAN_SCS_CONCESSIONS  [CONSIDER → Beijing]  ¶9
                 Perhaps even offer Beijing something on Taiwan or the South China Sea

            Beijing's concerns
            ------------------
              DECISIVE_PRESSURE_NEEDED  HIGH  premise
                — Washington's own requirement (¶3), not a worry an incentive answers
                Only cutting off the North's food and energy, not trimming or delaying them, could bring it to
                give up both its nuclear and its missile programs (¶3)
              REFUGEE_FLOW  HIGH  answered in part — answered by: COMMIT_REFUGEE_AID, RALLY_ALLIED_REFUGEE_AID
                If the North came apart, a mass of refugees would flee into China, an easier road than the
                heavily mined DMZ (¶4, ¶8)
              MILITARY_LASHOUT  HIGH  residual risk
                — no incentive removes this risk: the essay pays Beijing to accept it (¶8)
                An imploding regime that believed it had nothing left to lose could lash out and bring on the
                war every neighbour wants to prevent (¶5)
              US_BASES_IN_UNIFIED_KOREA  HIGH  answered
                Even a peaceful unification under Seoul could leave a U.S. ally, and sooner or later perhaps
                U.S. bases, on China's border: a realistic worry after NATO's eastward growth (¶6, ¶9)
              THAAD_RADAR  HIGH  open — answered by: SIGN_WITHDRAWAL_AGREEMENT
                THAAD's radars could be turned against China's nuclear deterrent (¶9)

            Warnings
            --------
              none

            Already in place
            ----------------
              COMMIT_REFUGEE_AID
              SIGN_WITHDRAWAL_AGREEMENT

            Run with --format json for the rules and facts behind each item.
            """;

    @Test
    void rendersTheWholeLayout_forAnAssessmentOfTheEnlistPhase_withAConcernOfEveryKindAndStatus() {
        assertThat(report.render(Fixtures.enlisting())).isEqualTo(ENLISTING);
    }

    @Test
    void headlinesTheEngagePhaseInWords() {
        assertThat(report.render(Fixtures.empty(Phase.ENGAGE_PYONGYANG)))
                .startsWith("Phase: ENGAGE PYONGYANG — engage Pyongyang first (¶7)\n\n");
    }

    @Test
    void headlinesTheEnlistPhaseInWords_wrappedUnderThePhaseLabel() {
        assertThat(report.render(Fixtures.empty(Phase.ENLIST_BEIJING))).startsWith(
                "Phase: ENLIST BEIJING — Pyongyang spurned the reasonable offer (talks and all four concessions, on\n"
                        + "       our reading); enlist Beijing, and pay it to accept the risks (¶8–9)\n\n");
    }

    @Test
    void wrapsAnOutOfScopeHeadlineOfSeveralReasons_underThePhaseLabel() {
        Assessment assessment = Fixtures.assessment(Fixtures.UNLABELLED, Phase.NONE, List.of(), List.of(),
                List.of(), List.of(), "Pyongyang has accepted the offer; both the nuclear and the missile programs"
                        + " are frozen or abandoned; the North Korean state has collapsed, leaving no regime to"
                        + " bargain with");

        assertThat(report.render(assessment)).startsWith("""
                Phase: NONE — out of scope: Pyongyang has accepted the offer; both the nuclear and the missile
                       programs are frozen or abandoned; the North Korean state has collapsed, leaving no regime to
                       bargain with
                The essay has nothing more to advise for this state.

                """);
    }

    @Test
    void wrapsALongScenarioLabel_underTheScenarioLabel() {
        String label = "Pyongyang says no; Washington has pledged refugee aid and signed a written withdrawal that"
                + " leaves THAAD out";

        assertThat(report.render(withScenario(new Scenario(label, LocalDate.of(2017, 6, 1))))).startsWith("""
                Scenario: Pyongyang says no; Washington has pledged refugee aid and signed a written withdrawal that
                          leaves THAAD out (as of 2017-06-01)
                Phase: ENGAGE PYONGYANG""");
    }

    @Test
    void headlinesOutOfScopeWithTheReason_andSaysTheEssayHasNothingMoreToAdvise() {
        assertThat(report.render(Fixtures.empty(Phase.NONE))).startsWith("""
                Phase: NONE — out of scope: Pyongyang accepted the offer
                The essay has nothing more to advise for this state.

                Recommendations
                ---------------
                  none
                """);
    }

    @Test
    void stillReportsConcernsAndWarnings_whenOutOfScope() {
        Assessment assessment = Fixtures.assessment(Fixtures.UNLABELLED, Phase.NONE, List.of(), List.of(),
                List.of(Fixtures.concern(ConcernId.MILITARY_LASHOUT, Level.LOW, false, false)),
                List.of(Fixtures.warning(org.leverage.api.WarningId.HAWKISH_POSTURING)),
                "both programs are frozen");

        assertThat(report.render(assessment))
                .contains("Phase: NONE — out of scope: both programs are frozen\n")
                .contains("  MILITARY_LASHOUT  LOW  residual risk\n"
                        + "    — no incentive removes this risk: the essay pays Beijing to accept it (¶8)\n")
                .contains("  HAWKISH_POSTURING  ¶1, ¶2\n");
    }

    @Test
    void showsTheScenarioAboveThePhase_onlyWhenThereIsOne() {
        assertThat(report.render(Fixtures.engaging()))
                .startsWith("Scenario: baseline-2017 (as of 2017-03-29)\nPhase: ENGAGE PYONGYANG");
        assertThat(report.render(Fixtures.empty(Phase.ENGAGE_PYONGYANG)))
                .startsWith("Phase:").doesNotContain("Scenario:");
        assertThat(report.render(withScenario(new Scenario("my state", null))))
                .startsWith("Scenario: my state\nPhase:");
        assertThat(report.render(withScenario(new Scenario("", LocalDate.of(2020, 1, 2)))))
                .startsWith("Scenario: as of 2020-01-02\nPhase:");
    }

    @Test
    void numbersRecommendationsAcrossPhaseGroups_withOneSubHeadingPerPhase() {
        String text = report.render(Fixtures.everything());

        assertThat(text).containsSubsequence(
                "Engage Pyongyang (¶7)\n",
                "  1. OPEN_BILATERAL_TALKS  [FIRST STEP → Pyongyang]  ¶7\n",
                "  5. OFFER_DIPLOMATIC_RELATIONS  [SHOULD → Pyongyang]  ¶7\n",
                "Enlist Beijing (¶8–9)\n",
                "  6. CALL_ON_BEIJING_FOR_DRASTIC_ACTION  [NOW CREDIBLE → Beijing]  ¶8\n",
                "  9. SIGN_WITHDRAWAL_AGREEMENT  [LIKELY NEEDED → Beijing]  ¶9\n",
                "  10. CONSIDER_TAIWAN_SCS_CONCESSIONS  [CONSIDER → Beijing]  ¶9\n",
                "      Perhaps even offer Beijing something on Taiwan or the South China Sea\n");
        assertThat(occurrences(text, "Engage Pyongyang (¶7)\n")).isEqualTo(1);
        assertThat(occurrences(text, "Enlist Beijing (¶8–9)\n")).isEqualTo(1);
    }

    @Test
    void numbersTheEnginesRecommendationsInTheEssaysOrder_notByModality() {
        // The allies' refugee pledge (AT MINIMUM) outranks the call on Beijing (NOW CREDIBLE) by modality, but the
        // essay asks for the call first (¶8), and the withdrawal (LIKELY NEEDED) before the concessions (¶9).
        String text = report.render(RealAssessments.pledged());

        assertThat(text).containsSubsequence(
                "Enlist Beijing (¶8–9)\n",
                "  1. CALL_ON_BEIJING_FOR_DRASTIC_ACTION  [NOW CREDIBLE → Beijing]  ¶8\n",
                "  2. RALLY_ALLIED_REFUGEE_AID  [AT MINIMUM → Tokyo, Seoul and other allies]  ¶8\n",
                "  3. SIGN_WITHDRAWAL_AGREEMENT  [LIKELY NEEDED → Beijing]  ¶9\n",
                "  4. CONSIDER_TAIWAN_SCS_CONCESSIONS  [CONSIDER → Beijing]  ¶9\n");
        assertThat(text).doesNotContain("  5. ");
    }

    @Test
    void namesTheAlliesInWords() {
        assertThat(report.render(Fixtures.everything()))
                .contains("  8. RALLY_ALLIED_REFUGEE_AID  [AT MINIMUM → Tokyo, Seoul and other allies]  ¶8\n");
    }

    @Test
    void saysNoneOrNothingYet_forEmptySections() {
        assertThat(report.render(Fixtures.empty(Phase.ENGAGE_PYONGYANG))).endsWith("""
                Recommendations
                ---------------
                  none

                Beijing's concerns
                ------------------
                  none

                Warnings
                --------
                  none

                Already in place
                ----------------
                  nothing yet

                Run with --format json for the rules and facts behind each item.
                """);
    }

    @Test
    void listsWarningsWithParagraphsThenSummary() {
        assertThat(report.render(Fixtures.engaging())).contains("""
                Warnings
                --------
                  DEMANDS_WITHOUT_INCENTIVES  ¶10, ¶7, ¶8
                    Pressing Beijing to act with no meaningful incentive of Washington's own on the table is a
                    nonstarter: while Washington still engages Pyongyang and has not asked Beijing, the talks
                    Beijing has long sought would count; once Beijing is asked or to be enlisted, only a refugee
                    pledge, a written withdrawal or concessions on Taiwan or the South China Sea do
                """);
    }

    @Test
    void leavesTheBecauseChainsToJson_andEndsWithAHintSayingSo() {
        String text = report.render(Fixtures.engaging());

        assertThat(text).doesNotContain("Offer a peace treaty while talks are open", "unitedStates.")
                .endsWith("\nRun with --format json for the rules and facts behind each item.\n");
    }

    @Test
    void keepsEveryLineWithinOneHundredColumns_evenForTheWidestReport() {
        for (String line : report.render(Fixtures.everything()).split("\n")) {
            assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(TextReport.WIDTH);
        }
    }

    @Test
    void keepsEveryLineWithinOneHundredColumns_forEveryProjectScenario() {
        for (ScenarioCase scenario : RealAssessments.projectScenarios()) {
            for (String line : report.render(RealAssessments.of(scenario.given())).split("\n")) {
                assertThat(line.codePointCount(0, line.length())).as("%s: %s", scenario.name(), line)
                        .isLessThanOrEqualTo(TextReport.WIDTH);
            }
        }
    }

    @Test
    void wrapsALongSummaryAtWordsUnderTheSameIndent() {
        String longSummary = "word ".repeat(40).strip();
        Assessment assessment = Fixtures.assessment(Fixtures.UNLABELLED, Phase.ENGAGE_PYONGYANG,
                List.of(new Assessment.Recommendation("MY_OWN_IDEA", Phase.ENGAGE_PYONGYANG, null, null,
                        longSummary, List.of(), List.of(), List.of())),
                List.of(), List.of(), List.of(), null);

        String text = report.render(assessment);

        assertThat(text).contains("  1. MY_OWN_IDEA\n"
                + "     " + "word ".repeat(18) + "word\n"
                + "     " + "word ".repeat(18) + "word\n"
                + "     word word\n\n");
    }

    @Test
    void usesPlainTextWithNewlineLineEndings() {
        Assessment assessment = withScenario(new Scenario("two\r\nlines", null));

        String text = report.render(assessment);

        assertThat(text).doesNotContain("\r", "\u001B").contains("Scenario: two lines\n");
    }

    @Test
    void rendersTheSameAssessmentToTheSameText() {
        assertThat(new TextReport().render(Fixtures.everything())).isEqualTo(report.render(Fixtures.everything()));
    }

    @Test
    void refusesANullAssessment() {
        assertThatNullPointerException().isThrownBy(() -> report.render(null)).withMessageContaining("assessment");
    }

    private static Assessment withScenario(Scenario scenario) {
        return Fixtures.assessment(scenario, Phase.ENGAGE_PYONGYANG,
                List.of(Fixtures.recommendation(RecommendationId.OPEN_BILATERAL_TALKS)), List.of(), List.of(),
                List.of(), null);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
