package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.RecommendationId;

/** The conclusion that Washington should take an action (DOMAIN §4). */
public record Recommendation(String id) {
    public Recommendation {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    /** The same, for an id of the built-in catalogue. */
    public Recommendation(RecommendationId id) {
        this(id.name());
    }

    @Override
    public String toString() {
        return "recommend " + id;
    }
}
