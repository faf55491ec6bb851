package org.leverage.whatif;

import java.util.Objects;
import org.leverage.api.Assessment;
import org.leverage.api.ConcernKind;
import org.leverage.api.Level;

/**
 * What a raised concern looks like in one assessment, as far as a what-if comparison cares.
 *
 * @param level    how pressing it is; {@code null} when an analyst's rule raised it without one
 * @param answered true only when every action that answers it is in place; never for a premise or a residual
 *                 risk
 * @param kind     a premise, a concern an incentive answers, or a residual risk (DOMAIN §3); the same for every
 *                 state, so two states of one concern never differ in it
 * @param answeredInPart true when some but not all of the actions that answer it are in place, so that a
 *                 comparison shows a step from "open" to "answered in part"
 */
public record ConcernState(Level level, boolean answered, ConcernKind kind, boolean answeredInPart) {

    public ConcernState {
        Objects.requireNonNull(kind, "kind must not be null");
    }

    /** A concern of kind {@link ConcernKind#CONCERN}, one an incentive answers, wholly answered or not at all. */
    public ConcernState(Level level, boolean answered) {
        this(level, answered, ConcernKind.CONCERN, false);
    }

    /** A concern of this kind, wholly answered or not at all. */
    public ConcernState(Level level, boolean answered, ConcernKind kind) {
        this(level, answered, kind, false);
    }

    /** The state of a concern as an assessment reports it. */
    public static ConcernState of(Assessment.Concern concern) {
        return new ConcernState(concern.level(), concern.answered(), concern.kind(), concern.answeredInPart());
    }

    /**
     * {@code HIGH open}, {@code HIGH answered in part}, {@code LOW answered}; a premise or a residual risk, which nothing answers, is never
     * "open" (DOMAIN §3): {@code HIGH premise}, {@code LOW residual risk}.
     */
    @Override
    public String toString() {
        String shown = level == null ? "-" : level.name();
        return switch (kind) {
            case PREMISE -> shown + " premise";
            case RESIDUAL_RISK -> shown + " residual risk";
            case CONCERN -> shown + (answered ? " answered" : answeredInPart ? " answered in part" : " open");
        };
    }
}
