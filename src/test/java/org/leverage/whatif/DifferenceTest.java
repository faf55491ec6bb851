package org.leverage.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leverage.whatif.TestAdvisor.ADVISOR;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leverage.api.ConcernKind;
import org.leverage.api.Level;
import org.leverage.api.OfferResponse;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.Program;
import org.leverage.api.SanctionsRelief;
import org.leverage.api.Talks;
import org.leverage.api.Withdrawal;
import org.leverage.whatif.Difference.ConcernChange;
import org.leverage.whatif.Difference.FactChange;

class DifferenceTest {

    private static Difference between(PolicyState a, PolicyState b) {
        return Difference.between(ADVISOR, a, b);
    }

    @Test
    void givingBeijingTheWholePackageShowsTheCommitmentsAsFactsAndTheirRecommendationsAsNowInPlace_notLost() {
        Difference d = between(TestAdvisor.scenario("pyongyang-spurns"), TestAdvisor.scenario("full-package"));

        assertThat(d.facts()).contains(
                new FactChange("unitedStates.commitmentsToBeijing.refugeeAid", false, true),
                new FactChange("unitedStates.commitmentsToBeijing.alliedRefugeeAid", false, true),
                new FactChange("unitedStates.commitmentsToBeijing.withdrawal", Withdrawal.NONE, Withdrawal.WRITTEN),
                new FactChange("unitedStates.commitmentsToBeijing.withdrawalIncludesThaad", false, true));
        assertThat(d.recommendationsTaken()).containsExactly(
                "COMMIT_REFUGEE_AID", "RALLY_ALLIED_REFUGEE_AID", "SIGN_WITHDRAWAL_AGREEMENT");
        assertThat(d.recommendationsLost()).isEmpty();
        assertThat(d.recommendationsGained()).isEmpty();
        assertThat(d.concerns()).contains(
                new ConcernChange("REFUGEE_FLOW", new ConcernState(Level.LOW, false), new ConcernState(Level.LOW, true)),
                new ConcernChange("THAAD_RADAR", new ConcernState(Level.HIGH, false),
                        new ConcernState(Level.HIGH, true)));
        assertThat(d.phaseChanged()).isFalse();
        assertThat(d.outOfScopeChanged()).isFalse();
    }

    @Test
    void theReverseDifferenceSwapsGainedAndLost() {
        Difference forth = between(TestAdvisor.scenario("pyongyang-spurns"), TestAdvisor.scenario("full-package"));
        Difference back = between(TestAdvisor.scenario("full-package"), TestAdvisor.scenario("pyongyang-spurns"));
        assertThat(back.recommendationsGained())
                .containsExactlyElementsOf(concat(forth.recommendationsLost(), forth.recommendationsTaken()));
        assertThat(back.recommendationsLost()).isEqualTo(forth.recommendationsGained());
        assertThat(back.facts()).extracting(FactChange::path)
                .containsExactlyElementsOf(forth.facts().stream().map(FactChange::path).toList());
    }

