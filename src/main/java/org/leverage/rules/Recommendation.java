package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.RecommendationId;

/** The conclusion that Washington should take an action (DOMAIN §4). */
public record Recommendation(RecommendationId id) {
    public Recommendation {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return "recommend " + id;
    }
}
