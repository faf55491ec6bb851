package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.ConcernId;

/** Every action that answers a concern is in place (DOMAIN §3). */
public record Answered(ConcernId id) {
    public Answered {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return id + " answered";
    }
}