    @Test
    void aStateComparedWithItselfDiffersInNothing() {
        PolicyState state = TestAdvisor.scenario("baseline-2017");
        Difference d = between(state, state);
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.outcomeChanged()).isFalse();
    }

    @Test
    void labelAndDateComeFirstAndAloneDoNotChangeTheOutcome() {
        PolicyState a = PolicyState.builder().label("today").asOf(LocalDate.of(2017, 3, 29)).build();
        PolicyState b = PolicyState.builder().label("tomorrow").build();
        Difference d = between(a, b);
        assertThat(d.facts()).containsExactly(new FactChange("label", "today", "tomorrow"),
                new FactChange("asOf", LocalDate.of(2017, 3, 29), null));
        assertThat(d.outcomeChanged()).isFalse();
        assertThat(d.isEmpty()).isFalse();
    }

    @Test
    void pyongyangSpurningTheReasonableOfferMovesThePhaseAndBringsBeijingsRecommendations() {
        PolicyState offered = PolicyState.builder().talksWithPyongyang(Talks.OFFERED).endJointExercises(true)
                .peaceTreaty(true).sanctionsRelief(SanctionsRelief.REDUCE).diplomaticRelations(true).build();
        PolicyState spurned = offered.toBuilder().responseToOffer(OfferResponse.SPURNED).build();
        Difference d = between(offered, spurned);
        assertThat(d.facts()).containsExactly(
                new FactChange("northKorea.responseToOffer", OfferResponse.NONE, OfferResponse.SPURNED));
        assertThat(d.phaseA()).isEqualTo(Phase.ENGAGE_PYONGYANG);
        assertThat(d.phaseB()).isEqualTo(Phase.ENLIST_BEIJING);
        assertThat(d.recommendationsGained()).contains("CALL_ON_BEIJING_FOR_DRASTIC_ACTION",
                "CONSIDER_TAIWAN_SCS_CONCESSIONS");
        // The whole offer was made already: nothing of ¶7 was still advised, so nothing is lost or taken.
        assertThat(d.recommendationsLost()).isEmpty();
        assertThat(d.recommendationsTaken()).isEmpty();
    }

    @Test
    void pyongyangSpurningLessThanTheReasonableOfferKeepsThePhaseAndTheMissingConcessions() {
        PolicyState offered = PolicyState.builder().talksWithPyongyang(Talks.OFFERED).peaceTreaty(true).build();
        PolicyState spurned = offered.toBuilder().responseToOffer(OfferResponse.SPURNED).build();
        Difference d = between(offered, spurned);
        assertThat(d.phaseChanged()).isFalse();
        assertThat(d.phaseB()).isEqualTo(Phase.ENGAGE_PYONGYANG);
        assertThat(d.warningsGained()).containsExactly("OFFER_INCOMPLETE");
        assertThat(d.recommendationsGained()).doesNotContain("CALL_ON_BEIJING_FOR_DRASTIC_ACTION");
        assertThat(d.recommendationsLost()).doesNotContain("OFFER_END_JOINT_EXERCISES", "OFFER_SANCTIONS_RELIEF",
                "OFFER_DIPLOMATIC_RELATIONS");
        assertThat(ADVISOR.assess(spurned).recommendations()).extracting(r -> r.id()).containsExactly(
                "OFFER_END_JOINT_EXERCISES", "OFFER_SANCTIONS_RELIEF", "OFFER_DIPLOMATIC_RELATIONS");
    }

    @Test
    void freezingBothProgramsTakesTheStateOutOfScopeAndConcernsThatDisappearAreListed() {
        PolicyState active = PolicyState.DEFAULTS;
        PolicyState frozen = active.toBuilder().nuclearProgram(Program.FROZEN).missileProgram(Program.FROZEN).build();
        Difference d = between(active, frozen);
        assertThat(d.outOfScopeA()).isNull();
        assertThat(d.outOfScopeB()).isNotBlank();
        assertThat(d.outOfScopeChanged()).isTrue();
        assertThat(d.phaseB()).isEqualTo(Phase.NONE);
        assertThat(d.concerns()).filteredOn(ConcernChange::disappeared).extracting(ConcernChange::id)
                .contains("DECISIVE_PRESSURE_NEEDED");
        // What disappeared keeps its kind: the premise and the residual risks, which no report shows as open.
        assertThat(d.concerns()).filteredOn(c -> c.id().equals("DECISIVE_PRESSURE_NEEDED")).singleElement()
                .satisfies(c -> assertThat(c.a()).hasToString("HIGH premise"));
        assertThat(d.concerns()).filteredOn(c -> c.id().equals("MILITARY_LASHOUT")).singleElement()
                .satisfies(c -> assertThat(c.a()).isEqualTo(new ConcernState(Level.LOW, false,
                        ConcernKind.RESIDUAL_RISK)).hasToString("LOW residual risk"));
    }

    @Test
    void aRecommendationNoLongerAdvisedIsLost_whileOneTheSecondStateTookIsNowInPlace() {
        // Beijing severing aid during engagement calls for the refugee pledges (¶8); once Beijing stops, they
        // are no longer advised: lost. Once Washington makes the pledge, it is taken: now in place.
        PolicyState severing = TestAdvisor.scenario("baseline-2017").toBuilder()
                .pressureOnPyongyang(org.leverage.api.Pressure.SEVER_AID).build();
        PolicyState cautious = severing.toBuilder().pressureOnPyongyang(org.leverage.api.Pressure.CAUTIOUS).build();
        PolicyState pledged = severing.toBuilder().refugeeAid(true).build();

        Difference stopped = between(severing, cautious);
        assertThat(stopped.recommendationsLost()).containsExactly("COMMIT_REFUGEE_AID", "RALLY_ALLIED_REFUGEE_AID");
        assertThat(stopped.recommendationsTaken()).isEmpty();

        Difference took = between(severing, pledged);
        assertThat(took.recommendationsTaken()).containsExactly("COMMIT_REFUGEE_AID");
        assertThat(took.recommendationsLost()).isEmpty();
        assertThat(took.outcomeChanged()).isTrue();
    }

    private static java.util.List<String> concat(java.util.List<String> a, java.util.List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void beijingsReluctanceGoingFromOpenToAnsweredInPartShowsInTheDifference() {
        // The whole ¶8–9 package but the concessions: Beijing's reluctance is answered in part, where before any
        // payment it was open; a comparison that hid the step would say nothing changed for it.
        Difference d = between(TestAdvisor.scenario("pyongyang-spurns"), TestAdvisor.scenario("full-package"));
        assertThat(d.concerns()).filteredOn(c -> c.id().equals("CHINA_RELUCTANT")).singleElement()
                .satisfies(c -> {
                    assertThat(c.a()).hasToString("HIGH open");
                    assertThat(c.b()).hasToString("HIGH answered in part");
                });
    }
}
