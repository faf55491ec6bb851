package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.ConcernId;
import org.leverage.api.Level;

/** A raised concern of Beijing's that nothing in place answers yet; Beijing's reluctance rests on these. */
public record OpenConcern(ConcernId id, Level level) {
    public OpenConcern {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
    }

    @Override
    public String toString() {
        return "open concern " + id + " at " + level;
    }
}
