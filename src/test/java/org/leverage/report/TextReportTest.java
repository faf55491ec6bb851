package org.leverage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Concern;
import org.leverage.api.Assessment.Scenario;
import org.leverage.api.ConcernId;
import org.leverage.api.Level;
import org.leverage.api.Phase;
import org.leverage.api.RecommendationId;

class TextReportTest {

    private final TextReport report = new TextReport();

    private static final String ENLISTING = """
            Scenario: baseline-2017 (as of 2017-03-29)
            Phase: ENLIST BEIJING — Pyongyang spurned the offer; enlist Beijing, and pay for its risks (¶8–9)

            Recommendations
            ---------------
            Engage Pyongyang (¶7)
              1. OPEN_BILATERAL_TALKS  [FIRST STEP → Pyongyang]  ¶7
                 Open serious bilateral talks with Pyongyang, as Beijing has long urged
              2. OFFER_SANCTIONS_RELIEF  [SHOULD → Pyongyang]  ¶7
                 Offer to lift the economic sanctions on the North, or at least cut them deeply
            Enlist Beijing (¶8–9)
              3. RALLY_ALLIED_REFUGEE_AID  [AT MINIMUM → Tokyo, Seoul and other allies]  ¶8
                 Ask Japan, South Korea and the other allies in the region to pledge refugee help too
              4. CALL_ON_BEIJING_FOR_DRASTIC_ACTION  [NOW CREDIBLE → Beijing]  ¶8
                 Ask Beijing to cut off the North's aid: with the offer spurned, the request is now credible
              5. CONSIDER_TAIWAN_SCS_CONCESSIONS  [CONSIDER → Beijing]  ¶9
                 Weigh concessions to Beijing on Taiwan and the South China Sea

            Beijing's concerns
            ------------------
              DECISIVE_PRESSURE_NEEDED  HIGH  open
                Only cutting off the North's food and energy, not trimming or delaying it, could make it give up
                both programs (¶3)
              REFUGEE_FLOW  HIGH  answered in part — answered by: COMMIT_REFUGEE_AID, RALLY_ALLIED_REFUGEE_AID
                A collapsing North would send its people north into China, an easier escape than the mined DMZ
                (¶4, ¶8)
              MILITARY_LASHOUT  HIGH  open — the essay offers no incentive for this risk
                A regime with nothing left to lose could strike out and start the war all sides want to avoid
                (¶5)
              US_BASES_IN_UNIFIED_KOREA  HIGH  answered
                Even a peaceful unification under Seoul could put a U.S. ally, and perhaps U.S. bases, on
                China's border (¶6, ¶9)
              THAAD_RADAR  HIGH  open — answered by: SIGN_WITHDRAWAL_AGREEMENT
                THAAD's radars could be retuned against China's nuclear deterrent (¶9)

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
    void rendersTheWholeLayout_forAnAssessmentOfTheEnlistPhase() {
        assertThat(report.render(Fixtures.enlisting())).isEqualTo(ENLISTING);
    }

    @Test
    void headlinesTheEngagePhaseInWords() {
        assertThat(report.render(Fixtures.empty(Phase.ENGAGE_PYONGYANG)))
                .startsWith("Phase: ENGAGE PYONGYANG — engage Pyongyang first (¶7)\n\n");
    }

    @Test
    void headlinesTheEnlistPhaseInWords() {
        assertThat(report.render(Fixtures.empty(Phase.ENLIST_BEIJING))).startsWith(
                "Phase: ENLIST BEIJING — Pyongyang spurned the offer; enlist Beijing, and pay for its risks (¶8–9)\n\n");
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
                .contains("  MILITARY_LASHOUT  LOW  open — the essay offers no incentive for this risk\n")
                .contains("  HAWKISH_POSTURING  ¶2, ¶5\n");
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
                "      Weigh concessions to Beijing on Taiwan and the South China Sea\n");
        assertThat(occurrences(text, "Engage Pyongyang (¶7)\n")).isEqualTo(1);
        assertThat(occurrences(text, "Enlist Beijing (¶8–9)\n")).isEqualTo(1);
    }

    @Test
    void namesTheAlliesInWords() {
        assertThat(report.render(Fixtures.everything()))
                .contains("  8. RALLY_ALLIED_REFUGEE_AID  [AT MINIMUM → Tokyo, Seoul and other allies]  ¶8\n");
    }

    @Test
    void saysAnsweredInPart_andListsWhatAnswersIt() {
        String text = report.render(only(Fixtures.concern(ConcernId.REFUGEE_FLOW, Level.HIGH, false, true)));

        assertThat(text).contains("  REFUGEE_FLOW  HIGH  answered in part — answered by: COMMIT_REFUGEE_AID,"
                + " RALLY_ALLIED_REFUGEE_AID\n");
    }

    @Test
    void saysOpen_andListsWhatWouldAnswerIt() {
        String text = report.render(only(Fixtures.concern(ConcernId.THAAD_RADAR, Level.HIGH, false, false)));

        assertThat(text).contains("  THAAD_RADAR  HIGH  open — answered by: SIGN_WITHDRAWAL_AGREEMENT\n"
                + "    THAAD's radars could be retuned against China's nuclear deterrent (¶9)\n");
    }

    @Test
    void saysAnswered_withoutListingWhatAnsweredIt() {
        String text = report.render(
                only(Fixtures.concern(ConcernId.US_BASES_IN_UNIFIED_KOREA, Level.MATERIALIZED, true, false)));

        assertThat(text).contains("  US_BASES_IN_UNIFIED_KOREA  MATERIALIZED  answered\n")
                .doesNotContain("answered by");
    }

    @Test
    void notesThatTheEssayOffersNoIncentive_forResidualRisks() {
        String text = report.render(
                only(Fixtures.concern(ConcernId.LOOSE_NUCLEAR_ASSETS, Level.MATERIALIZED, false, false)));

        assertThat(text).contains("  LOOSE_NUCLEAR_ASSETS  MATERIALIZED  open"
                + " — the essay offers no incentive for this risk\n");
    }

    @Test
    void saysOpen_withNoFurtherNote_forAConcernNothingAnswersThatIsNotResidual() {
        String text = report.render(only(Fixtures.concern(ConcernId.REGIME_COLLAPSE, Level.ELEVATED, false, false)));

        assertThat(text).contains("  REGIME_COLLAPSE  ELEVATED  open\n"
                + "    Cut off, the North Korean state could come apart (¶4)\n");
    }

    @Test
    void movesTheAnsweredByNoteToItsOwnLine_whenTheHeadLineWouldPassOneHundredColumns() {
        String text = report.render(only(Fixtures.concern(ConcernId.REFUGEE_FLOW, Level.MATERIALIZED, false, true)));

        assertThat(text).contains("  REFUGEE_FLOW  MATERIALIZED  answered in part\n"
                + "    — answered by: COMMIT_REFUGEE_AID, RALLY_ALLIED_REFUGEE_AID\n");
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
                  DEMANDS_WITHOUT_INCENTIVES  ¶10, ¶7
                    Pressing Beijing to act while offering it nothing in return is a nonstarter
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

    private static Assessment only(Concern concern) {
        return Fixtures.assessment(Fixtures.UNLABELLED, Phase.ENGAGE_PYONGYANG, List.of(), List.of(),
                List.of(concern), List.of(), null);
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
