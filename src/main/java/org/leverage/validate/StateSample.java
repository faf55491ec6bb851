package org.leverage.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.leverage.api.OfferResponse;
import org.leverage.api.PolicyState;
import org.leverage.api.SanctionsRelief;
import org.leverage.api.StateField;
import org.leverage.api.Talks;

/**
 * A fixed, repeatable sample of the state space of contract §2 (about 2.3e10 states, too many to enumerate):
 * two anchors and every single-field change of each, a pairwise-covering set (every value of every field
 * beside every value of every other field, where the two can stand together), and seeded random states.
 * Contradictory states are left out.
 *
 * <p>The anchors are the defaults, where Washington is to engage Pyongyang, and {@link #REASONABLE_OFFER_SPURNED},
 * where it turns to Beijing (contract §4). Seven fields must hold together for the second phase, so random and
 * pairwise states reach it only a few times in a thousand; without that anchor, the rules of the second phase
 * could look as if they never fire.
 */
final class StateSample {

    /**
     * The defaults, with the reasonable offer of contract §4 made (talks offered and all four of ¶7's concessions)
     * and spurned: the state in which the call on Beijing becomes credible (¶8).
     */
    static final PolicyState REASONABLE_OFFER_SPURNED = PolicyState.builder()
            .talksWithPyongyang(Talks.OFFERED)
            .endJointExercises(true)
            .peaceTreaty(true)
            .sanctionsRelief(SanctionsRelief.REDUCE)
            .diplomaticRelations(true)
            .responseToOffer(OfferResponse.SPURNED)
            .build();

    private StateSample() {
    }

    static List<PolicyState> of(int randomStates, long seed) {
        Set<PolicyState> states = new LinkedHashSet<>();
        for (PolicyState anchor : List.of(PolicyState.DEFAULTS, REASONABLE_OFFER_SPURNED)) {
            states.add(anchor);
            for (StateField field : StateField.values()) {
                for (Object value : field.choices()) {
                    add(states, field.with(anchor, value));
                }
            }
        }
        Random random = new Random(seed);
        states.addAll(pairwise(random));
        for (int i = 0; i < randomStates; i++) {
            add(states, randomState(random));
        }
        return List.copyOf(states);
    }

    private static void add(Set<PolicyState> states, PolicyState state) {
        if (state.contradictions().isEmpty()) {
            states.add(state);
        }
    }

    private static PolicyState randomState(Random random) {
        PolicyState.Builder builder = PolicyState.builder();
        for (StateField field : StateField.values()) {
            List<Object> choices = field.choices();
            field.set(builder, choices.get(random.nextInt(choices.size())));
        }
        return builder.build();
    }

    /** Greedy pairwise cover: pick, among random candidates, the one that covers most uncovered pairs. */
    private static List<PolicyState> pairwise(Random random) {
        StateField[] fields = StateField.values();
        Set<String> uncovered = new HashSet<>();
        for (int a = 0; a < fields.length; a++) {
            for (int b = a + 1; b < fields.length; b++) {
                for (Object x : fields[a].choices()) {
                    for (Object y : fields[b].choices()) {
                        uncovered.add(pair(fields[a], x, fields[b], y));
                    }
                }
            }
        }
        List<PolicyState> chosen = new ArrayList<>();
        int fruitless = 0;
        while (!uncovered.isEmpty() && fruitless < 20) {
            PolicyState best = null;
            int bestGain = 0;
            for (int candidate = 0; candidate < 60; candidate++) {
                PolicyState state = randomState(random);
                if (!state.contradictions().isEmpty()) {
                    continue;
                }
                int gain = 0;
                for (String covered : pairsOf(state, fields)) {
                    if (uncovered.contains(covered)) {
                        gain++;
                    }
                }
                if (gain > bestGain) {
                    best = state;
                    bestGain = gain;
                }
            }
            if (best == null) {
                fruitless++;
                continue;
            }
            fruitless = 0;
            chosen.add(best);
            uncovered.removeAll(pairsOf(best, fields));
        }
        return chosen;
    }

    private static List<String> pairsOf(PolicyState state, StateField[] fields) {
        List<String> pairs = new ArrayList<>();
        for (int a = 0; a < fields.length; a++) {
            for (int b = a + 1; b < fields.length; b++) {
                pairs.add(pair(fields[a], fields[a].get(state), fields[b], fields[b].get(state)));
            }
        }
        return pairs;
    }

    private static String pair(StateField a, Object x, StateField b, Object y) {
        return a.ordinal() + "=" + x + "|" + b.ordinal() + "=" + y;
    }
}
