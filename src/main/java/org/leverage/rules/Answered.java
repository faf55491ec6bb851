package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.ConcernId;

/** Every action that answers a concern is in place (DOMAIN §3). */
public record Answered(String id) {
    public Answered {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    /** The same, for an id of the built-in catalogue. */
    public Answered(ConcernId id) {
        this(id.name());
    }

    @Override
    public String toString() {
        return id + " answered";
    }
}
