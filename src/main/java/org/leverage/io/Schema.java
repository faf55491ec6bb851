package org.leverage.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.leverage.api.StateField;

/**
 * The shape of a state document (contract §2), derived from {@link StateField} so that a field added there is read
 * and written without touching this package. Immutable.
 */
final class Schema {

    static final String FORMAT = "format";
    static final String LABEL = "label";
    static final String AS_OF = "asOf";

    /** The document's top level: {@code format}, {@code label}, {@code asOf}, then the sections. */
    static final Section ROOT = build();

    private Schema() {
    }

    /**
     * One mapping of the document.
     *
     * @param path     its dotted path; empty for the top level
     * @param keys     every key it may hold, in contract §2 order
     * @param leaves   the keys that hold a fact, with the fact
     * @param sections the keys that hold a nested mapping, with its shape
     */
    record Section(String path, List<String> keys, Map<String, StateField> leaves, Map<String, Section> sections) {
    }

    private static Section build() {
        List<String> rootKeys = new ArrayList<>(List.of(FORMAT, LABEL, AS_OF));
        Section fromFields = section("", List.of(StateField.values()));
        rootKeys.addAll(fromFields.keys());
        return new Section("", List.copyOf(rootKeys), fromFields.leaves(), fromFields.sections());
    }

    /** The section at {@code path}, built from the fields whose path lies under it (paths relative to it). */
    private static Section section(String path, List<StateField> fields) {
        List<String> keys = new ArrayList<>();
        Map<String, StateField> leaves = new LinkedHashMap<>();
        Map<String, List<StateField>> nested = new LinkedHashMap<>();
        String prefix = path.isEmpty() ? "" : path + ".";
        for (StateField field : fields) {
            String rest = field.path().substring(prefix.length());
            int dot = rest.indexOf('.');
            String key = dot < 0 ? rest : rest.substring(0, dot);
            if (!keys.contains(key)) {
                keys.add(key);
            }
            if (dot < 0) {
                leaves.put(key, field);
            } else {
                nested.computeIfAbsent(key, k -> new ArrayList<>()).add(field);
            }
        }
        Map<String, Section> sections = new LinkedHashMap<>();
        nested.forEach((key, under) -> sections.put(key, section(prefix + key, under)));
        return new Section(path, List.copyOf(keys), Collections.unmodifiableMap(leaves),
                Collections.unmodifiableMap(sections));
    }
}
