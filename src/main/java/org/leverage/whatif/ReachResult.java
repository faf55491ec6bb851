package org.leverage.whatif;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;

/**
 * What a {@link Reach} found: the smallest sets of changes to the base state that give the target, each with what
 * else it changes in the assessment, and how far the search went. Every list is in a fixed order, so the same
 * search always gives an equal result (all but {@link #elapsed()} and {@link #threads()}).
 *
 * @param target     what was looked for
 * @param base       the state the changes are made to
 * @param fields     the fields the search could change, in {@link StateField} order
 * @param maxChanges the most changes a set could hold
 * @param budget     the most states the search could assess
 * @param sets       the minimal sets of the smallest size found, in field order then value order; empty when the
 *                   target already holds or nothing was found
 * @param levels     each size searched in full, from one change up, with its counts
 * @param stop       why the search stopped
 * @param refused    with {@link Stop#BUDGET}, the size the budget could not hold; otherwise {@code null}
 * @param elapsed    how long the search took
 * @param threads    how many threads assessed
 */
public record ReachResult(ReachTarget target, PolicyState base, List<StateField> fields, int maxChanges, long budget,
                          List<ChangeSet> sets, List<Level> levels, Stop stop, Level refused, Duration elapsed,
                          int threads) {

    public ReachResult {
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(base, "base must not be null");
        fields = List.copyOf(fields);
        sets = List.copyOf(sets);
        levels = List.copyOf(levels);
        Objects.requireNonNull(stop, "stop must not be null");
        Objects.requireNonNull(elapsed, "elapsed must not be null");
    }

    /** Why a search stopped. */
    public enum Stop {
        /** The base state already gives the target: nothing was searched. */
        ALREADY_HOLDS,
        /** Sets were found: the smallest, of {@link #stoppedAt()} changes. */
        FOUND,
        /** Every size up to the most changes allowed was searched, and no set found. */
        MAX_CHANGES,
        /** Every combination of the searched fields' values was tried, and none gives the target. */
        EXHAUSTED,
        /** The next size holds more states than the budget has left; {@link #refused()} says how many. */
        BUDGET
    }

    /**
     * One size of set, searched in full or refused.
     *
     * @param changes  how many fields each state of this size changes
     * @param states   how many states that makes: every set of that many searched fields, every new value of each
     * @param assessed how many of them were assessed (for a refused size, how many it would at least assess:
     *                 more than the budget had left)
     * @param skipped  how many contradict themselves and were skipped, not assessed (0 for a refused size)
     */
    public record Level(int changes, long states, long assessed, long skipped) {
    }

    /**
     * One field changed.
     *
     * @param field the field
     * @param from  its value in the base state
     * @param to    its value after the change
     */
    public record Change(StateField field, Object from, Object to) {
        public Change {
            Objects.requireNonNull(field, "field must not be null");
            Objects.requireNonNull(from, "from must not be null");
            Objects.requireNonNull(to, "to must not be null");
        }
    }

    /**
     * One minimal set of changes: the changes give the target, and no proper subset of them does.
     *
     * @param changes    the changes, in {@link StateField} order
     * @param state      the base state with the changes made
     * @param difference what changes from the base's assessment to this state's
     */
    public record ChangeSet(List<Change> changes, PolicyState state, Difference difference) {
        public ChangeSet {
            changes = List.copyOf(changes);
            Objects.requireNonNull(state, "state must not be null");
            Objects.requireNonNull(difference, "difference must not be null");
        }
    }

    /** The largest size searched in full: the size of the sets found, or where the search gave up; 0 for none. */
    public int stoppedAt() {
        return levels.isEmpty() ? 0 : levels.get(levels.size() - 1).changes();
    }

    /** The states assessed over every size searched (the base state's own assessment aside). */
    public long assessed() {
        return levels.stream().mapToLong(Level::assessed).sum();
    }

    /** The states skipped because they contradict themselves, over every size searched. */
    public long skipped() {
        return levels.stream().mapToLong(Level::skipped).sum();
    }

    /** The states tried: assessed or skipped. */
    public long tried() {
        return assessed() + skipped();
    }
}
