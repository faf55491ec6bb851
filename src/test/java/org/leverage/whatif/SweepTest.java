package org.leverage.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leverage.whatif.TestAdvisor.ADVISOR;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.leverage.api.Advisor;
import org.leverage.api.OfferResponse;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.RuleException;
import org.leverage.api.SanctionsRelief;
import org.leverage.api.StateField;
import org.leverage.api.Talks;
import org.leverage.api.Withdrawal;

class SweepTest {

    private static final List<StateField> SIX = List.of(StateField.TALKS_WITH_PYONGYANG,
            StateField.RESPONSE_TO_OFFER, StateField.PRESSURE_ON_PYONGYANG, StateField.STABILITY,
            StateField.REUNIFICATION, StateField.WITHDRAWAL);

    private static final PolicyState BASELINE = TestAdvisor.scenario("baseline-2017");

    /** One sweep over six fields of the baseline, shared by the tests that only read it. */
    private static final SweepResult SIX_FIELDS = Sweep.over(SIX).from(BASELINE).run(ADVISOR);

    /** What a single assessment of one state gives, or empty for a state that contradicts itself. */
    private static Optional<Outcome> assessAlone(PolicyState state) {
        return state.contradictions().isEmpty() ? Optional.of(Outcome.of(ADVISOR.assess(state))) : Optional.empty();
    }

    @Test
    void everyNinetySeventhCombinationHasTheOutcomeOfASingleAssessment() {
        assertThat(SIX_FIELDS.combinations()).isEqualTo(3 * 4 * 4 * 5 * 3 * 3);
        for (long index = 0; index < SIX_FIELDS.combinations(); index += 97) {
            PolicyState state = SIX_FIELDS.combination(index);
            assertThat(SIX_FIELDS.outcome(index)).as("combination %d", index).isEqualTo(assessAlone(state));
            for (int f = 0; f < SIX.size(); f++) {
                assertThat(SIX.get(f).get(state)).isEqualTo(SIX_FIELDS.values(index).get(f));
            }
            for (StateField other : StateField.values()) {
                if (!SIX.contains(other)) {
                    assertThat(other.get(state)).as(other.path()).isEqualTo(other.get(BASELINE));
                }
            }
        }
    }

    @Test
    void everyNinetySeventhTableRowMatchesASingleAssessment() {
        List<String> columns = SIX_FIELDS.columns();
        for (long index = 0; index < SIX_FIELDS.combinations(); index += 97) {
            List<String> row = SIX_FIELDS.row(index);
            assertThat(row).hasSameSizeAs(columns);
            Optional<Outcome> alone = assessAlone(SIX_FIELDS.combination(index));
            assertThat(row.get(columns.indexOf("skipped"))).isEqualTo(alone.isPresent() ? "0" : "1");
            if (alone.isEmpty()) {
                continue;
            }
            Outcome outcome = alone.get();
            assertThat(row.get(columns.indexOf("phase"))).isEqualTo(outcome.phase().name());
            for (int c = 0; c < columns.size(); c++) {
                String column = columns.get(c);
                if (column.startsWith("recommendation.")) {
                    assertThat(row.get(c)).as(column).isEqualTo(
                            outcome.recommendations().contains(column.substring(15)) ? "1" : "0");
                } else if (column.startsWith("warning.")) {
                    assertThat(row.get(c)).as(column).isEqualTo(
                            outcome.warnings().contains(column.substring(8)) ? "1" : "0");
                } else if (column.endsWith(".level")) {
                    ConcernState concern = outcome.concerns().get(column.substring(8, column.length() - 6));
                    assertThat(row.get(c)).as(column).isEqualTo(concern == null ? "" : concern.level().name());
                }
            }
        }
    }

