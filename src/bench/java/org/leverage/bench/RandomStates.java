package org.leverage.bench;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;

import org.leverage.api.PolicyState;
import org.leverage.api.StateField;

/**
 * Seeded random policy states that never repeat: the whole state space (every value of every {@link StateField},
 * 5,733,089,280 combinations) visited in a scrambled order. Combination {@code k} of the walk is
 * {@code (start + k * stride) mod N}, with a random start and a random stride coprime to {@code N}, so the walk
 * visits each combination once before any comes back; each is decoded in mixed radix into a state. Contradictory
 * combinations (a state the reader would refuse) are skipped, as a user never assesses one.
 *
 * <p>This is the hardest honest workload for the engine: neighbouring states share nothing on purpose, so no
 * memo helps and the incremental session re-evaluates most of its network on every state.
 */
final class RandomStates {

    private static final List<StateField> FIELDS = List.of(StateField.values());
    private static final Object[][] CHOICES = FIELDS.stream().map(f -> f.choices().toArray()).toArray(Object[][]::new);
    private static final PolicyState BASE = PolicyState.builder().build();

    private final long size;
    private final long stride;
    private long next;
    private long skipped;

    /**
     * @param seed  chooses the order of the walk
     * @param part  which of {@code parts} threads walks: each starts {@code size / parts} steps after the last,
     *              so threads sharing a seed assess different states
     * @param parts how many threads share the walk
     */
    RandomStates(long seed, int part, int parts) {
        long product = 1;
        for (Object[] choices : CHOICES) {
            product = Math.multiplyExact(product, choices.length);
        }
        this.size = product;
        SplittableRandom random = new SplittableRandom(seed);
        long candidate = random.nextLong(size / 3, size - 1);
        while (!BigInteger.valueOf(candidate).gcd(BigInteger.valueOf(size)).equals(BigInteger.ONE)) {
            candidate++;
        }
        this.stride = candidate;
        long start = random.nextLong(size);
        // start + (size / parts) * part steps of the walk, computed without overflow.
        long offset = BigInteger.valueOf(size / parts).multiply(BigInteger.valueOf(part))
                .multiply(BigInteger.valueOf(stride)).add(BigInteger.valueOf(start))
                .mod(BigInteger.valueOf(size)).longValueExact();
        this.next = offset;
    }

    /** How many combinations the whole space holds. */
    long size() {
        return size;
    }

    /** How many contradictory combinations were passed over so far. */
    long skipped() {
        return skipped;
    }

    /** The next state of the walk that contradicts nothing. */
    PolicyState next() {
        while (true) {
            PolicyState state = decode(next);
            next = next >= size - stride ? next - (size - stride) : next + stride;
            if (state.contradictions().isEmpty()) {
                return state;
            }
            skipped++;
        }
    }

    /** Combination {@code index} in mixed radix, the last field fastest. */
    static PolicyState decode(long index) {
        PolicyState.Builder builder = BASE.toBuilder();
        long rest = index;
        for (int i = FIELDS.size() - 1; i >= 0; i--) {
            Object[] choices = CHOICES[i];
            builder = FIELDS.get(i).set(builder, choices[(int) (rest % choices.length)]);
            rest /= choices.length;
        }
        return builder.build();
    }
}
