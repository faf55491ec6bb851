package org.leverage.whatif;

import org.leverage.api.Assessment;
import org.leverage.api.Level;

/**
 * What a raised concern looks like in one assessment, as far as a what-if comparison cares.
 *
 * @param level    how pressing it is; {@code null} when an analyst's rule raised it without one
 * @param answered true only when every action that answers it is in place
 */
public record ConcernState(Level level, boolean answered) {

    /** The state of a concern as an assessment reports it. */
    public static ConcernState of(Assessment.Concern concern) {
        return new ConcernState(concern.level(), concern.answered());
    }

    /** {@code HIGH open}, {@code LOW answered}. */
    @Override
    public String toString() {
        return (level == null ? "-" : level.name()) + (answered ? " answered" : " open");
    }
}
