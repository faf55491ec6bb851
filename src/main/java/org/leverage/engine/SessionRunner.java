package org.leverage.engine;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * the advisor's bound, and reads out what they concluded. A rule that fails, or rules that keep firing, end
 * the run with a {@link RuleException} naming them.
 */
final class SessionRunner {

    private final RuleCompiler.Compiled compiled;
    private final int maxFirings;
    private final Explainer explainer;

    SessionRunner(RuleCompiler.Compiled compiled, int maxFirings) {
        this.compiled = compiled;
        this.maxFirings = maxFirings;
        this.explainer = new Explainer(compiled.byRule());
    }

    KieBase kieBase() {
        return compiled.kieBase();
    }

    Explainer explainer() {
        return explainer;
    }

    /** Runs a state in a session that may hold an earlier one, and reads out its conclusions. */
    Concluded run(StateSession session, PolicyState state) {
        load(session, state);
        return Concluded.from(session.kieSession().getFactHandles(), explainer);
    }

    /** Runs a state in a session of its own, lets {@code reading} look at the result, and disposes of it. */
    <T> T runFresh(PolicyState state, Function<KieSession, T> reading) {
        StateSession session = new StateSession(compiled.kieBase());
        try {
            load(session, state);
            return reading.apply(session.kieSession());
        } finally {
            session.dispose();
        }
    }

    private void load(StateSession session, PolicyState state) {
        session.load(state);
        if (fire(session.kieSession()) >= maxFirings) {
            throw cycling(state);
        }
    }

    private int fire(KieSession session) {
        try {
            return session.fireAllRules(maxFirings);
        } catch (ConsequenceException e) {
            RuleInfo rule = compiled.byRule().get(e.getRule());
            String file = rule == null ? "(rules)" : rule.file();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = "rule \"" + e.getRule().getName() + "\" failed while running: "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            throw new RuleException(new SourceLocation(file, 0, 0), message, List.of(file + ": " + message), e);
        } catch (RuntimeException e) {
            // A condition that fails at run time (a number compared with a string, say) surfaces here.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = "a rule failed while running: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage().replaceAll("\\s+", " "));
            throw new RuleException(null, message, List.of(message), e);
        }
    }

    /** Runs the state again, in a fresh session with a counter, to name the rules that keep firing. */
    private RuleException cycling(PolicyState state) {
        StateSession session = new StateSession(compiled.kieBase());
        Map<Rule, Integer> counts = new HashMap<>();
        try {
            session.kieSession().addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    counts.merge(event.getMatch().getRule(), 1, Integer::sum);
                }
            });
            session.load(state);
            session.kieSession().fireAllRules(maxFirings);
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
