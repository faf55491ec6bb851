package org.leverage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Concern;
import org.leverage.api.ConcernId;
import org.leverage.api.ConcernKind;
import org.leverage.api.Level;
import org.leverage.api.Phase;
import org.leverage.scenario.ScenarioCase;

/** Beijing's concerns in the text report: each status in words, what answers it, and the notes, wrapped. */
class TextReportConcernsTest {

    private final TextReport report = new TextReport();

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
                + "    THAAD's radars could be turned against China's nuclear deterrent (¶9)\n");
    }

    @Test
    void saysAnswered_withoutListingWhatAnsweredIt() {
        String text = report.render(
                only(Fixtures.concern(ConcernId.US_BASES_IN_UNIFIED_KOREA, Level.MATERIALIZED, true, false)));

        assertThat(text).contains("  US_BASES_IN_UNIFIED_KOREA  MATERIALIZED  answered\n")
                .doesNotContain("answered by");
    }

    @Test
    void saysResidualRisk_neverOpenNorAnswered_withTheNoteThatBeijingIsPaidToAcceptIt() {
        String text = report.render(
                only(Fixtures.concern(ConcernId.LOOSE_NUCLEAR_ASSETS, Level.MATERIALIZED, false, false)));

        assertThat(text).contains("  LOOSE_NUCLEAR_ASSETS  MATERIALIZED  residual risk\n"
                + "    — no incentive removes this risk: the essay pays Beijing to accept it (¶8)\n"
                + "    The North could fragment into warring factions that fight for control of its nuclear and missile\n"
                + "    assets (¶5)\n");
        assertThat(concernsSection(text)).doesNotContain("open", "answered");
    }

    @Test
    void saysResidualRisk_forTheRegimesCollapse_whichNothingAnswers() {
        String text = report.render(only(Fixtures.concern(ConcernId.REGIME_COLLAPSE, Level.ELEVATED, false, false)));

        assertThat(text).contains("  REGIME_COLLAPSE  ELEVATED  residual risk\n"
                + "    — no incentive removes this risk: the essay pays Beijing to accept it (¶8)\n"
                + "    Cut off, the North could start to come apart: a tremendous risk for Beijing (¶4)\n");
        assertThat(concernsSection(text)).doesNotContain("open", "answered");
    }

    @Test
    void saysPremise_neverOpen_withTheNoteThatItIsWashingtonsOwnRequirement() {
        String text = report.render(
                only(Fixtures.concern(ConcernId.DECISIVE_PRESSURE_NEEDED, Level.HIGH, false, false)));

        assertThat(text).contains("  DECISIVE_PRESSURE_NEEDED  HIGH  premise\n"
                + "    — Washington's own requirement (¶3), not a worry an incentive answers\n"
                + "    Only cutting off the North's food and energy, not trimming or delaying them, could bring it to\n"
                + "    give up both its nuclear and its missile programs (¶3)\n");
        assertThat(concernsSection(text)).doesNotContain("open", "answered", "residual");
    }

    @Test
    void showsEveryPremiseAndResidualRiskTheEngineRaises_asSuch_forEveryProjectScenario() {
        int premises = 0;
        int residuals = 0;
        for (ScenarioCase scenario : RealAssessments.projectScenarios()) {
            Assessment assessment = RealAssessments.of(scenario.given());
            List<String> lines = report.render(assessment).lines().toList();
            for (Concern c : assessment.concerns()) {
                if (!c.premise() && !c.residual()) {
                    continue;
                }
                String head = "  " + c.id() + "  " + c.level().name() + "  "
                        + (c.premise() ? "premise" : "residual risk");
                String note = "    — " + (c.premise() ? Wording.PREMISE_NOTE : Wording.RESIDUAL_NOTE);
                int at = lines.indexOf(head);
                assertThat(at).as("%s: the head line of %s", scenario.name(), c.id()).isNotNegative();
                assertThat(lines.get(at + 1)).as("%s: the note under %s", scenario.name(), c.id()).isEqualTo(note);
                premises += c.premise() ? 1 : 0;
                residuals += c.residual() ? 1 : 0;
            }
        }
        assertThat(premises).as("premises seen").isPositive();
        assertThat(residuals).as("residual risks seen").isPositive();
    }

    @Test
    void saysOpen_withNoFurtherNote_forAnAnalystsConcernThatNothingAnswers() {
        Concern own = new Concern("SANCTIONS_EVASION", ConcernKind.CONCERN, Level.ELEVATED, false, false, List.of(),
                "Smugglers could carry what Beijing stops selling", List.of(), List.of());

        String text = report.render(only(own));

        assertThat(text).contains("  SANCTIONS_EVASION  ELEVATED  open\n"
                + "    Smugglers could carry what Beijing stops selling\n");
    }

    @Test
    void movesTheAnsweredByNoteToItsOwnLine_whenTheHeadLineWouldPassOneHundredColumns() {
        String text = report.render(only(Fixtures.concern(ConcernId.REFUGEE_FLOW, Level.MATERIALIZED, false, true)));

        assertThat(text).contains("  REFUGEE_FLOW  MATERIALIZED  answered in part\n"
                + "    — answered by: COMMIT_REFUGEE_AID, RALLY_ALLIED_REFUGEE_AID\n");
    }

    @Test
    void wrapsANoteTooLongForALineOfItsOwn_beforeTheSummary() {
        String text = report.render(only(Fixtures.concern(ConcernId.CHINA_RELUCTANT, Level.HIGH, false, true)));

        assertThat(text).contains("  CHINA_RELUCTANT  HIGH  answered in part\n"
                + "    — answered by: COMMIT_REFUGEE_AID, RALLY_ALLIED_REFUGEE_AID, SIGN_WITHDRAWAL_AGREEMENT,\n"
                + "    CONSIDER_TAIWAN_SCS_CONCESSIONS\n"
                + "    Until it acts, Beijing stays understandably reluctant to take on the risks of severing the\n"
                + "    North's aid: threats are unlikely to move it, incentives might (¶2, ¶4, ¶6, ¶8, ¶9)\n");
    }

    /** The lines between the concerns' heading and the warnings'. */
    private static String concernsSection(String text) {
        return text.substring(text.indexOf("Beijing's concerns\n"), text.indexOf("\nWarnings\n"));
    }

    private static Assessment only(Concern concern) {
        return Fixtures.assessment(Fixtures.UNLABELLED, Phase.ENGAGE_PYONGYANG, List.of(), List.of(),
                List.of(concern), List.of(), null);
    }
}
