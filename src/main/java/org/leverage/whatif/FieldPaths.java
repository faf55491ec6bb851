package org.leverage.whatif;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leverage.api.StateField;
import org.leverage.spelling.AsciiCase;
import org.leverage.spelling.Spelling;

/**
 * Finds a {@link StateField} by what a person types: its dotted path ({@code unitedStates.thaadDeployed}) or, for
 * short, the last part of it when that is unique ({@code thaadDeployed}); the case of ASCII letters does not
 * matter. For a name that matches nothing, {@link #closest} suggests one when one is close.
 */
public final class FieldPaths {

    private FieldPaths() {
    }

    /** Every field's path, in declaration order. */
    public static List<String> all() {
        return Arrays.stream(StateField.values()).map(StateField::path).toList();
    }

    /** The field this path or unique last part names, if one does. */
    public static Optional<StateField> find(String name) {
        Optional<StateField> exact = StateField.byPath(name);
        if (exact.isPresent()) {
            return exact;
        }
        // ASCII letters only: a look-alike (the Kelvin sign in northKorea) names no field, as in a state file.
        String wanted = AsciiCase.lower(name);
        List<StateField> byPath = Arrays.stream(StateField.values())
                .filter(f -> AsciiCase.lower(f.path()).equals(wanted)).toList();
        if (byPath.size() == 1) {
            return Optional.of(byPath.get(0));
        }
        List<StateField> byKey = Arrays.stream(StateField.values())
                .filter(f -> AsciiCase.lower(f.key()).equals(wanted)).toList();
        return byKey.size() == 1 ? Optional.of(byKey.get(0)) : Optional.empty();
    }

    /**
     * The field a name that {@link #find} does not know most likely meant: the one whose last part is close to the
     * name's by the measure of every other "did you mean" ({@link Spelling#closest}: a typo such as {@code stabilty},
     * or an abbreviation such as {@code thad} for {@code thaadDeployed}), whatever section the name gives. Empty when
     * none is close, so that a name unlike every field gets the list of fields rather than a guess. Only the last
     * parts are compared: a whole path shares its section with a dozen others, and would make
     * {@code unitedStates.weather} look close to {@code unitedStates.thaadDeployed}.
     */
    public static Optional<StateField> closest(String name) {
        Map<String, StateField> keys = new LinkedHashMap<>();
        for (StateField field : StateField.values()) {
            keys.put(field.key(), field);
        }
        return Spelling.closest(name.substring(name.lastIndexOf('.') + 1), keys.keySet()).map(keys::get);
    }
}
