package org.leverage.api;

import java.util.List;

/**
 * A rule set that cannot be used: a DRL file that does not compile, a rule that fails while it runs, or
 * rules that keep firing one another without end. The location is the first problem's; {@link #problems()}
 * lists them all, each as one line.
 */
public final class RuleException extends LeverageException {

    /** Every problem found, one line each, as {@link #problems()} gives them. */
    private final List<String> problems;

    /**
     * A rule set that cannot be used.
     *
     * @param location where the first problem is; {@code null} when it is in no file
     * @param message  one line summing up what is wrong
     * @param problems every problem found, one line each; copied
     * @param cause    the underlying exception, or {@code null}
     * @throws NullPointerException when {@code problems}, or an element of it, is null
     */
    public RuleException(SourceLocation location, String message, List<String> problems, Throwable cause) {
        super(location, message, cause);
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, each one line naming its file, line and column where known.
     *
     * @return the problems, in the order found; immutable
     */
    public List<String> problems() {
        return problems;
    }
}
