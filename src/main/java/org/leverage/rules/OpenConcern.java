package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.ConcernId;
import org.leverage.api.Level;

/** A raised concern of Beijing's that nothing in place answers yet; Beijing's reluctance rests on these. */
public record OpenConcern(String id, Level level) {
    public OpenConcern {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(level, "level");
    }

    /** The same, for an id of the built-in catalogue. */
    public OpenConcern(ConcernId id, Level level) {
        this(id.name(), level);
    }

    @Override
    public String toString() {
        return "open concern " + id + " at " + level;
    }
}
