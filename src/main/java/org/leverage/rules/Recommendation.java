package org.leverage.rules;

import java.util.Objects;
import org.leverage.api.Modality;
import org.leverage.api.RecommendationId;

/**
 * The conclusion that Washington should take an action (DOMAIN §4). The id's phase, addressee, modality and
 * paraphrase come from the catalogue; a rule may state its own modality when its reading is stronger or
 * weaker than the catalogue's, and the strongest stated one is reported.
 *
 * @param id       the recommendation's id
 * @param modality the rule's own modality, or {@code null} for the catalogue's
 */
public record Recommendation(String id, Modality modality) {
    public Recommendation {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    /** A recommendation with the catalogue's modality. */
    public Recommendation(String id) {
        this(id, null);
    }

    /** The same, for an id of the built-in catalogue. */
    public Recommendation(RecommendationId id) {
        this(id.name(), null);
    }

    @Override
    public String toString() {
        return "recommend " + id + (modality == null ? "" : " (" + modality + ")");
    }
}
