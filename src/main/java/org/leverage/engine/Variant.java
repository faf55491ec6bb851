package org.leverage.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leverage.api.Level;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;

/**
 * Another wording of a catalogue entry's summary, for the states where {@code when} holds: every field named has
 * one of the values listed (and, for a concern, its level is one of those listed). The first variant that holds
 * wins; none holding leaves the entry's own summary.
 *
 * @param fields  the values each named state field may have, as written in a state file (enum names, true/false)
 * @param levels  the levels the concern may be at; empty when the variant does not look at the level
 * @param summary the wording for those states
 * @param sources the paragraphs that wording rests on; empty to keep the entry's own
 */
record Variant(Map<StateField, Set<String>> fields, Set<Level> levels, String summary, List<String> sources)
        implements java.io.Serializable {

    Variant {
        fields = Map.copyOf(fields);
        levels = Set.copyOf(levels);
        sources = List.copyOf(sources);
    }

    boolean holds(PolicyState state, Level level) {
        if (!levels.isEmpty() && (level == null || !levels.contains(level))) {
            return false;
        }
        for (Map.Entry<StateField, Set<String>> field : fields.entrySet()) {
            Object value = field.getKey().get(state);
            if (!field.getValue().contains(value instanceof Enum<?> constant ? constant.name() : String.valueOf(value))) {
                return false;
            }
        }
        return true;
    }

    /** The summary of the first variant that holds, else {@code otherwise}. */
    static String choose(List<Variant> variants, PolicyState state, Level level, String otherwise) {
        for (Variant variant : variants) {
            if (variant.holds(state, level)) {
                return variant.summary();
            }
        }
        return otherwise;
    }

    /** The sources of the first variant that holds when it names its own, else {@code otherwise}. */
    static List<String> sources(List<Variant> variants, PolicyState state, Level level, List<String> otherwise) {
        for (Variant variant : variants) {
            if (variant.holds(state, level)) {
                return variant.sources().isEmpty() ? otherwise : variant.sources();
            }
        }
        return otherwise;
    }
}
