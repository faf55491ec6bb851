package org.leverage;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;

/** Seeded random policy states for tests: each field drawn from its choices, contradictory states left out. */
public final class RandomPolicyStates {

    private RandomPolicyStates() {
    }

    /** The next state free of contradictions that {@code random} draws. */
    public static PolicyState next(SplittableRandom random) {
        while (true) {
            PolicyState.Builder builder = PolicyState.DEFAULTS.toBuilder();
            for (StateField field : StateField.values()) {
                List<Object> choices = field.choices();
                field.set(builder, choices.get(random.nextInt(choices.size())));
            }
            PolicyState state = builder.build();
            if (state.contradictions().isEmpty()) {
                return state;
            }
        }
    }

    /** {@code count} states free of contradictions, drawn from this seed. */
    public static List<PolicyState> of(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PolicyState> states = new ArrayList<>(count);
        while (states.size() < count) {
            states.add(next(random));
        }
        return states;
    }
}
