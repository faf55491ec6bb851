package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.leverage.TestAdvisors;
import org.leverage.TestPaths;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;

/**
 * A state gives the same assessment whether it is the first a session sees or one it is updated to from another
 * state. The advisor keeps one session per thread and updates it in place, so the two paths are different work
 * for the engine: a rule set that only holds on one of them (Drools sharing the first conditions of two rules,
 * one of which then goes on with a {@code not}, missed the {@code not} in a new session) is caught here.
 */
class FreshAndReusedSessionsTest {

    /** Random draws (about a quarter are free of contradictions); the stress profile draws 1,500. */
    private static final int DRAWS = Integer.getInteger("leverage.sessions.draws", 300);

    private static final Advisor ADVISOR = TestAdvisors.builder()
            .rememberAssessments(0).build();

    @Test
    void everyRandomStateAssessedFirstInANewSession_equalsItsAssessmentInASessionThatHeldOtherStates()
            throws InterruptedException {
        List<PolicyState> states = randomStates(DRAWS, 20170329L);
        List<Assessment> reused = new ArrayList<>();
        for (PolicyState state : states) {
            reused.add(ADVISOR.assess(state));
        }
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            PolicyState state = states.get(i);
            Assessment[] fresh = new Assessment[1];
            // A thread of its own has no session yet: the state is the first its new session sees.
            Thread first = new Thread(() -> fresh[0] = ADVISOR.assess(state));
            first.start();
            first.join();
            if (!reused.get(i).equals(fresh[0])) {
                differing.add(state + ": reused " + reused.get(i).phase() + ", fresh " + fresh[0].phase());
            }
        }
        assertThat(states).hasSizeGreaterThan(DRAWS / 5);
        assertThat(differing).as("states assessed differently in a new session").isEmpty();
    }

    /** Seeded random states, each field drawn from its choices, contradictory ones left out. */
    private static List<PolicyState> randomStates(int draws, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PolicyState> states = new ArrayList<>();
        for (int i = 0; i < draws; i++) {
            PolicyState state = PolicyState.DEFAULTS;
            for (StateField field : StateField.values()) {
                List<?> choices = field.choices();
                state = field.with(state, choices.get(random.nextInt(choices.size())));
            }
            if (state.contradictions().isEmpty()) {
                states.add(state);
            }
        }
        return states;
    }
}
