package org.leverage.api;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;
import org.leverage.api.Assessment.Step;

/**
 * An immutable list of explanation steps that formats itself on first use. Capturing an explanation costs a
 * few references per conclusion; turning facts into text happens only for the lists someone reads.
 */
final class LazySteps extends AbstractList<Step> implements RandomAccess {

    private final Supplier<List<Step>> formatter;
    private volatile List<Step> steps;

    LazySteps(Supplier<List<Step>> formatter) {
        this.formatter = formatter;
    }

    private List<Step> steps() {
        List<Step> formatted = steps;
        if (formatted == null) {
            synchronized (this) {
                formatted = steps;
                if (formatted == null) {
                    formatted = List.copyOf(formatter.get());
                    steps = formatted;
                }
            }
        }
        return formatted;
    }

    @Override
    public Step get(int index) {
        return steps().get(index);
    }

    @Override
    public int size() {
        return steps().size();
    }
}
