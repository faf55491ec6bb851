package org.leverage.whatif;

import java.util.List;
import java.util.Objects;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.Explanation;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;

/**
 * What a {@link Reach} looks for: a recommendation that appears, a warning or a concern that disappears, or a
 * phase. {@link #holds} says whether an assessment has it.
 *
 * <pre>{@code
 * ReachTarget call = ReachTarget.recommended("CALL_ON_BEIJING_FOR_DRASTIC_ACTION");
 * ReachTarget quiet = ReachTarget.of("OFFER_INCOMPLETE", advisor);      // a warning: its absence
 * ReachTarget enlist = ReachTarget.phase(Phase.ENLIST_BEIJING);
 * }</pre>
 */
public sealed interface ReachTarget {

    /**
     * Whether the assessment has what this target asks for.
     *
     * @param assessment the assessment of a state
     * @return true when the target holds for it
     */
    boolean holds(Assessment assessment);

    /**
     * The target in a few words, e.g. {@code CALL_ON_BEIJING_FOR_DRASTIC_ACTION recommended}.
     *
     * @return one line
     */
    String describe();

    /**
     * The recommendation is made.
     *
     * @param id a recommendation id, e.g. {@code CALL_ON_BEIJING_FOR_DRASTIC_ACTION}
     * @return the target
     */
    static ReachTarget recommended(String id) {
        return new Recommended(id);
    }

    /**
     * The warning is not given.
     *
     * @param id a warning id, e.g. {@code OFFER_INCOMPLETE}
     * @return the target
     */
    static ReachTarget noWarning(String id) {
        return new NoWarning(id);
    }

    /**
     * The concern is not raised.
     *
     * @param id a concern id, e.g. {@code THAAD_RADAR}
     * @return the target
     */
    static ReachTarget noConcern(String id) {
        return new NoConcern(id);
    }

    /**
     * The assessment is in this phase.
     *
     * @param phase the phase wanted
     * @return the target
     */
    static ReachTarget phase(Phase phase) {
        return new InPhase(phase);
    }

    /**
     * The target an id names for this advisor: a recommendation appears, a warning or a concern disappears.
     *
     * @param id      an id some rule of the advisor concludes ({@link Advisor#explainableIds()}), exactly as listed
     * @param advisor the advisor whose rules conclude it
     * @return {@link #recommended}, {@link #noWarning} or {@link #noConcern}
     * @throws IllegalArgumentException when no rule of the advisor concludes the id; the message lists the ids
     */
    static ReachTarget of(String id, Advisor advisor) {
        Objects.requireNonNull(id, "id must not be null");
        List<String> known = advisor.explainableIds();
        if (!known.contains(id)) {
            throw new IllegalArgumentException("unknown id " + id + "; expected one of " + String.join(", ", known));
        }
        Explanation.Kind kind = advisor.explain(id, PolicyState.DEFAULTS).kind();
        return switch (kind) {
            case RECOMMENDATION -> recommended(id);
            case WARNING -> noWarning(id);
            case CONCERN -> noConcern(id);
        };
    }

    /**
     * The recommendation {@code id} appears among the assessment's recommendations.
     *
     * @param id the recommendation's id
     */
    record Recommended(String id) implements ReachTarget {
        public Recommended {
            Objects.requireNonNull(id, "id must not be null");
        }

        @Override
        public boolean holds(Assessment assessment) {
            return assessment.recommendations().stream().anyMatch(r -> r.id().equals(id));
        }

        @Override
        public String describe() {
            return id + " recommended";
        }
    }

    /**
     * The warning {@code id} is not among the assessment's warnings.
     *
     * @param id the warning's id
     */
    record NoWarning(String id) implements ReachTarget {
        public NoWarning {
            Objects.requireNonNull(id, "id must not be null");
        }

        @Override
        public boolean holds(Assessment assessment) {
            return assessment.warnings().stream().noneMatch(w -> w.id().equals(id));
        }

        @Override
        public String describe() {
            return "no warning " + id;
        }
    }

    /**
     * The concern {@code id} is not raised.
     *
     * @param id the concern's id
     */
    record NoConcern(String id) implements ReachTarget {
        public NoConcern {
            Objects.requireNonNull(id, "id must not be null");
        }

        @Override
        public boolean holds(Assessment assessment) {
            return assessment.concern(id).isEmpty();
        }

        @Override
        public String describe() {
            return "concern " + id + " not raised";
        }
    }

    /**
     * The assessment is in {@code phase}.
     *
     * @param phase the phase
     */
    record InPhase(Phase phase) implements ReachTarget {
        public InPhase {
            Objects.requireNonNull(phase, "phase must not be null");
        }

        @Override
        public boolean holds(Assessment assessment) {
            return assessment.phase() == phase;
        }

        @Override
        public String describe() {
            return "phase " + phase;
        }
    }
}
