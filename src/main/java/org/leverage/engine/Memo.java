package org.leverage.engine;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.leverage.api.Assessment;
import org.leverage.api.PolicyState;

/**
 * Recent assessments by state, so that a state seen again is a look-up. Bounded: when full, it forgets some
 * state to make room; which one matters little to a memo this size.
 */
final class Memo {

    private final ConcurrentHashMap<PolicyState, Assessment> remembered = new ConcurrentHashMap<>();
    private final int capacity;

    /** @param capacity how many states to remember; at least 1 */
    Memo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a memo remembers at least one state, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** The remembered assessment of this state, or the one {@code assess} makes, which is then remembered. */
    Assessment get(PolicyState state, Function<PolicyState, Assessment> assess) {
        Assessment known = remembered.get(state);
        if (known != null) {
            return known;
        }
        Assessment assessment = assess.apply(state);
        if (remembered.size() >= capacity) {
            Iterator<PolicyState> some = remembered.keySet().iterator();
            if (some.hasNext()) {
                some.next();
                some.remove();
            }
        }
        remembered.putIfAbsent(state, assessment);
        return assessment;
    }

    void clear() {
        remembered.clear();
    }
}
