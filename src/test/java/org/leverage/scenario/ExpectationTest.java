package org.leverage.scenario;

import org.leverage.BuiltInCatalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.leverage.api.Addressee;
import org.leverage.api.Assessment;
import org.leverage.api.ConcernId;
import org.leverage.api.ConcernKind;
import org.leverage.api.Level;
import org.leverage.api.Modality;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.RecommendationId;
import org.leverage.api.WarningId;

class ExpectationTest {

    /** Pyongyang spurned: two recommendations, one in place, one warning, two concerns. */
    private static final Assessment SPURNED = assessment(Phase.ENLIST_BEIJING, null,
            List.of(RecommendationId.COMMIT_REFUGEE_AID, RecommendationId.SIGN_WITHDRAWAL_AGREEMENT),
            List.of("OPEN_BILATERAL_TALKS"),
            List.of(WarningId.HAWKISH_POSTURING),
            concern(ConcernId.REFUGEE_FLOW, Level.HIGH, false),
            concern(ConcernId.THAAD_RADAR, Level.HIGH, false));

    private static final Expectation MET = Expectation.NOTHING
            .withPhase(Phase.ENLIST_BEIJING)
            .withOutOfScope(false)
            .withRecommendations("SIGN_WITHDRAWAL_AGREEMENT", "COMMIT_REFUGEE_AID")
            .withInPlace("OPEN_BILATERAL_TALKS")
            .withWarnings("HAWKISH_POSTURING")
            .withConcern("REFUGEE_FLOW", new Expectation.Concern(true, Optional.of(Level.HIGH),
                    Optional.of(false)))
            .withConcern("THAAD_RADAR", Expectation.Concern.RAISED)
            .withConcern("MILITARY_LASHOUT", Expectation.Concern.NOT_RAISED);

    @Test
    void assessmentThatMeetsEveryPart_hasNoDifferences_whateverTheOrderOfIds() {
        assertThat(MET.differences(SPURNED)).isEmpty();
    }

    @Test
    void expectingNothing_isMetByAnyAssessment() {
        assertThat(Expectation.NOTHING.differences(SPURNED)).isEmpty();
    }

    @Test
    void concernsNotNamed_areNotChecked() {
        Expectation onlyRefugees = Expectation.NOTHING.withConcern("REFUGEE_FLOW", Expectation.Concern.RAISED);

        assertThat(onlyRefugees.differences(SPURNED)).isEmpty();
    }

    @Test
    void otherPhase_isOneDifference() {
        assertThat(MET.withPhase(Phase.ENGAGE_PYONGYANG).differences(SPURNED))
                .containsExactly("phase: expected ENGAGE_PYONGYANG, got ENLIST_BEIJING");
    }

    @Test
    void outOfScope_expectedButNot_andNotExpectedButIs_withTheReason() {
        assertThat(MET.withOutOfScope(true).differences(SPURNED))
                .containsExactly("outOfScope: expected true, got false");

        Assessment accepted = assessment(Phase.NONE, "Pyongyang accepted\nthe offer", List.of(), List.of(), List.of());
        assertThat(Expectation.NOTHING.withOutOfScope(false).differences(accepted))
                .containsExactly("outOfScope: expected false, got true (Pyongyang accepted the offer)");
    }

    @Test
    void recommendations_missingAndUnexpected_shareOneLine() {
        Expectation other = MET.withRecommendations("COMMIT_REFUGEE_AID",
                "RALLY_ALLIED_REFUGEE_AID", "OFFER_PEACE_TREATY");

        assertThat(other.differences(SPURNED)).containsExactly(
                "recommendations: missing RALLY_ALLIED_REFUGEE_AID, OFFER_PEACE_TREATY;"
                        + " unexpected SIGN_WITHDRAWAL_AGREEMENT");
    }

