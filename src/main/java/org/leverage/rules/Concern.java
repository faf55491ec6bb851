package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.ConcernId;
import org.leverage.api.Level;

/** One of Beijing's concerns is raised, at a level (DOMAIN §3). */
public record Concern(String id, Level level) {
    public Concern {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(level, "level");
    }

    /** The same, for an id of the built-in catalogue. */
    public Concern(ConcernId id, Level level) {
        this(id.name(), level);
    }

    @Override
    public String toString() {
        return "concern " + id + " at " + level;
    }
}
