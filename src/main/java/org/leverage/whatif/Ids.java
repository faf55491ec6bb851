package org.leverage.whatif;

import java.util.Comparator;
import org.leverage.api.ConcernId;
import org.leverage.api.RecommendationId;
import org.leverage.api.WarningId;

/** The fixed order of output ids: the built-in ones in DOMAIN order, an analyst's own after them by name. */
final class Ids {

    private Ids() {
    }

    static final Comparator<String> RECOMMENDATIONS = order(RecommendationId.class);
    static final Comparator<String> WARNINGS = order(WarningId.class);
    static final Comparator<String> CONCERNS = order(ConcernId.class);

    private static <E extends Enum<E>> Comparator<String> order(Class<E> ids) {
        return Comparator.<String>comparingInt(id -> ordinal(ids, id)).thenComparing(Comparator.naturalOrder());
    }

    private static <E extends Enum<E>> int ordinal(Class<E> ids, String id) {
        for (E constant : ids.getEnumConstants()) {
            if (constant.name().equals(id)) {
                return constant.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }
}
