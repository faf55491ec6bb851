package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.ConcernId;

/** Some, but not all, of the actions that answer a concern are in place (DOMAIN §3). */
public record AnsweredInPart(ConcernId id) {
    public AnsweredInPart {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return id + " answered in part";
    }
}
