package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.RecommendationId;

/** The state shows a recommended action as already taken, so it is not recommended again (DOMAIN §4). */
public record InPlace(RecommendationId id) {
    public InPlace {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return id + " in place";
    }
}
