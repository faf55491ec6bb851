package org.leverage.whatif;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leverage.api.Advisor;
import org.leverage.api.Explanation.Kind;

/**
 * The order of output ids: the catalogue's, as the advisor declares them (the essay's ids, then an analyst's in the
 * order her catalogue declares them), so that a sweep and a diff list ids as an assessment does. An id no catalogue
 * declares comes after the declared ones, by name, so that the order stays total and fixed.
 */
final class Ids {

    private final Map<Kind, List<String>> declared = new EnumMap<>(Kind.class);
    private final Map<Kind, Comparator<String>> orders = new EnumMap<>(Kind.class);

    private Ids(Advisor advisor) {
        for (Kind kind : Kind.values()) {
            List<String> ids = List.copyOf(advisor.declaredIds(kind));
            declared.put(kind, ids);
            orders.put(kind, inOrderOf(ids));
        }
    }

    /** The order of the advisor's catalogues. */
    static Ids of(Advisor advisor) {
        return new Ids(advisor);
    }

    /** The declared ids of one kind, in order. */
    List<String> declared(Kind kind) {
        return declared.get(kind);
    }

    /** The order of one kind's ids. */
    Comparator<String> order(Kind kind) {
        return orders.get(kind);
    }

    /** By place in {@code ids}, looked up once per id rather than searched per comparison; others by name. */
    private static Comparator<String> inOrderOf(List<String> ids) {
        Map<String, Integer> places = new HashMap<>();
        for (String id : ids) {
            places.putIfAbsent(id, places.size());
        }
        return Comparator.comparingInt((String id) -> places.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }
}