    @Test
    void everyReportedFlipIsReproducedByAssessingItsTwoStatesAlone() {
        int checked = 0;
        for (StateField field : SIX) {
            for (Output flip : SIX_FIELDS.flips(field)) {
                SweepResult.Witness witness = SIX_FIELDS.witness(field, flip).orElseThrow();
                PolicyState a = SIX_FIELDS.combination(witness.a());
                PolicyState b = SIX_FIELDS.combination(witness.b());
                assertThat(Difference.between(ADVISOR, a, b).facts())
                        .as("%s flips %s", field.path(), flip)
                        .singleElement().extracting(Difference.FactChange::path).isEqualTo(field.path());
                assertThat(assessAlone(a).orElseThrow().differences(assessAlone(b).orElseThrow()))
                        .as("%s flips %s", field.path(), flip).contains(flip);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
        // The baseline offers none of ¶7's concessions: a refusal moves it out of scope (accepted) or keeps it
        // engaging with OFFER_INCOMPLETE (spurned), but never enlists Beijing (v2).
        assertThat(SIX_FIELDS.flips(StateField.RESPONSE_TO_OFFER)).contains(Output.PHASE, Output.OUT_OF_SCOPE,
                Output.warning("OFFER_INCOMPLETE"))
                .doesNotContain(Output.recommendation("CALL_ON_BEIJING_FOR_DRASTIC_ACTION"));
        assertThat(SIX_FIELDS.outcomes()).noneMatch(o -> o.phase() == Phase.ENLIST_BEIJING);
        assertThat(SIX_FIELDS.flips(StateField.STABILITY)).contains(Output.concernLevel("REGIME_COLLAPSE"));
    }

    @Test
    void onlyTheWholeReasonableOfferSpurnedEnlistsBeijing() {
        // Talks offered and spurned; each of ¶7's four concessions swept (2 × 2 × 3 × 2 = 24 combinations).
        PolicyState talksSpurned = BASELINE.toBuilder().talksWithPyongyang(Talks.OFFERED)
                .responseToOffer(OfferResponse.SPURNED).build();
        List<StateField> concessions = List.of(StateField.END_JOINT_EXERCISES, StateField.PEACE_TREATY,
                StateField.SANCTIONS_RELIEF, StateField.DIPLOMATIC_RELATIONS);
        SweepResult result = Sweep.over(concessions).from(talksSpurned).run(ADVISOR);

        assertThat(result.combinations()).isEqualTo(24);
        for (long index = 0; index < result.combinations(); index++) {
            PolicyState state = result.combination(index);
            boolean whole = state.unitedStates().offersToPyongyang().endJointExercises()
                    && state.unitedStates().offersToPyongyang().peaceTreaty()
                    && state.unitedStates().offersToPyongyang().sanctionsRelief() != SanctionsRelief.NONE
                    && state.unitedStates().offersToPyongyang().diplomaticRelations();
            Outcome outcome = result.outcome(index).orElseThrow();
            assertThat(outcome.phase()).as("%s", result.values(index))
                    .isEqualTo(whole ? Phase.ENLIST_BEIJING : Phase.ENGAGE_PYONGYANG);
            assertThat(outcome.recommendations().contains("CALL_ON_BEIJING_FOR_DRASTIC_ACTION")).isEqualTo(whole);
            assertThat(outcome.warnings().contains("OFFER_INCOMPLETE")).isNotEqualTo(whole);
        }
        for (StateField concession : concessions) {
            assertThat(result.flips(concession)).as(concession.path()).contains(Output.PHASE,
                    Output.recommendation("CALL_ON_BEIJING_FOR_DRASTIC_ACTION"), Output.warning("OFFER_INCOMPLETE"));
        }
    }

    @Test
    void flipsAndDistinctOutcomesEqualABruteForceOverSingleAssessments() {
        List<StateField> fields = List.of(StateField.STABILITY, StateField.REUNIFICATION, StateField.REFUGEE_AID,
                StateField.WITHDRAWAL, StateField.WITHDRAWAL_INCLUDES_THAAD);
        SweepResult result = Sweep.over(fields).from(BASELINE).run(ADVISOR);

        int size = (int) result.combinations();
        List<PolicyState> states = new ArrayList<>();
        List<Optional<Outcome>> alone = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            states.add(result.combination(i));
            alone.add(assessAlone(states.get(i)));
        }
        Map<StateField, Set<Output>> expected = new TreeMap<>();
        fields.forEach(f -> expected.put(f, new TreeSet<>(Output.order(Ids.of(ADVISOR)))));
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                if (alone.get(i).isEmpty() || alone.get(j).isEmpty()) {
                    continue;
                }
                List<StateField> differing = new ArrayList<>();
                for (StateField f : fields) {
                    if (!f.get(states.get(i)).equals(f.get(states.get(j)))) {
                        differing.add(f);
                    }
                }
                if (differing.size() == 1) {
                    expected.get(differing.get(0)).addAll(alone.get(i).get().differences(alone.get(j).get()));
                }
            }
        }
        for (StateField field : fields) {
            assertThat(result.flips(field)).as(field.path()).containsExactlyElementsOf(expected.get(field));
        }
        assertThat(result.distinctOutcomes())
                .isEqualTo((int) alone.stream().flatMap(Optional::stream).distinct().count());
        assertThat(result.skipped()).isEqualTo(alone.stream().filter(Optional::isEmpty).count());
    }

    @Test
    void contradictoryCombinationsAreSkippedAndCountedNotErrors() {
        SweepResult result = Sweep.over(StateField.WITHDRAWAL, StateField.WITHDRAWAL_INCLUDES_THAAD)
                .from(BASELINE).run(ADVISOR);
        assertThat(result.combinations()).isEqualTo(6);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.assessed()).isEqualTo(5);
        // NONE with THAAD included: there is no withdrawal to include it in.
        assertThat(result.values(1)).containsExactly(Withdrawal.NONE, true);
        assertThat(result.outcome(1)).isEmpty();
        assertThat(result.row(1).subList(0, 3)).containsExactly("NONE", "true", "1");
        assertThat(result.row(1).subList(3, result.columns().size())).allMatch(String::isEmpty);
    }

    @Test
    void combinationsRunLikeAnOdometerWithTheLastFieldFastest() {
        Sweep sweep = Sweep.over(StateField.THAAD_DEPLOYED, StateField.WITHDRAWAL).from(BASELINE);
        assertThat(sweep.combinations()).isEqualTo(BigInteger.valueOf(6));
        List<String> order = new ArrayList<>();
        for (long i = 0; i < 6; i++) {
            PolicyState state = sweep.combination(i);
            order.add(StateField.THAAD_DEPLOYED.get(state) + "/" + StateField.WITHDRAWAL.get(state));
        }
        assertThat(order).containsExactly("false/NONE", "false/VERBAL", "false/WRITTEN", "true/NONE", "true/VERBAL",
                "true/WRITTEN");
    }

    @Test
    void aSweepOverTheLimitIsRefusedWithTheExactCountBeforeAnyAssessment() {
        AtomicLong assessments = new AtomicLong();
        // A proxy rather than a class: it keeps compiling as the Advisor interface grows.
        Advisor counting = (Advisor) Proxy.newProxyInstance(Advisor.class.getClassLoader(),
                new Class<?>[] {Advisor.class}, (proxy, method, args) -> {
                    if (method.getName().equals("assess")) {
                        assessments.incrementAndGet();
                    }
                    return method.invoke(ADVISOR, args);
                });
        Sweep sweep = Sweep.over(SIX).from(BASELINE).limit(2159);
        assertThatThrownBy(() -> sweep.run(counting))
                .isInstanceOfSatisfying(SweepTooLargeException.class, e -> {
                    assertThat(e.combinations()).isEqualTo(BigInteger.valueOf(2160));
                    assertThat(e.limit()).isEqualTo(2159);
                })
                .hasMessageContaining("2,160 combinations");
        assertThat(assessments).hasValue(0);
    }

    @Test
    void aRuleFailingDuringASweepSurfacesAsItselfAndStopsTheOtherThreads() {
        AtomicLong assessments = new AtomicLong();
        RuleException failure = new RuleException(null, "rule \"Boom\" failed while running", List.of("boom"), null);
        Advisor failing = (Advisor) Proxy.newProxyInstance(Advisor.class.getClassLoader(),
                new Class<?>[] {Advisor.class}, (proxy, method, args) -> {
                    if (method.getName().equals("assess")) {
                        if (assessments.incrementAndGet() == 100) {
                            throw failure;
                        }
                    }
                    return method.invoke(ADVISOR, args);
                });
        assertThatThrownBy(() -> Sweep.over(SIX).from(BASELINE).run(failing)).isSameAs(failure);
        assertThat(assessments.get()).isLessThan(SIX_FIELDS.assessed());
    }

    @Test
    void everyFieldTogetherMakesBillionsOfCombinationsAndIsRefused() {
        BigInteger all = Sweep.over(StateField.values()).combinations();
        assertThat(all).isEqualTo(BigInteger.valueOf(5_733_089_280L));
        assertThatThrownBy(() -> Sweep.over(StateField.values()).run(ADVISOR))
                .isInstanceOf(SweepTooLargeException.class);
    }

    @Test
    void oneThreadAndTwoGiveTheSameResultInTheSameOrder() {
        SweepResult one = Sweep.over(SIX).from(BASELINE).threads(1).run(ADVISOR);
        assertThat(one.outcomes()).isEqualTo(SIX_FIELDS.outcomes());
        for (StateField field : SIX) {
            assertThat(one.flips(field)).isEqualTo(SIX_FIELDS.flips(field));
            for (Output flip : one.flips(field)) {
                assertThat(one.witness(field, flip)).isEqualTo(SIX_FIELDS.witness(field, flip));
            }
        }
        assertThat(one.rows().toList()).isEqualTo(SIX_FIELDS.rows().toList());
    }

    @Test
    void progressIsReportedOnTheCallingThreadAndEndsComplete() {
        List<long[]> updates = new ArrayList<>();
        Thread caller = Thread.currentThread();
        Sweep.over(StateField.THAAD_DEPLOYED, StateField.STABILITY).from(BASELINE).run(ADVISOR, (done, total) -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            updates.add(new long[] {done, total});
        });
        assertThat(updates).last().satisfies(u -> assertThat(u).containsExactly(10, 10));
    }

    @Test
    void theCsvTableHasAHeaderAndOneQuotedRowPerCombination() throws IOException {
        SweepResult result = Sweep.over(StateField.THAAD_DEPLOYED, StateField.WITHDRAWAL).from(BASELINE)
                .run(ADVISOR);
        StringBuilder csv = new StringBuilder();
        result.writeCsv(csv);
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).startsWith("unitedStates.thaadDeployed,unitedStates.commitmentsToBeijing.withdrawal,"
                + "skipped,phase,outOfScope,recommendation.OPEN_BILATERAL_TALKS,");
        assertThat(lines.get(1)).startsWith("false,NONE,0,ENGAGE_PYONGYANG,0,1,");
        assertThat(csv.toString()).doesNotContain("\r").endsWith("\n");
        assertThat(SweepResult.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(SweepResult.csv("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(SweepResult.csv("plain")).isEqualTo("plain");
    }

    @Test
    void aFieldNamedTwiceIsRefused() {
        assertThatThrownBy(() -> Sweep.over(StateField.GOAL, StateField.GOAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unitedStates.goal");
    }
}
