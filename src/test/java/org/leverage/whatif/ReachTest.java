package org.leverage.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leverage.whatif.TestAdvisor.ADVISOR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.TestPaths;
import org.leverage.api.OfferResponse;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.SanctionsRelief;
import org.leverage.api.StateField;
import org.leverage.api.Talks;
import org.leverage.scenario.ScenarioReader;
import org.leverage.whatif.ReachResult.ChangeSet;
import org.leverage.whatif.ReachResult.Stop;

/**
 * {@link Reach} checked against brute force: every set it reports gives the target and no proper subset of it does
 * (each subset assessed alone), and an enumeration of every state within the bound, written independently of the
 * search, finds exactly the sets it reports.
 */
class ReachTest {

    private static final PolicyState BASELINE = TestAdvisor.scenario("baseline-2017");

    /** Talks offered without ¶7's concessions, and spurned: shared/scenarios-v2, copied into the test resources. */
    private static final PolicyState BARE_OFFER_SPURNED = ScenarioReader.readGiven(
            TestPaths.testResource("reach/spurned-bare-offer.yaml"));

    /** The fields the call on Beijing turns on (¶7–8), and three that it does not need. */
    private static final List<StateField> OFFER_AND_ANSWER = List.of(StateField.APPROACH_TO_CHINA,
            StateField.TALKS_WITH_PYONGYANG, StateField.END_JOINT_EXERCISES, StateField.PEACE_TREATY,
            StateField.SANCTIONS_RELIEF, StateField.DIPLOMATIC_RELATIONS, StateField.PRESSURE_ON_PYONGYANG,
            StateField.ASKED_FOR_DRASTIC_ACTION, StateField.RESPONSE_TO_OFFER);

    /** Seven fields of the baseline, two of them in contradictions (a THAAD-less withdrawal, talks and answer). */
    private static final List<StateField> SEVEN = List.of(StateField.APPROACH_TO_CHINA,
            StateField.MILITARY_OPTION_SIGNALED, StateField.THAAD_DEPLOYED, StateField.TALKS_WITH_PYONGYANG,
            StateField.WITHDRAWAL, StateField.WITHDRAWAL_INCLUDES_THAAD, StateField.RESPONSE_TO_OFFER);

