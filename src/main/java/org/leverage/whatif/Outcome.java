package org.leverage.whatif;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.function.Function;
import org.leverage.api.Assessment;
import org.leverage.api.Phase;

/**
 * The part of an assessment a sweep compares: phase, scope, which recommendations and warnings, and each raised
 * concern's level and answer. Explanations, summaries and sources are left out, so two states with the same
 * conclusions have equal outcomes.
 *
 * @param phase           the phase
 * @param outOfScope      whether the essay has nothing to advise
 * @param recommendations the ids of the recommendations, in the assessment's order
 * @param warnings        the ids of the warnings, in the assessment's order
 * @param concerns        each raised concern's state by id, in the order given: {@link #of} keeps the
 *                        assessment's, the catalogue's
 */
public record Outcome(Phase phase, boolean outOfScope, List<String> recommendations, List<String> warnings,
                      Map<String, ConcernState> concerns) {

    public Outcome {
        Objects.requireNonNull(phase, "phase must not be null");
        recommendations = List.copyOf(recommendations);
        warnings = List.copyOf(warnings);
        concerns = Collections.unmodifiableMap(new LinkedHashMap<>(concerns));
    }

    /** The outcome of an assessment. */
    public static Outcome of(Assessment assessment) {
        Map<String, ConcernState> concerns = new LinkedHashMap<>();
        assessment.concerns().forEach(c -> concerns.put(c.id(), ConcernState.of(c)));
        return new Outcome(assessment.phase(), assessment.outOfScope() != null,
                assessment.recommendations().stream().map(Assessment.Recommendation::id).toList(),
                assessment.warnings().stream().map(Assessment.Warning::id).toList(), concerns);
    }

    /**
     * The outputs in which this outcome and another differ: the phase, the scope, a recommendation or warning
     * made in only one, a concern raised in only one ({@link Output.Kind#CONCERN_RAISED}), or raised in both with
     * another level or answer. In the order found: phase, scope, recommendations, warnings, concerns; a sweep sorts
     * them in the catalogue's order.
     */
    public Set<Output> differences(Outcome other) {
        Set<Output> found = new LinkedHashSet<>();
        if (phase != other.phase) {
            found.add(Output.PHASE);
        }
        if (outOfScope != other.outOfScope) {
            found.add(Output.OUT_OF_SCOPE);
        }
        symmetricDifference(recommendations, other.recommendations, Output::recommendation, found);
        symmetricDifference(warnings, other.warnings, Output::warning, found);
        for (Map.Entry<String, ConcernState> mine : concerns.entrySet()) {
            ConcernState theirs = other.concerns.get(mine.getKey());
            if (theirs == null) {
                found.add(Output.concernRaised(mine.getKey()));
                continue;
            }
            if (!Objects.equals(mine.getValue().level(), theirs.level())) {
                found.add(Output.concernLevel(mine.getKey()));
            }
            if (mine.getValue().answered() != theirs.answered()) {
                found.add(Output.concernAnswered(mine.getKey()));
            }
        }
        for (String id : other.concerns.keySet()) {
            if (!concerns.containsKey(id)) {
                found.add(Output.concernRaised(id));
            }
        }
        return Collections.unmodifiableSet(found);
    }

    private static void symmetricDifference(List<String> mine, List<String> theirs,
                                            Function<String, Output> output, Set<Output> found) {
        mine.stream().filter(id -> !theirs.contains(id)).map(output).forEach(found::add);
        theirs.stream().filter(id -> !mine.contains(id)).map(output).forEach(found::add);
    }
}
