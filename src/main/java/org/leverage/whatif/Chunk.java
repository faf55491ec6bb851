package org.leverage.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.leverage.api.Advisor;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;

/**
 * What one chunk of a {@link Sweep} found: its distinct outcomes, numbered locally in order of first appearance,
 * and how many of its combinations contradict themselves. {@link #assess} is the walk that finds them, one thread's
 * work; {@link Gathering} then numbers the outcomes over the whole sweep.
 *
 * @param start    the first combination of the chunk
 * @param end      the combination after its last
 * @param outcomes its distinct outcomes, in order of first appearance
 * @param skipped  how many of its combinations were skipped
 */
record Chunk(int start, int end, List<Outcome> outcomes, long skipped) {

    /** Thrown by a chunk that stops because another failed; never reaches the caller. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /**
     * Assesses the combinations from {@code start} to {@code end} (exclusive), turning the odometer one combination
     * at a time so that consecutive states differ in one field, and writes each one's local outcome number (or
     * {@link Sweep#SKIPPED}) to {@code outcomeOf}. Stops as soon as another chunk has failed.
     */
    static Chunk assess(Advisor advisor, Odometer odometer, PolicyState base, int start, int end, int[] outcomeOf,
                        AtomicLong done, AtomicBoolean failed) {
        List<StateField> fields = odometer.fields;
        try {
            int[] digits = odometer.digits(start);
            PolicyState.Builder builder = base.toBuilder();
            for (int i = 0; i < digits.length; i++) {
                fields.get(i).set(builder, odometer.value(i, digits[i]));
            }
            Map<Outcome, Integer> numbers = new HashMap<>();
            List<Outcome> outcomes = new ArrayList<>();
            Outcome last = null;
            int lastNumber = Sweep.SKIPPED;
            long skipped = 0;
            int pending = 0;
            for (int index = start; index < end; index++) {
                if (failed.get()) {
                    throw new Stopped();
                }
                PolicyState state = builder.build();
                if (!state.contradictions().isEmpty()) {
                    outcomeOf[index] = Sweep.SKIPPED;
                    skipped++;
                } else {
                    Outcome outcome = Outcome.of(advisor.assess(state));
                    if (!outcome.equals(last)) {
                        Integer known = numbers.get(outcome);
                        if (known == null) {
                            known = outcomes.size();
                            numbers.put(outcome, known);
                            outcomes.add(outcome);
                        }
                        last = outcome;
                        lastNumber = known;
                    }
                    outcomeOf[index] = lastNumber;
                }
                // Turn the odometer: the last field fastest, rolling over into the ones before it.
                for (int i = digits.length - 1; i >= 0; i--) {
                    digits[i] = digits[i] + 1 == odometer.radix[i] ? 0 : digits[i] + 1;
                    fields.get(i).set(builder, odometer.value(i, digits[i]));
                    if (digits[i] != 0) {
                        break;
                    }
                }
                if (++pending == 64) {
                    done.addAndGet(pending);
                    pending = 0;
                }
            }
            done.addAndGet(pending);
            return new Chunk(start, end, outcomes, skipped);
        } catch (RuntimeException | Error e) {
            failed.set(true);
            throw e;
        }
    }
}
