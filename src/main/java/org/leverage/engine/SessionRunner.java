package org.leverage.engine;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.leverage.api.PolicyState;
import org.leverage.api.RuleException;
import org.leverage.api.SourceLocation;

/**
 * The one place a state is run through the rules: it loads the state into a session, fires the rules within
 * the advisor's bounds, and reads out what they concluded. A rule that fails (its stack or the heap exhausted
 * included), calls {@code halt()}, keeps firing, or runs past the time limit ends the run with a
 * {@link RuleException} naming it. Rules that may misbehave (any but the built-in framework's) run on
 * {@link RuleThreads}, so that the caller waits no longer than the limit; the built-in framework's, which only
 * insert conclusions, run on the caller's thread.
 */
final class SessionRunner implements AutoCloseable {

    private final RuleCompiler.Compiled compiled;
    private final int maxFirings;
    private final Explainer explainer;
    /** Null when the rules run on the caller's thread. */
    private final RuleThreads threads;
    private final Duration timeLimit;
    private final Explainer.Capture capture;
    /** For each rule, the start of its generated classes' names, to find it on a thread's stack. */
    private volatile Map<String, Rule> rulesByClassPrefix;

    /**
     * @param timeLimit how long the rules may run on one state, watched on threads of their own; {@code null}
     *                  to run them on the caller's thread, unwatched (only for rules that cannot run away)
     * @param capture   what each assessment keeps of the justifications of its conclusions
     */
    SessionRunner(RuleCompiler.Compiled compiled, int maxFirings, Duration timeLimit, Explainer.Capture capture) {
        this.capture = capture;
        this.compiled = compiled;
        this.maxFirings = maxFirings;
        this.explainer = new Explainer(compiled);
        this.timeLimit = timeLimit;
        this.threads = timeLimit == null ? null : new RuleThreads(timeLimit, "leverage-rules-");
    }

    KieBase kieBase() {
        return compiled.kieBase();
    }

    Explainer explainer() {
        return explainer;
    }

    /** A new session for this runner's rules, remembering the rule firing when the rules are watched. */
    StateSession newSession() {
        return new StateSession(compiled.kieBase(), threads != null);
    }

    /** Ends the threads the rules ran on (those waiting for work; one a rule will not give back stays its). */
    @Override
    public void close() {
        if (threads != null) {
            threads.close();
        }
    }

    /** Runs a state in a session that may hold an earlier one, and reads out its conclusions. */
    Concluded run(StateSession session, PolicyState state) {
        load(session, state);
        return Concluded.from(session.kieSession().getFactHandles(), explainer, capture);
    }

    /** Runs a state in a session of its own, lets {@code reading} look at the result, and disposes of it. */
    <T> T runFresh(PolicyState state, Function<KieSession, T> reading) {
        StateSession session = newSession();
        try {
            load(session, state);
            return reading.apply(session.kieSession());
        } finally {
            session.dispose();
        }
    }

    private void load(StateSession session, PolicyState state) {
        if (watched(session, () -> loadAndFire(session, state)) >= maxFirings) {
            throw cycling(state);
        }
    }

    /** Runs rules on the caller's thread, or on its rule thread within the time limit. */
    private <T> T watched(StateSession session, Supplier<T> work) {
        if (threads == null) {
            return work.get();
        }
        try {
            return threads.run(work, session.kieSession()::halt);
        } catch (RuleThreads.OverrunException e) {
            if (!e.overrun().stopped()) {
                session.abandon();
            }
            throw overrun(e.overrun(), session.firing());
        }
    }

    private int loadAndFire(StateSession session, PolicyState state) {
        try {
            session.load(state);
            int fired = session.kieSession().fireAllRules(maxFirings);
            if (threads != null && fired < maxFirings && DroolsInternals.stoppedBeforeDone(session.kieSession())) {
                throw halted(session.firing());
            }
            return fired;
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof VirtualMachineError exhausted) {
                throw exhausted(exhausted, e.getRule());
            }
            RuleInfo rule = compiled.byRule().get(e.getRule());
            String file = rule == null ? "(rules)" : rule.file();
            String message = "rule \"" + e.getRule().getName() + "\" failed while running: "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            throw new RuleException(new SourceLocation(file, 0, 0), message, List.of(file + ": " + message), e);
        } catch (RuleException e) {
            throw e;
        } catch (RuntimeException e) {
            // A condition that fails at run time (a number compared with a string, say) surfaces here.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = "a rule failed while running: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage().replaceAll("\\s+", " "));
            throw new RuleException(null, message, List.of(message), e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // Inside the rules these are the rules' failure, not the JVM's: the session goes, and with it the heap
            // the rule took.
            throw exhausted(e, session.firing());
        }
    }