    @Test
    void recommendations_onlyMissing_orOnlyUnexpected() {
        assertThat(MET.withRecommendations("COMMIT_REFUGEE_AID",
                "SIGN_WITHDRAWAL_AGREEMENT", "OFFER_PEACE_TREATY").differences(SPURNED))
                .containsExactly("recommendations: missing OFFER_PEACE_TREATY");
        assertThat(MET.withRecommendations().differences(SPURNED))
                .containsExactly("recommendations: unexpected COMMIT_REFUGEE_AID, SIGN_WITHDRAWAL_AGREEMENT");
    }

    @Test
    void inPlaceMeansAtLeast_soAnActionInPlaceButNotNamedIsNoDifference_whileWarningsAreExact() {
        Expectation other = MET.withInPlace().withWarnings("DEMANDS_WITHOUT_INCENTIVES");

        assertThat(other.differences(SPURNED)).containsExactly(
                "warnings: missing DEMANDS_WITHOUT_INCENTIVES; unexpected HAWKISH_POSTURING");
    }

    @Test
    void anActionExpectedInPlaceButNotThere_isMissing() {
        Expectation other = MET.withInPlace("OPEN_BILATERAL_TALKS", "OFFER_PEACE_TREATY",
                "CALL_ON_BEIJING_FOR_DRASTIC_ACTION");

        assertThat(other.differences(SPURNED)).containsExactly(
                "inPlace: missing OFFER_PEACE_TREATY, CALL_ON_BEIJING_FOR_DRASTIC_ACTION");
    }

    @Test
    void concernAtAnotherLevel_orOtherwiseAnswered() {
        Expectation other = Expectation.NOTHING.withConcern("REFUGEE_FLOW",
                new Expectation.Concern(true, Optional.of(Level.LOW), Optional.of(true)));

        assertThat(other.differences(SPURNED)).containsExactly(
                "concerns.REFUGEE_FLOW.level: expected LOW, got HIGH",
                "concerns.REFUGEE_FLOW.answered: expected true, got false");
    }

    @Test
    void concernOfAnotherKind_isOneDifference_betweenLevelAndAnswer() {
        Expectation other = Expectation.NOTHING
                .withConcern("REFUGEE_FLOW", new Expectation.Concern(true, Optional.of(Level.LOW),
                        Optional.of(true), Optional.of(ConcernKind.RESIDUAL_RISK)))
                .withConcern("THAAD_RADAR", new Expectation.Concern(true, Optional.empty(),
                        Optional.empty(), Optional.of(ConcernKind.CONCERN)));

        assertThat(other.differences(SPURNED)).containsExactly(
                "concerns.REFUGEE_FLOW.level: expected LOW, got HIGH",
                "concerns.REFUGEE_FLOW.kind: expected RESIDUAL_RISK, got CONCERN",
                "concerns.REFUGEE_FLOW.answered: expected true, got false");
    }

    @Test
    void concernsOfEveryKind_meetAnExpectationOfTheirOwnKind() {
        Assessment kinds = assessment(Phase.ENLIST_BEIJING, null, List.of(), List.of(), List.of(),
                concern(ConcernId.DECISIVE_PRESSURE_NEEDED, Level.HIGH, false),
                concern(ConcernId.MILITARY_LASHOUT, Level.LOW, false),
                concern(ConcernId.CHINA_RELUCTANT, Level.HIGH, false));
        Expectation expected = Expectation.NOTHING
                .withConcern("DECISIVE_PRESSURE_NEEDED", ofKind(ConcernKind.PREMISE))
                .withConcern("MILITARY_LASHOUT", ofKind(ConcernKind.RESIDUAL_RISK))
                .withConcern("CHINA_RELUCTANT", ofKind(ConcernKind.CONCERN));

        assertThat(expected.differences(kinds)).isEmpty();
        assertThat(expected.withConcern("MILITARY_LASHOUT", ofKind(ConcernKind.CONCERN)).differences(kinds))
                .containsExactly("concerns.MILITARY_LASHOUT.kind: expected CONCERN, got RESIDUAL_RISK");
    }

