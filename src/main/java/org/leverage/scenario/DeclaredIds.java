package org.leverage.scenario;

import java.util.List;
import java.util.Objects;

import org.leverage.api.Advisor;
import org.leverage.api.Explanation;

/**
 * The ids a scenario may expect: those the catalogues of the framework it runs against declare, by kind. The
 * built-in framework's, and an analyst's own when her folder's {@code catalogue.yaml} declares more, so that a
 * scenario can pin her ids as it pins the essay's.
 *
 * @param recommendations the recommendation ids, in the catalogue's order
 * @param concerns        the concern ids, likewise
 * @param warnings        the warning ids, likewise
 */
public record DeclaredIds(List<String> recommendations, List<String> concerns, List<String> warnings) {

    public DeclaredIds {
        recommendations = List.copyOf(recommendations);
        concerns = List.copyOf(concerns);
        warnings = List.copyOf(warnings);
    }

    /** The ids the advisor's catalogues declare. */
    public static DeclaredIds of(Advisor advisor) {
        Objects.requireNonNull(advisor, "advisor must not be null");
        return new DeclaredIds(advisor.declaredIds(Explanation.Kind.RECOMMENDATION),
                advisor.declaredIds(Explanation.Kind.CONCERN), advisor.declaredIds(Explanation.Kind.WARNING));
    }
}
