package org.leverage.spelling;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean …?" for every message that names a valid choice: the state reader's keys and values, the rule
 * compiler's fields, the sweep's field paths. Internal to Leverage, not part of its api.
 */
public final class Spelling {

    private Spelling() {
    }

    /**
     * The candidate closest to {@code written}, ignoring case and {@code -}/{@code _}, when it is reasonably close:
     * a Levenshtein distance of at most max(2, length / 3), to the whole candidate or (for three characters or
     * more, same first letter) to its beginning, so that an abbreviation finds its name.
     */
    public static Optional<String> closest(String written, Collection<String> candidates) {
        String input = normalize(written);
        if (input.isEmpty()) {
            return Optional.empty();
        }
        int limit = Math.max(2, input.length() / 3);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        int bestWhole = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String name = normalize(candidate);
            if (input.length() - name.length() > limit) {
                // Neither the candidate nor any beginning of it can be that close: each is at least this many
                // deletions away. It also spares a 100,000-character argument a 100,000-row table per candidate.
                continue;
            }
            int[] distances = distances(input, name);
            int whole = distances[name.length()];
            int score = whole;
            if (input.length() >= 3 && !name.isEmpty() && name.charAt(0) == input.charAt(0)) {
                for (int d : distances) {
                    score = Math.min(score, d);
                }
            }
            if (score <= limit && (score < bestScore || (score == bestScore && whole < bestWhole))) {
                best = candidate;
                bestScore = score;
                bestWhole = whole;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String normalize(String name) {
        return AsciiCase.lower(name).replace('-', '_');
    }

    /** The Levenshtein distances from {@code a} to every prefix of {@code b} (index = prefix length). */
    private static int[] distances(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitution, Math.min(previous[j] + 1, row[j - 1] + 1));
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous;
    }
}
