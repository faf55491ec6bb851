package org.leverage.whatif;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leverage.api.Advisor;
import org.leverage.api.Explanation;

/**
 * The order of output ids: the catalogue's, as the advisor declares them (the essay's ids, then an analyst's in the
 * order her catalogue declares them), so that a sweep and a diff list ids as an assessment does. An id no catalogue
 * declares comes after the declared ones, by name, so that the order stays total and fixed.
 */
final class Ids {

    private final List<String> recommendations;
    private final List<String> concerns;
    private final List<String> warnings;
    private final Comparator<String> recommendationOrder;
    private final Comparator<String> concernOrder;
    private final Comparator<String> warningOrder;

    private Ids(List<String> recommendations, List<String> concerns, List<String> warnings) {
        this.recommendations = List.copyOf(recommendations);
        this.concerns = List.copyOf(concerns);
        this.warnings = List.copyOf(warnings);
        this.recommendationOrder = inOrderOf(this.recommendations);
        this.concernOrder = inOrderOf(this.concerns);
        this.warningOrder = inOrderOf(this.warnings);
    }

    /** The order of the advisor's catalogues. */
    static Ids of(Advisor advisor) {
        return new Ids(advisor.declaredIds(Explanation.Kind.RECOMMENDATION),
                advisor.declaredIds(Explanation.Kind.CONCERN), advisor.declaredIds(Explanation.Kind.WARNING));
    }

    /** The declared recommendation ids, in order. */
    List<String> recommendations() {
        return recommendations;
    }

    /** The declared concern ids, in order. */
    List<String> concerns() {
        return concerns;
    }

    /** The declared warning ids, in order. */
    List<String> warnings() {
        return warnings;
    }

    Comparator<String> recommendationOrder() {
        return recommendationOrder;
    }

    Comparator<String> concernOrder() {
        return concernOrder;
    }

    Comparator<String> warningOrder() {
        return warningOrder;
    }

    /** By place in {@code declared}, looked up once per id rather than searched per comparison; others by name. */
    private static Comparator<String> inOrderOf(List<String> declared) {
        Map<String, Integer> places = new HashMap<>();
        for (String id : declared) {
            places.putIfAbsent(id, places.size());
        }
        return Comparator.comparingInt((String id) -> places.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }
}
