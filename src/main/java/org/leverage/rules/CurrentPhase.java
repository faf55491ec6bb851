package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.Phase;

/** The stage of the essay's sequence the state is in; only derived while the essay has advice to give. */
public record CurrentPhase(Phase phase) {
    public CurrentPhase {
        Objects.requireNonNull(phase, "phase");
    }

    @Override
    public String toString() {
        return "phase " + phase;
    }
}