    @Test
    void concernExpectedButNotRaised() {
        Expectation other = Expectation.NOTHING.withConcern("US_BASES_IN_UNIFIED_KOREA",
                new Expectation.Concern(true, Optional.of(Level.MATERIALIZED), Optional.empty()));

        assertThat(other.differences(SPURNED))
                .containsExactly("concerns.US_BASES_IN_UNIFIED_KOREA: expected raised, not raised");
    }

    @Test
    void concernRaisedThoughExpectedNotRaised() {
        Expectation other = Expectation.NOTHING.withConcern("THAAD_RADAR", Expectation.Concern.NOT_RAISED);

        assertThat(other.differences(SPURNED))
                .containsExactly("concerns.THAAD_RADAR: expected not raised, raised at HIGH");
    }

    @Test
    void severalDifferences_comeInAFixedOrder() {
        Expectation other = Expectation.NOTHING
                .withConcern("THAAD_RADAR", Expectation.Concern.NOT_RAISED)
                .withWarnings()
                .withPhase(Phase.ENGAGE_PYONGYANG);

        assertThat(other.differences(SPURNED)).containsExactly(
                "phase: expected ENGAGE_PYONGYANG, got ENLIST_BEIJING",
                "warnings: unexpected HAWKISH_POSTURING",
                "concerns.THAAD_RADAR: expected not raised, raised at HIGH");
    }

    @Test
    void idsOfAnAnalystsOwnRules_showAsUnexpectedAmongTheExactLists_butNotAmongTheActionsInPlace() {
        Assessment custom = new Assessment(PolicyState.FORMAT, new Assessment.Scenario("test", null),
                Phase.ENGAGE_PYONGYANG,
                List.of(new Assessment.Recommendation("SEND_ENVOY", Phase.ENGAGE_PYONGYANG, Addressee.PYONGYANG,
                        Modality.CONSIDER, "Send an envoy",
                        List.of("¶10"), List.of(), List.of())),
                List.of("OPEN_BILATERAL_TALKS", "OPEN_BACK_CHANNEL"), List.of(),
                List.of(new Assessment.Warning("ENVOY_UNHEARD", "The envoy goes unheard", List.of("¶10"), List.of())),
                null);

        assertThat(Expectation.NOTHING.withRecommendations().withInPlace("OPEN_BILATERAL_TALKS")
                .withWarnings().differences(custom)).containsExactly(
                        "recommendations: unexpected SEND_ENVOY",
                        "warnings: unexpected ENVOY_UNHEARD");
    }

    @Test
    void concernExpectedNotRaised_cannotAlsoExpectALevel() {
        assertThatThrownBy(() -> new Expectation.Concern(false, Optional.of(Level.HIGH), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concernExpectedNotRaised_cannotAlsoExpectAKind() {
        assertThatThrownBy(() -> new Expectation.Concern(false, Optional.empty(), Optional.empty(),
                Optional.of(ConcernKind.CONCERN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
    }

    private static Assessment assessment(Phase phase, String outOfScope, List<RecommendationId> recommendations,
                                         List<String> inPlace, List<WarningId> warnings,
                                         Assessment.Concern... concerns) {
        return new Assessment(PolicyState.FORMAT, new Assessment.Scenario("test", null), phase,
                recommendations.stream().map(id -> BuiltInCatalogue.recommendation(id, List.of())).toList(),
                inPlace, Arrays.asList(concerns),
                warnings.stream().map(id -> BuiltInCatalogue.warning(id, List.of())).toList(),
                outOfScope);
    }

    private static Expectation.Concern ofKind(ConcernKind kind) {
        return new Expectation.Concern(true, Optional.empty(), Optional.empty(), Optional.of(kind));
    }

    private static Assessment.Concern concern(ConcernId id, Level level, boolean answered) {
        return BuiltInCatalogue.concern(id, level, answered, false, List.of());
    }
}