    static Stream<ReachTarget> baselineTargets() {
        return Stream.of(ReachTarget.noWarning("HAWKISH_POSTURING"),
                ReachTarget.noWarning("DEMANDS_WITHOUT_INCENTIVES"),
                ReachTarget.noConcern("THAAD_RADAR"), ReachTarget.recommended("COMMIT_REFUGEE_AID"),
                ReachTarget.recommended("SIGN_WITHDRAWAL_AGREEMENT"), ReachTarget.phase(Phase.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baselineTargets")
    void overSevenFieldsOfTheBaseline_theSetsAreExactlyTheSmallestABruteForceEnumerationFinds_andMinimal(
            ReachTarget target) {
        ReachResult result = Reach.of(target).from(BASELINE).vary(SEVEN).maxChanges(3).run(ADVISOR);

        List<Map<StateField, Object>> expected = smallestByBruteForce(BASELINE, SEVEN, 3, target);
        assertThat(changeMaps(result)).as(target.describe()).containsExactlyElementsOf(expected);
        if (expected.isEmpty()) {
            assertThat(result.stop()).isIn(Stop.MAX_CHANGES, Stop.ALREADY_HOLDS);
        } else {
            assertThat(result.stop()).isEqualTo(Stop.FOUND);
            assertThat(result.stoppedAt()).isEqualTo(expected.get(0).size());
        }
        assertMinimal(result);
    }

    @Test
    void fromTheBaselineTheCallOnBeijingNeedsPyongyangToSpurnTalksWithAllFourConcessions() {
        ReachTarget call = ReachTarget.recommended("CALL_ON_BEIJING_FOR_DRASTIC_ACTION");
        ReachResult result = Reach.of(call).from(BASELINE).vary(OFFER_AND_ANSWER).maxChanges(6).run(ADVISOR);

        assertThat(result.stop()).isEqualTo(Stop.FOUND);
        assertThat(result.stoppedAt()).isEqualTo(6);
        // Talks offered or under way, sanctions reduced or lifted: 2 × 2 sets, each the reasonable offer spurned.
        assertThat(result.sets()).hasSize(4).allSatisfy(set -> assertThat(changes(set)).containsOnlyKeys(
                        StateField.TALKS_WITH_PYONGYANG, StateField.END_JOINT_EXERCISES, StateField.PEACE_TREATY,
                        StateField.SANCTIONS_RELIEF, StateField.DIPLOMATIC_RELATIONS, StateField.RESPONSE_TO_OFFER)
                .containsEntry(StateField.RESPONSE_TO_OFFER, OfferResponse.SPURNED)
                .containsEntry(StateField.END_JOINT_EXERCISES, true)
                .containsEntry(StateField.PEACE_TREATY, true)
                .containsEntry(StateField.DIPLOMATIC_RELATIONS, true));
        assertThat(result.sets().get(0).changes().get(0)).isEqualTo(
                new ReachResult.Change(StateField.TALKS_WITH_PYONGYANG, Talks.NONE, Talks.OFFERED));
        assertThat(result.sets()).extracting(set -> changes(set).get(StateField.SANCTIONS_RELIEF))
                .containsExactly(SanctionsRelief.REDUCE, SanctionsRelief.LIFT, SanctionsRelief.REDUCE,
                        SanctionsRelief.LIFT);
        Difference first = result.sets().get(0).difference();
        assertThat(first.phaseB()).isEqualTo(Phase.ENLIST_BEIJING);
        assertThat(first.recommendationsGained()).contains("CALL_ON_BEIJING_FOR_DRASTIC_ACTION",
                "COMMIT_REFUGEE_AID");
        assertThat(first.recommendationsTaken()).contains("OFFER_END_JOINT_EXERCISES", "OFFER_DIPLOMATIC_RELATIONS");
        assertThat(result.levels()).extracting(ReachResult.Level::changes).containsExactly(1, 2, 3, 4, 5, 6);
        assertMinimal(result);
    }

    @Test
    void theWarningOfAnIncompleteOfferGoesWithOneChangeToTheAnswerOrTheNorthsCollapse_verified() {
        ReachTarget target = ReachTarget.of("OFFER_INCOMPLETE", ADVISOR);
        assertThat(target).isEqualTo(ReachTarget.noWarning("OFFER_INCOMPLETE"));
        ReachResult result = Reach.of(target).from(BARE_OFFER_SPURNED).run(ADVISOR);

        List<StateField> all = List.of(StateField.values());
        assertThat(result.fields()).isEqualTo(all);
        assertThat(changeMaps(result)).containsExactlyElementsOf(smallestByBruteForce(BARE_OFFER_SPURNED, all, 1,
                target));
        assertThat(result.stoppedAt()).isEqualTo(1);
        assertThat(changeMaps(result)).contains(Map.of(StateField.RESPONSE_TO_OFFER, OfferResponse.PENDING));
        assertMinimal(result);
    }

    @Test
    void withTheAnswerAndTheNorthFixed_theWarningGoesWithBothProgramsStopped_verifiedWithinTwoChanges() {
        ReachTarget target = ReachTarget.noWarning("OFFER_INCOMPLETE");
        ReachResult result = Reach.of(target).from(BARE_OFFER_SPURNED)
                .fix(StateField.RESPONSE_TO_OFFER, StateField.STABILITY).maxChanges(4).run(ADVISOR);

        assertThat(result.stop()).isEqualTo(Stop.FOUND);
        assertThat(result.stoppedAt()).isEqualTo(2);
        assertThat(changeMaps(result)).containsExactlyElementsOf(
                smallestByBruteForce(BARE_OFFER_SPURNED, result.fields(), 2, target));
        assertThat(result.sets()).allSatisfy(set -> assertThat(changes(set)).containsOnlyKeys(
                StateField.NUCLEAR_PROGRAM, StateField.MISSILE_PROGRAM));
        assertMinimal(result);
    }

    @Test
    void thePhaseOfEnlistingBeijingNeedsTheFourMissingConcessions() {
        ReachResult result = Reach.of(ReachTarget.phase(Phase.ENLIST_BEIJING)).from(BARE_OFFER_SPURNED)
                .vary(OFFER_AND_ANSWER).maxChanges(4).run(ADVISOR);

        assertThat(changeMaps(result)).containsExactlyElementsOf(smallestByBruteForce(BARE_OFFER_SPURNED,
                OFFER_AND_ANSWER, 4, ReachTarget.phase(Phase.ENLIST_BEIJING)));
        assertThat(result.sets()).hasSize(2).allSatisfy(set -> assertThat(changes(set)).containsOnlyKeys(
                StateField.END_JOINT_EXERCISES, StateField.PEACE_TREATY, StateField.SANCTIONS_RELIEF,
                StateField.DIPLOMATIC_RELATIONS));
        assertMinimal(result);
    }

    @Test
    void aTargetThatAlreadyHoldsSearchesNothing() {
        ReachResult result = Reach.of(ReachTarget.recommended("OPEN_BILATERAL_TALKS")).from(BASELINE).run(ADVISOR);

        assertThat(result.stop()).isEqualTo(Stop.ALREADY_HOLDS);
        assertThat(result.sets()).isEmpty();
        assertThat(result.levels()).isEmpty();
        assertThat(result.tried()).isZero();
    }

    @Test
    void whenNothingIsFoundWithinTheBound_theSearchSaysItStoppedThere() {
        ReachResult result = Reach.of(ReachTarget.recommended("CALL_ON_BEIJING_FOR_DRASTIC_ACTION")).from(BASELINE)
                .maxChanges(2).run(ADVISOR);

        assertThat(result.stop()).isEqualTo(Stop.MAX_CHANGES);
        assertThat(result.stoppedAt()).isEqualTo(2);
        assertThat(result.sets()).isEmpty();
        assertThat(result.levels()).extracting(ReachResult.Level::states).containsExactly(39L, 722L);
        assertThat(result.tried()).isEqualTo(39 + 722);
        assertThat(result.skipped()).isPositive();
    }

    @Test
    void theBudgetStopsTheSearchBeforeASizeWhoseStatesWouldPassIt_neverInIt() {
        ReachResult result = Reach.of(ReachTarget.recommended("CALL_ON_BEIJING_FOR_DRASTIC_ACTION")).from(BASELINE)
                .maxChanges(6).budget(600).run(ADVISOR);

        assertThat(result.stop()).isEqualTo(Stop.BUDGET);
        assertThat(result.stoppedAt()).isEqualTo(2);
        assertThat(result.assessed()).isLessThanOrEqualTo(600);
        assertThat(result.refused().changes()).isEqualTo(3);
        assertThat(result.refused().states()).isEqualTo(8_448);
        assertThat(result.refused().assessed()).isGreaterThan(600 - result.assessed());
    }

    @Test
    void aSearchOverFewerFieldsThanTheBoundTriesEveryCombinationOfThem() {
        ReachResult result = Reach.of(ReachTarget.recommended("CALL_ON_BEIJING_FOR_DRASTIC_ACTION")).from(BASELINE)
                .vary(StateField.THAAD_DEPLOYED, StateField.WITHDRAWAL).maxChanges(3).run(ADVISOR);

        assertThat(result.stop()).isEqualTo(Stop.EXHAUSTED);
        assertThat(result.stoppedAt()).isEqualTo(2);
        // THAAD out: 1; withdrawal VERBAL or WRITTEN: 2; both: 2.
        assertThat(result.tried()).isEqualTo(5);
    }

    @Test
    void contradictoryStatesAreCountedAsSkipped_andTheSameSearchOnOneThreadOrThreeFindsTheSame() {
        Reach reach = Reach.of(ReachTarget.noConcern("THAAD_RADAR")).from(BASELINE).vary(SEVEN).maxChanges(3);
        ReachResult one = reach.threads(1).run(ADVISOR);
        ReachResult three = reach.threads(3).run(ADVISOR);

        assertThat(three.sets()).isEqualTo(one.sets());
        assertThat(three.levels()).isEqualTo(one.levels());
        // withdrawalIncludesThaad alone contradicts the baseline's withdrawal NONE; responseToOffer its talks NONE.
        assertThat(one.levels().get(0).skipped()).isEqualTo(1 + 3);
        assertThat(one.sets()).allSatisfy(set -> assertThat(set.state().contradictions()).isEmpty());
    }

    @Test
    void fieldsAreSearchedInTheirDeclaredOrderWhateverOrderTheyAreNamedIn() {
        Reach reach = Reach.of(ReachTarget.phase(Phase.NONE)).vary(StateField.STABILITY, StateField.GOAL);
        assertThat(reach.fields()).containsExactly(StateField.GOAL, StateField.STABILITY);
        assertThat(Reach.of(ReachTarget.phase(Phase.NONE)).fix(StateField.GOAL).fields()).hasSize(24)
                .doesNotContain(StateField.GOAL);
        assertThatThrownBy(() -> reach.vary(StateField.GOAL, StateField.GOAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("named twice");
        assertThatThrownBy(() -> reach.maxChanges(7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reach.budget(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdNamesARecommendationThatAppearsOrAWarningOrConcernThatGoes() {
        assertThat(ReachTarget.of("CALL_ON_BEIJING_FOR_DRASTIC_ACTION", ADVISOR))
                .isEqualTo(ReachTarget.recommended("CALL_ON_BEIJING_FOR_DRASTIC_ACTION"));
        assertThat(ReachTarget.of("THAAD_RADAR", ADVISOR)).isEqualTo(ReachTarget.noConcern("THAAD_RADAR"));
        assertThatThrownBy(() -> ReachTarget.of("NO_SUCH_ID", ADVISOR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OFFER_INCOMPLETE");
        assertThatThrownBy(() -> Reach.of(ReachTarget.noWarning("NO_SUCH_ID")).run(ADVISOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_SUCH_ID");
    }

    // ---- brute force, written apart from Reach ----

    /**
     * Every set of at most {@code max} changes to these fields (each to a value other than the base's) whose state
     * does not contradict itself and gives the target, assessed one by one; then those of the smallest size, in
     * field order then value order.
     */
    private static List<Map<StateField, Object>> smallestByBruteForce(PolicyState base, List<StateField> fields,
                                                                      int max, ReachTarget target) {
        if (target.holds(ADVISOR.assess(base))) {
            return List.of();
        }
        List<Map<StateField, Object>> all = new ArrayList<>();
        within(base, fields, 0, max, new LinkedHashMap<>(), all);
        List<Map<StateField, Object>> reaching = all.stream().filter(changes -> {
            PolicyState state = apply(base, changes);
            return state.contradictions().isEmpty() && target.holds(ADVISOR.assess(state));
        }).toList();
        int smallest = reaching.stream().mapToInt(Map::size).min().orElse(0);
        return reaching.stream().filter(changes -> changes.size() == smallest)
                .sorted((a, b) -> compare(a, b)).toList();
    }

    /** Every non-empty choice of changes to {@code fields} from {@code from} on, at most {@code left} more. */
    private static void within(PolicyState base, List<StateField> fields, int from, int left,
                               LinkedHashMap<StateField, Object> chosen, List<Map<StateField, Object>> into) {
        for (int f = from; f < fields.size() && left > 0; f++) {
            StateField field = fields.get(f);
            for (Object value : field.choices()) {
                if (value.equals(field.get(base))) {
                    continue;
                }
                chosen.put(field, value);
                into.add(new LinkedHashMap<>(chosen));
                within(base, fields, f + 1, left - 1, chosen, into);
                chosen.remove(field);
            }
        }
    }

    /** Smaller sets first, then by the fields' declared order, then by each value's place among its choices. */
    private static int compare(Map<StateField, Object> a, Map<StateField, Object> b) {
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        List<StateField> fieldsA = List.copyOf(a.keySet());
        List<StateField> fieldsB = List.copyOf(b.keySet());
        for (int i = 0; i < fieldsA.size(); i++) {
            int byField = fieldsA.get(i).compareTo(fieldsB.get(i));
            if (byField != 0) {
                return byField;
            }
        }
        for (StateField field : fieldsA) {
            int byValue = Integer.compare(field.choices().indexOf(a.get(field)), field.choices().indexOf(b.get(field)));
            if (byValue != 0) {
                return byValue;
            }
        }
        return 0;
    }

    /** Each set gives the target and is consistent, and no non-empty proper subset of its changes gives it. */
    private static void assertMinimal(ReachResult result) {
        for (ChangeSet set : result.sets()) {
            Map<StateField, Object> changes = changes(set);
            assertThat(set.state()).isEqualTo(apply(result.base(), changes));
            assertThat(set.state().contradictions()).isEmpty();
            assertThat(result.target().holds(ADVISOR.assess(set.state()))).isTrue();
            List<StateField> fields = List.copyOf(changes.keySet());
            for (int mask = 1; mask < (1 << fields.size()) - 1; mask++) {
                Map<StateField, Object> subset = new LinkedHashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    if ((mask & (1 << i)) != 0) {
                        subset.put(fields.get(i), changes.get(fields.get(i)));
                    }
                }
                PolicyState state = apply(result.base(), subset);
                boolean reaches = state.contradictions().isEmpty() && result.target().holds(ADVISOR.assess(state));
                assertThat(reaches).as("the subset %s of %s", subset, changes).isFalse();
            }
        }
    }

    private static PolicyState apply(PolicyState base, Map<StateField, Object> changes) {
        PolicyState.Builder builder = base.toBuilder();
        changes.forEach((field, value) -> field.set(builder, value));
        return builder.build();
    }

    private static Map<StateField, Object> changes(ChangeSet set) {
        Map<StateField, Object> changes = new LinkedHashMap<>();
        set.changes().forEach(c -> changes.put(c.field(), c.to()));
        return changes;
    }

    private static List<Map<StateField, Object>> changeMaps(ReachResult result) {
        return result.sets().stream().map(ReachTest::changes).toList();
    }
}
