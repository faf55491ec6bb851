package org.leverage.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leverage.TestPaths;
import org.leverage.api.Assessment;
import org.leverage.api.OfferResponse;
import org.leverage.api.PolicyState;
import org.leverage.api.Pressure;
import org.leverage.api.Stability;
import org.leverage.api.StateField;
import org.leverage.api.Talks;
import org.leverage.api.UncertainState;
import org.leverage.api.Withdrawal;

/**
 * The odds of issue 12: exact chances equal a brute-force sum over the same combinations; a sample's intervals
 * hold the exact chances as often as 95 % intervals should; contradictory combinations are left out and their
 * weight reported; the numbers are the same on any number of threads; and the essay's day with Pyongyang's answer
 * unknown gives the call on Beijing exactly Pyongyang's chance of spurning the offer.
 */
class OddsTest {

    private static final UncertainState EXAMPLE = UncertainState.read(
            TestPaths.project().resolve("docs/examples/uncertain-2017.yaml"));

    /** Four fields, one of which (talks) makes some combinations of another (the answer) contradict themselves. */
    private static final UncertainState WIDE = UncertainState.builder(PolicyState.builder().thaadDeployed(true)
                    .endJointExercises(true).peaceTreaty(true).diplomaticRelations(true).build())
            .chance(StateField.TALKS_WITH_PYONGYANG, Talks.NONE, 0.2)
            .chance(StateField.TALKS_WITH_PYONGYANG, Talks.OFFERED, 0.8)
            .chance(StateField.RESPONSE_TO_OFFER, OfferResponse.NONE, 0.1)
            .chance(StateField.RESPONSE_TO_OFFER, OfferResponse.PENDING, 0.3)
            .chance(StateField.RESPONSE_TO_OFFER, OfferResponse.SPURNED, 0.6)
            .chance(StateField.PRESSURE_ON_PYONGYANG, Pressure.CAUTIOUS, 0.5)
            .chance(StateField.PRESSURE_ON_PYONGYANG, Pressure.DELAY_AID, 0.25)
            .chance(StateField.PRESSURE_ON_PYONGYANG, Pressure.REDUCE_AID, 0.25)
            .chance(StateField.WITHDRAWAL, Withdrawal.NONE, 0.5)
            .chance(StateField.WITHDRAWAL, Withdrawal.WRITTEN, 0.5)
            .chance(StateField.STABILITY, Stability.STABLE, 0.7)
            .chance(StateField.STABILITY, Stability.STRAINED, 0.3)
            .build();

    @Test
    void theEssaysDayWithTheAnswerUnknown_givesTheCallOnBeijingExactlyTheChanceOfASpurn() {
        OddsResult odds = Odds.of(EXAMPLE).run(TestAdvisor.ADVISOR);

        assertThat(odds.method()).isEqualTo(OddsResult.Method.EXACT);
        assertThat(odds.combinations()).isEqualTo(6);
        OddsResult.Item call = item(odds, OddsResult.Item.Kind.RECOMMENDATION, "CALL_ON_BEIJING_FOR_DRASTIC_ACTION");
        assertThat(call.probability()).isEqualTo(0.6);
        assertThat(call.swungBy()).contains(StateField.RESPONSE_TO_OFFER);
        assertThat(call.swing()).isEqualTo(1.0);
        assertThat(item(odds, OddsResult.Item.Kind.PHASE, "ENLIST_BEIJING").probability()).isEqualTo(0.6);
        assertThat(item(odds, OddsResult.Item.Kind.CONCERN_RAISED, "THAAD_RADAR").robust()).isTrue();
        assertThat(call.robust()).isFalse();
    }

