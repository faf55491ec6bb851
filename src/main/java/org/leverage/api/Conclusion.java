package org.leverage.api;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule's consequence concludes, read once when the rules are compiled.
 *
 * @param type     the derived fact's type, e.g. {@code Recommendation}, {@code Concern} or {@code InPlace}
 * @param id       the id it concludes, e.g. {@code OPEN_BILATERAL_TALKS}
 * @param modality the modality the rule states for a recommendation, or {@code null} for the catalogue's
 */
public record Conclusion(String type, String id, Modality modality) {

    /**
     * Checks the type and the id.
     *
     * @param type     the derived fact's type, e.g. {@code Recommendation}, {@code Concern} or {@code InPlace}
     * @param id       the id it concludes, e.g. {@code OPEN_BILATERAL_TALKS}
     * @param modality the modality the rule states for a recommendation, or {@code null} for the catalogue's
     * @throws NullPointerException when {@code type} or {@code id} is null
     */
    public Conclusion {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(id, "id must not be null");
    }

    /**
     * What an explanation would call it, for a recommendation, a concern or a warning.
     *
     * @return the kind for the types {@code Recommendation}, {@code Concern} and {@code Warning}; empty for any
     *         other type, e.g. {@code InPlace}
     */
    public Optional<Explanation.Kind> kind() {
        return switch (type) {
            case "Recommendation" -> Optional.of(Explanation.Kind.RECOMMENDATION);
            case "Concern" -> Optional.of(Explanation.Kind.CONCERN);
            case "Warning" -> Optional.of(Explanation.Kind.WARNING);
            default -> Optional.empty();
        };
    }

    /**
     * True when this concludes that id as a recommendation, a concern or a warning of this kind.
     *
     * @param kind the kind asked about
     * @param id   the id asked about, e.g. {@code OPEN_BILATERAL_TALKS}
     * @return true when both the id and the kind match; false for a type that has no kind
     */
    public boolean concludes(Explanation.Kind kind, String id) {
        return this.id.equals(id) && kind().filter(kind::equals).isPresent();
    }
}
