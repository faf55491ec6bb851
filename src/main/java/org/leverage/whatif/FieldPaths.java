package org.leverage.whatif;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.leverage.spelling.AsciiCase;
import org.leverage.spelling.Spelling;
import java.util.Optional;
import org.leverage.api.StateField;

/**
 * Finds a {@link StateField} by what a person types: its dotted path ({@code unitedStates.thaadDeployed}) or, for
 * short, the last part of it when that is unique ({@code thaadDeployed}); the case of ASCII letters does not
 * matter. For a name that matches nothing, {@link #closest} suggests one.
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
     * The field this name most likely meant: first one whose path holds it, then one whose last part holds its
     * letters in order ({@code thad} in {@code thaadDeployed}), each time the one fewest edits away from it.
     */
    public static StateField closest(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(StateField.values())
                .min(Comparator.<StateField>comparingInt(f -> tier(wanted, f))
                        .thenComparingInt(f -> Math.min(Spelling.distance(wanted, f.path().toLowerCase(Locale.ROOT)),
                                Spelling.distance(wanted, f.key().toLowerCase(Locale.ROOT)))))
                .orElseThrow();
    }

    private static int tier(String wanted, StateField field) {
        if (!wanted.isEmpty() && field.path().toLowerCase(Locale.ROOT).contains(wanted)) {
            return 0;
        }
        return !wanted.isEmpty() && inOrder(wanted, field.key().toLowerCase(Locale.ROOT)) ? 1 : 2;
    }

    /** Whether every letter of {@code letters} appears in {@code text}, in the same order. */
    private static boolean inOrder(String letters, String text) {
        int at = 0;
        for (int i = 0; i < text.length() && at < letters.length(); i++) {
            if (text.charAt(i) == letters.charAt(at)) {
                at++;
            }
        }
        return at == letters.length();
    }
}