    @Test
    void exactChancesAreTheBruteForceSumOverTheSameCombinations() {
        OddsResult odds = Odds.of(WIDE).run(TestAdvisor.ADVISOR);

        Map<String, Double> expected = new HashMap<>();
        double valid = 0;
        double contradictory = 0;
        for (Map.Entry<Object, Double> talks : WIDE.distributions().get(StateField.TALKS_WITH_PYONGYANG).entrySet()) {
            for (Map.Entry<Object, Double> answer : WIDE.distributions().get(StateField.RESPONSE_TO_OFFER).entrySet()) {
                for (Map.Entry<Object, Double> pressure
                        : WIDE.distributions().get(StateField.PRESSURE_ON_PYONGYANG).entrySet()) {
                    for (Map.Entry<Object, Double> withdrawal
                            : WIDE.distributions().get(StateField.WITHDRAWAL).entrySet()) {
                        for (Map.Entry<Object, Double> stability
                                : WIDE.distributions().get(StateField.STABILITY).entrySet()) {
                            PolicyState state = PolicyState.builder().thaadDeployed(true).endJointExercises(true)
                                    .peaceTreaty(true).diplomaticRelations(true)
                                    .talksWithPyongyang((Talks) talks.getKey())
                                    .responseToOffer((OfferResponse) answer.getKey())
                                    .pressureOnPyongyang((Pressure) pressure.getKey())
                                    .withdrawal((Withdrawal) withdrawal.getKey())
                                    .stability((Stability) stability.getKey()).build();
                            double weight = talks.getValue() * answer.getValue() * pressure.getValue()
                                    * withdrawal.getValue() * stability.getValue();
                            if (!state.contradictions().isEmpty()) {
                                contradictory += weight;
                                continue;
                            }
                            valid += weight;
                            for (String claim : claims(TestAdvisor.ADVISOR.assess(state))) {
                                expected.merge(claim, weight, Double::sum);
                            }
                        }
                    }
                }
            }
        }
        double total = valid;
        Map<String, Double> actual = new HashMap<>();
        odds.items().forEach(i -> actual.put(i.claim(), i.probability()));

        assertThat(odds.combinations()).isEqualTo(2 * 3 * 3 * 2 * 2);
        assertThat(contradictory).as("the test's state has contradictory combinations").isPositive();
        assertThat(odds.contradictory()).isCloseTo(contradictory / (valid + contradictory), within(1e-12));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((claim, weight) ->
                assertThat(actual.get(claim)).as(claim).isCloseTo(weight / total, within(1e-9)));
    }

    @Test
    void aSampleHoldsTheExactChancesWithinItsIntervalsAsOftenAsItShould() {
        OddsResult exact = Odds.of(WIDE).run(TestAdvisor.ADVISOR);
        OddsResult sampled = Odds.of(WIDE).exactLimit(1).samples(8_000).seed(11).run(TestAdvisor.ADVISOR);

        assertThat(sampled.method()).isEqualTo(OddsResult.Method.SAMPLED);
        Map<String, OddsResult.Item> drawn = new HashMap<>();
        sampled.items().forEach(i -> drawn.put(i.claim(), i));
        int inside = 0;
        List<String> far = new ArrayList<>();
        for (OddsResult.Item truth : exact.items()) {
            OddsResult.Item estimate = drawn.get(truth.claim());
            double p = truth.probability();
            if (estimate == null) {
                // Never drawn: only a rare conclusion may be missing from 8,000 draws.
                assertThat(p).as(truth.claim()).isLessThan(0.002);
                continue;
            }
            if (estimate.low() <= p && p <= estimate.high()) {
                inside++;
            }
            // Four standard errors: a sampler that is right misses this about once in 16,000 items.
            double error = Math.sqrt(p * (1 - p) / sampled.assessed());
            if (Math.abs(estimate.probability() - p) > 4 * error + 1e-9) {
                far.add(truth.claim() + ": " + estimate.probability() + " against " + p);
            }
        }
        assertThat(far).isEmpty();
        assertThat(inside).as("95 % intervals hold the truth for most items").isGreaterThanOrEqualTo(
                (int) Math.floor(0.85 * exact.items().size()));
        assertThat(sampled.contradictory()).isCloseTo(exact.contradictory(), within(0.02));
    }

