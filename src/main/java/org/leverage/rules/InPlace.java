package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.RecommendationId;

/** The state shows a recommended action as already taken, so it is not recommended again (DOMAIN §4). */
public record InPlace(String id) {
    public InPlace {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    /** The same, for an id of the built-in catalogue. */
    public InPlace(RecommendationId id) {
        this(id.name());
    }

    @Override
    public String toString() {
        return id + " in place";
    }
}
