package org.leverage.whatif;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.leverage.api.StateField;

/**
 * What a {@link Sweep}'s chunks found, gathered over the whole sweep once every chunk is done: the outcomes
 * numbered once for all, and for each field the outputs it flips.
 */
final class Gathering {

    private Gathering() {
    }

    /**
     * Numbers the outcomes over the whole sweep in order of first appearance, and rewrites each chunk's local
     * numbers to those; returns how many combinations were skipped.
     */
    static long number(List<Chunk> chunks, int[] outcomeOf, List<Outcome> outcomes) {
        Map<Outcome, Integer> numbers = new LinkedHashMap<>();
        long skipped = 0;
        for (Chunk chunk : chunks) {
            int[] global = new int[chunk.outcomes().size()];
            for (int local = 0; local < global.length; local++) {
                Outcome outcome = chunk.outcomes().get(local);
                Integer known = numbers.get(outcome);
                if (known == null) {
                    known = outcomes.size();
                    numbers.put(outcome, known);
                    outcomes.add(outcome);
                }
                global[local] = known;
            }
            for (int index = chunk.start(); index < chunk.end(); index++) {
                if (outcomeOf[index] != Sweep.SKIPPED) {
                    outcomeOf[index] = global[outcomeOf[index]];
                }
            }
            skipped += chunk.skipped();
        }
        return skipped;
    }

    /**
     * For each field, the outputs that differ between two assessed combinations that differ only in it, each with
     * the first such pair found. A line is the combinations that share every other field's value; every pair in
     * a line is compared (a concern's level only counts where both raise it, so comparing with one member of the
     * line would not do), each distinct pair of outcomes once.
     */
    static Map<StateField, Map<Output, SweepResult.Witness>> flips(Odometer odometer, int[] outcomeOf,
                                                                           List<Outcome> outcomes, Ids ids) {
        Map<Long, Set<Output>> differences = new HashMap<>();
        Map<StateField, Map<Output, SweepResult.Witness>> flips = new LinkedHashMap<>();
        int size = outcomeOf.length;
        int[] line = new int[Arrays.stream(odometer.radix).max().orElse(1)];
        for (int f = 0; f < odometer.fields.size(); f++) {
            int radix = odometer.radix[f];
            long stride = odometer.stride(f);
            long block = stride * radix;
            Map<Output, SweepResult.Witness> found = new TreeMap<>(Output.order(ids));
            Set<Long> compared = new HashSet<>();
            for (long high = 0; high < size; high += block) {
                for (long low = 0; low < stride; low++) {
                    long first = high + low;
                    int members = 0;
                    for (int v = 0; v < radix; v++) {
                        int index = (int) (first + v * stride);
                        if (outcomeOf[index] != Sweep.SKIPPED) {
                            line[members++] = index;
                        }
                    }
                    for (int i = 0; i < members; i++) {
                        for (int j = i + 1; j < members; j++) {
                            int x = outcomeOf[line[i]];
                            int y = outcomeOf[line[j]];
                            if (x == y) {
                                continue;
                            }
                            long pair = (long) Math.min(x, y) << 32 | Math.max(x, y);
                            if (!compared.add(pair)) {
                                continue;
                            }
                            Set<Output> differ = differences.get(pair);
                            if (differ == null) {
                                differ = outcomes.get(x).differences(outcomes.get(y));
                                differences.put(pair, differ);
                            }
                            for (Output output : differ) {
                                found.putIfAbsent(output, new SweepResult.Witness(line[i], line[j]));
                            }
                        }
                    }
                }
            }
            flips.put(odometer.fields.get(f), found);
        }
        return flips;
    }
}