    /**
     * A sample's chunks draw from streams of their own: chunks that drew the same numbers (seeds a fixed step
     * apart give SplittableRandom one stream, shifted) would make an estimate vary as if it had a chunk's draws,
     * not the sample's. Over twenty seeds the estimates of a fair coin vary as 4,096 draws should.
     */
    @org.leverage.Slow // 80,000 assessments
    @Test
    void aSamplesEstimatesVaryAsTheirNumberOfDrawsSays() {
        UncertainState coin = UncertainState.builder(PolicyState.DEFAULTS)
                .chance(StateField.THAAD_DEPLOYED, true, 0.5)
                .chance(StateField.THAAD_DEPLOYED, false, 0.5)
                .build();
        int samples = 4_096;
        int seeds = 20;
        double sumOfSquares = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            OddsResult odds = Odds.of(coin).exactLimit(1).samples(samples).seed(seed).run(TestAdvisor.ADVISOR);
            double thaad = item(odds, OddsResult.Item.Kind.CONCERN_RAISED, "THAAD_RADAR").probability();
            sumOfSquares += (thaad - 0.5) * (thaad - 0.5);
        }
        double variance = sumOfSquares / seeds;
        double expected = 0.25 / samples;
        // The ratio follows a chi-square over twenty: above 2.2 about once in 500 runs; overlapping chunks give 4.
        assertThat(variance / expected).isLessThan(2.2);
    }

    @Test
    void theNumbersAreTheSameOnOneThreadOrMany() {
        OddsResult one = Odds.of(WIDE).threads(1).run(TestAdvisor.ADVISOR);
        OddsResult four = Odds.of(WIDE).threads(4).run(TestAdvisor.ADVISOR);
        OddsResult sampledOne = Odds.of(WIDE).exactLimit(1).samples(1_000).threads(1).run(TestAdvisor.ADVISOR);
        OddsResult sampledFour = Odds.of(WIDE).exactLimit(1).samples(1_000).threads(4).run(TestAdvisor.ADVISOR);

        assertThat(four.items()).isEqualTo(one.items());
        assertThat(sampledFour.items()).isEqualTo(sampledOne.items());
    }

    @Test
    void progressIsReportedInOrderUpToEveryCombination() {
        List<long[]> updates = java.util.Collections.synchronizedList(new ArrayList<>());

        Odds.of(WIDE).run(TestAdvisor.ADVISOR, (done, total) -> updates.add(new long[] {done, total}));

        assertThat(updates).isNotEmpty();
        assertThat(updates.get(updates.size() - 1)).containsExactly(72, 72);
        for (int i = 1; i < updates.size(); i++) {
            assertThat(updates.get(i)[0]).isGreaterThanOrEqualTo(updates.get(i - 1)[0]);
        }
    }

    @Test
    void whenEveryCombinationContradictsItself_theRunSaysWhy() {
        UncertainState impossible = UncertainState.builder(PolicyState.DEFAULTS)
                .chance(StateField.RESPONSE_TO_OFFER, OfferResponse.SPURNED, 0.5)
                .chance(StateField.RESPONSE_TO_OFFER, OfferResponse.PENDING, 0.5)
                .build();

        assertThatThrownBy(() -> Odds.of(impossible).run(TestAdvisor.ADVISOR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("every combination of the uncertain fields contradicts itself, e.g."
                        + " northKorea.responseToOffer: ");
    }

    private static OddsResult.Item item(OddsResult odds, OddsResult.Item.Kind kind, String id) {
        return odds.items().stream().filter(i -> i.kind() == kind && i.id().equals(id)).findFirst().orElseThrow();
    }

    /** The claims of an assessment, as {@link OddsResult.Item#claim()} words them. */
    private static List<String> claims(Assessment assessment) {
        List<String> claims = new ArrayList<>();
        claims.add("phase " + assessment.phase().name());
        assessment.recommendations().forEach(r -> claims.add(r.id()));
        assessment.warnings().forEach(w -> claims.add(w.id()));
        for (Assessment.Concern concern : assessment.concerns()) {
            claims.add(concern.id() + " raised");
            claims.add(concern.id() + " at " + concern.level().name());
            if (concern.answered()) {
                claims.add(concern.id() + " answered");
            }
        }
        return claims;
    }
}