    private RuleException exhausted(VirtualMachineError error, Rule firing) {
        Rule rule = firing != null ? firing : ruleOnStack(error.getStackTrace());
        String what = error instanceof StackOverflowError ? "the stack (a recursion without end?)" : "the heap";
        return failure(rule, "exhausted " + what + " while running", error);
    }

    private RuleException halted(Rule firing) {
        return failure(firing, "called halt(): the rules stopped before they were done, so there is no assessment",
                null);
    }

    /** @param firing the rule the session last saw fire, for when none is on the stack (a condition running) */
    private RuleException overrun(RuleThreads.Overrun overrun, Rule firing) {
        String limit = "ran past the time limit of " + wording(timeLimit);
        String outcome = overrun.stopped() ? limit + " and was stopped"
                : limit + " and did not stop when told: its thread " + overrun.threadName()
                        + " is left running (a rule that never returns cannot be stopped inside a JVM)";
        Rule onStack = ruleOnStack(overrun.stack());
        return failure(onStack != null ? onStack : firing, outcome, null);
    }

    /** A failure of one rule, named with its file when known, else of "the rules". */
    private RuleException failure(Rule rule, String what, Throwable cause) {
        RuleInfo info = rule == null ? null : compiled.byRule().get(rule);
        if (info == null) {
            String message = "the rules " + what;
            return new RuleException(null, message, List.of(message), cause);
        }
        String message = "rule \"" + info.name() + "\" " + what;
        return new RuleException(new SourceLocation(info.file(), 0, 0), message, List.of(info.file() + ": " + message),
                cause);
    }

    /** The rule whose consequence or {@code eval} is innermost on this stack, or null. */
    Rule ruleOnStack(StackTraceElement[] stack) {
        Map<String, Rule> byPrefix = rulesByClassPrefix;
        if (byPrefix == null) {
            byPrefix = new HashMap<>();
            for (Rule rule : compiled.byRule().keySet()) {
                byPrefix.put(DroolsInternals.generatedClassPrefix(rule), rule);
            }
            rulesByClassPrefix = byPrefix;
        }
        for (StackTraceElement frame : stack) {
            String className = frame.getClassName();
            int cut = className.indexOf(".Rule_");
            if (cut < 0) {
                continue;
            }
            // The name continues with a number; a rule whose name is a prefix of another's gives way to the longer.
            Rule found = null;
            int longest = -1;
            for (Map.Entry<String, Rule> entry : byPrefix.entrySet()) {
                String prefix = entry.getKey();
                if (className.startsWith(prefix) && prefix.length() > longest && className.length() > prefix.length()
                        && Character.isDigit(className.charAt(prefix.length()))) {
                    found = entry.getValue();
                    longest = prefix.length();
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A time limit as a user would write it: {@code 5 s}, {@code 250 ms}, {@code 1.5 s}. */
    static String wording(Duration limit) {
        long millis = limit.toMillis();
        if (millis < 1000) {
            return millis == 0 ? limit.toNanos() / 1000 + " µs" : millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s"
                : java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }

    /** Runs the state again, in a fresh session with a counter, to name the rules that keep firing. */
    private RuleException cycling(PolicyState state) {
        StateSession session = newSession();
        Map<Rule, Integer> counts = new HashMap<>();
        try {
            session.kieSession().addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    counts.merge(event.getMatch().getRule(), 1, Integer::sum);
                }
            });
            watched(session, () -> {
                session.load(state);
                return session.kieSession().fireAllRules(maxFirings);
            });
        } finally {
            session.dispose();
        }
        int busiest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<RuleInfo> cycling = counts.entrySet().stream()
                .filter(e -> e.getValue() * 4 >= busiest)
                .map(e -> compiled.byRule().get(e.getKey()))
                .sorted(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name))
                .toList();
        String names = cycling.stream().map(r -> "\"" + r.name() + "\" (" + r.file() + ")")
                .collect(Collectors.joining(", "));
        String message = "the rules kept firing: stopped after " + maxFirings + " firings; cycling: " + names;
        List<String> problems = cycling.stream()
                .map(r -> r.file() + ": rule \"" + r.name() + "\" keeps firing")
                .toList();
        SourceLocation where = cycling.isEmpty() ? null : new SourceLocation(cycling.get(0).file(), 0, 0);
        return new RuleException(where, message, problems, null);
    }
}
