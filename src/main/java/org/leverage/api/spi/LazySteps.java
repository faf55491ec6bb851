package org.leverage.api.spi;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;
import org.leverage.api.Assessment.Step;

/**
 * An immutable list of explanation steps that formats itself on first use, for engines that capture
 * explanations cheaply: capturing costs a few references per conclusion, and building the steps happens only
 * for the lists someone reads. The records of {@link org.leverage.api.Assessment} keep such a list as it is.
 */
public final class LazySteps extends AbstractList<Step> implements RandomAccess {

    private final Supplier<List<Step>> formatter;
    private volatile List<Step> steps;

    private LazySteps(Supplier<List<Step>> formatter) {
        this.formatter = formatter;
    }

    /**
     * The steps {@code formatter} gives, asked for at most once, on first use. Safe to read from many threads:
     * the first reader formats, the others wait for it and then share the result.
     *
     * @param formatter makes the steps; called at most once, by whichever thread first reads the list. Its list
     *                  is copied, so it must not hold nulls
     * @return an immutable, random-access list of the steps
     * @throws NullPointerException when {@code formatter} is null
     */
    public static List<Step> of(Supplier<List<Step>> formatter) {
        return new LazySteps(Objects.requireNonNull(formatter, "formatter must not be null"));
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
