package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.ConcernId;
import org.leverage.api.Level;

/** One of Beijing's concerns is raised, at a level (DOMAIN §3). */
public record Concern(ConcernId id, Level level) {
    public Concern {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
    }

    @Override
    public String toString() {
        return "concern " + id + " at " + level;
    }
}
