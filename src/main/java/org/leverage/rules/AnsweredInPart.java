package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.ConcernId;

/** Some, but not all, of the actions that answer a concern are in place (DOMAIN §3). */
public record AnsweredInPart(String id) {
    public AnsweredInPart {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    /** The same, for an id of the built-in catalogue. */
    public AnsweredInPart(ConcernId id) {
        this(id.name());
    }

    @Override
    public String toString() {
        return id + " answered in part";
    }
}
