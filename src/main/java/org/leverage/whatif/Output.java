package org.leverage.whatif;

import java.util.Comparator;
import java.util.Objects;
import org.leverage.api.Explanation;

/**
 * One thing an assessment concludes that a sweep watches: the phase, whether it is out of scope, one
 * recommendation, one warning, or one aspect of one concern (raised, level, answered).
 *
 * @param kind what it is
 * @param id   the recommendation, warning or concern id; empty for {@link Kind#PHASE} and {@link Kind#OUT_OF_SCOPE}
 */
public record Output(Kind kind, String id) {

    /** What an {@link Output} is. */
    public enum Kind {
        /** The assessment's phase. */
        PHASE,
        /** Whether the essay has nothing to advise. */
        OUT_OF_SCOPE,
        /** Whether a recommendation is made. */
        RECOMMENDATION,
        /** Whether a warning is raised. */
        WARNING,
        /** Whether a concern is raised. */
        CONCERN_RAISED,
        /** A concern's level, where both sides raise it. */
        CONCERN_LEVEL,
        /** Whether a concern is answered, where both sides raise it. */
        CONCERN_ANSWERED;

        boolean concern() {
            return this == CONCERN_RAISED || this == CONCERN_LEVEL || this == CONCERN_ANSWERED;
        }

        private int group() {
            return concern() ? CONCERN_RAISED.ordinal() : ordinal();
        }
    }

    public Output {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(id, "id must not be null (use \"\")");
    }

    public static final Output PHASE = new Output(Kind.PHASE, "");
    public static final Output OUT_OF_SCOPE = new Output(Kind.OUT_OF_SCOPE, "");

    public static Output recommendation(String id) {
        return new Output(Kind.RECOMMENDATION, id);
    }

    public static Output warning(String id) {
        return new Output(Kind.WARNING, id);
    }

    public static Output concernRaised(String id) {
        return new Output(Kind.CONCERN_RAISED, id);
    }

    public static Output concernLevel(String id) {
        return new Output(Kind.CONCERN_LEVEL, id);
    }

    public static Output concernAnswered(String id) {
        return new Output(Kind.CONCERN_ANSWERED, id);
    }

    /**
     * The order a sweep lists outputs in: phase, scope, recommendations, warnings, concerns; the ids of each in the
     * catalogue's order; a concern's aspects together.
     */
    static Comparator<Output> order(Ids ids) {
        return Comparator.<Output>comparingInt(o -> o.kind.group())
                .thenComparing((x, y) -> idOrder(x.kind, ids).compare(x.id, y.id))
                .thenComparing(Output::kind);
    }

    private static Comparator<String> idOrder(Kind kind, Ids ids) {
        return switch (kind) {
            case RECOMMENDATION -> ids.order(Explanation.Kind.RECOMMENDATION);
            case WARNING -> ids.order(Explanation.Kind.WARNING);
            case CONCERN_RAISED, CONCERN_LEVEL, CONCERN_ANSWERED -> ids.order(Explanation.Kind.CONCERN);
            case PHASE, OUT_OF_SCOPE -> Comparator.naturalOrder();
        };
    }

    /** {@code phase}, {@code outOfScope}, {@code OPEN_BILATERAL_TALKS}, {@code THAAD_RADAR raised}. */
    @Override
    public String toString() {
        return switch (kind) {
            case PHASE -> "phase";
            case OUT_OF_SCOPE -> "outOfScope";
            case RECOMMENDATION, WARNING -> id;
            case CONCERN_RAISED -> id + " raised";
            case CONCERN_LEVEL -> id + " level";
            case CONCERN_ANSWERED -> id + " answered";
        };
    }
}
