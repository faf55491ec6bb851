package org.leverage.api;

import java.util.List;

/**
 * A rule set that cannot be used: a DRL file that does not compile, a rule that fails while it runs, or
 * rules that keep firing one another without end. The location is the first problem's; {@link #problems()}
 * lists them all, each as one line.
 */
public final class RuleException extends LeverageException {

    private final List<String> problems;

    public RuleException(SourceLocation location, String message, List<String> problems, Throwable cause) {
        super(location, message, cause);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, each one line naming its file, line and column where known. */
    public List<String> problems() {
        return problems;
    }
}
