package com.example.host;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.PolicyState;
import org.leverage.api.RuleDescription;
import org.leverage.api.StateField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A host application as src/it/run-hosts.sh builds it three times, once per logging stack: it starts, builds an
 * Advisor from the installed org.leverage:leverage, assesses 1,000 distinct states and prints what the script
 * checks. With a rule folder as argument it also loads that folder on top of the built-in rules.
 */
public final class HostMain {

    private static final Logger LOG = LoggerFactory.getLogger(HostMain.class);
    private static final int STATES = 1_000;
    private static final long STRIDE = 1_000_003;

    private HostMain() {
    }

    public static void main(String[] args) {
        System.out.println("slf4j backend: " + LoggerFactory.getILoggerFactory().getClass().getName());
        LOG.info("host starting");
        Advisor.Builder builder = Advisor.builder();
        for (String folder : args) {
            builder.addRules(Path.of(folder));
        }
        try (Advisor advisor = builder.build()) {
            for (String folder : args) {
                String name = Path.of(folder).getFileName().toString();
                List<String> files = advisor.rules().stream().map(RuleDescription::file)
                        .filter(f -> f.contains(name)).distinct().sorted().toList();
                System.out.println("rules loaded from " + folder + ": " + files);
            }
            assessDistinctStates(advisor);
        }
    }

    /**
     * Numbers the state space as a mixed-radix counter over every field's choices and takes every
     * {@code STRIDE}-th number modulo its size (a prime stride that does not divide the size, so no number comes
     * twice, and every field turns), each a different state;
     * contradictory states are skipped, as the api says.
     */
    private static void assessDistinctStates(Advisor advisor) {
        StateField[] fields = StateField.values();
        long size = 1;
        for (StateField field : fields) {
            size = Math.multiplyExact(size, field.choices().size());
        }
        if (size % STRIDE == 0) {
            throw new IllegalStateException("the stride divides the state space: numbers would repeat");
        }
        Set<PolicyState> seen = new HashSet<>();
        TreeMap<String, Integer> phases = new TreeMap<>();
        int contradictory = 0;
        int warnings = 0;
        for (long n = 0; seen.size() < STATES; n++) {
            if (n == size) {
                throw new IllegalStateException("the state space ran out before " + STATES + " states");
            }
            PolicyState state = PolicyState.DEFAULTS;
            long rest = Math.floorMod(Math.multiplyExact(n, STRIDE), size);
            for (StateField field : fields) {
                List<Object> choices = field.choices();
                state = field.with(state, choices.get((int) (rest % choices.size())));
                rest /= choices.size();
            }
            if (!state.contradictions().isEmpty()) {
                contradictory++;
                continue;
            }
            if (!seen.add(state)) {
                throw new IllegalStateException("state " + n + " repeats an earlier one: " + state);
            }
            Assessment assessment = advisor.assess(state);
            phases.merge(String.valueOf(assessment.phase()), 1, Integer::sum);
            warnings += assessment.warnings().size();
        }
        LOG.info("assessed {} states", seen.size());
        System.out.println("assessed " + seen.size() + " distinct states (skipped " + contradictory
                + " contradictory); phases " + phases + "; warnings " + warnings);
    }
}
