package org.leverage.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.Contradiction;
import org.leverage.api.Explanation;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.api.RuleDescription;

/**
 * An advisor over one compiled knowledge base. The knowledge base is shared and read-only; each thread
 * assesses in a session of its own, so one advisor serves any number of threads. The work is done by its
 * parts: a {@link SessionRunner} runs a state through the rules, an {@link AssessmentAssembler} words what
 * they concluded, a {@link SessionPool} keeps each thread's session, and a {@link Memo} remembers recent
 * states.
 */
final class DroolsAdvisor implements Advisor {

    private final RuleCompiler.Compiled compiled;
    private final Catalogue catalogue;
    private final SessionRunner runner;
    private final AssessmentAssembler assembler;
    private final SessionPool sessions;
    private final Explanations explanations;
    private final int maxFirings;
    private final java.time.Duration timeLimit;
    /**
     * What {@code explain} runs on: these explanations, or, when the rules are the executable model, those of the
     * same rules compiled from DRL, made on the first call (its conditions as written); guarded by {@code this}.
     */
    private Explanations explainer;
    private SessionRunner explainerRunner;
    /** Null when the advisor remembers no states. */
    private final Memo memo;

    /**
     * @param timeLimit how long the rules may run on one state, on threads of their own; {@code null} to run
     *                  them on the caller's thread (the built-in framework alone, which cannot run away)
     */
    DroolsAdvisor(RuleCompiler.Compiled compiled, Catalogue catalogue, int maxFirings, int rememberedStates,
                  java.time.Duration timeLimit) {
        this(compiled, catalogue, maxFirings, rememberedStates, timeLimit, true);
    }

    /**
     * @param timeLimit    as above
     * @param explanations whether assessments carry their {@code because()} steps; without, only the conclusions
     *                     no catalogue entry sources have their own supports read (for their paragraphs)
     */
    DroolsAdvisor(RuleCompiler.Compiled compiled, Catalogue catalogue, int maxFirings, int rememberedStates,
                  java.time.Duration timeLimit, boolean explanations) {
        this.compiled = compiled;
        this.catalogue = catalogue;
        this.runner = new SessionRunner(compiled, maxFirings, timeLimit, explanations ? Explainer.Capture.CHAINS
                : Explainer.Capture.directOnly(fact -> !catalogue.declares(fact)));
        this.assembler = new AssessmentAssembler(catalogue, explanations);
        this.sessions = new SessionPool(runner::newSession);
        this.explanations = new Explanations(runner, compiled, catalogue);
        this.maxFirings = maxFirings;
        this.timeLimit = timeLimit;
        this.memo = rememberedStates > 0 ? new Memo(rememberedStates) : null;
    }

    @Override
    public Assessment assess(PolicyState state) {
        return memo == null ? run(state) : memo.get(state, this::run);
    }

    private Assessment run(PolicyState state) {
        check(state);
        return sessions.withSession(session -> assembler.assemble(runner.run(session, state), state));
    }

    /**
     * Releases every thread's session, and with them the knowledge base they hold. Assessing afterwards is an
     * error. Safe to call more than once, and from any thread: an assessment under way finishes first.
     */
    @Override
    public void close() {
        sessions.close();
        runner.close();
        synchronized (this) {
            if (explainerRunner != null) {
                explainerRunner.close();
            }
        }
        if (memo != null) {
            memo.clear();
        }
    }

    @Override
    public List<RuleDescription> rules() {
        return compiled.byRule().values().stream()
                .sorted(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name))
                .map(r -> new RuleDescription(r.name(), r.file(), r.sources(), r.concludes()))
                .toList();
    }

    @Override
    public List<String> declaredIds() {
        return catalogue.declaredIds();
    }

    @Override
    public List<String> declaredIds(Explanation.Kind kind) {
        return catalogue.declaredIds(kind);
    }

    @Override
    public Optional<String> paraphrase(String source) {
        return catalogue.paragraph(source);
    }

    @Override
    public List<String> supportingRules(PolicyState state) {
        check(state);
        return explanations.supportingRules(state);
    }

    @Override
    public List<String> explainableIds() {
        // The same ids either way: from the rules loaded already, so that explain's first question loads only
        // what explain itself runs on.
        return compiled.isLoaded() ? explanations.explainableIds() : explainer().explainableIds();
    }

    @Override
    public Explanation explain(String id, PolicyState state) {
        Explanation.Kind kind = explainer().kindOf(id);
        check(state);
        return explainer().explain(id, kind, state);
    }

    private synchronized Explanations explainer() {
        if (explainer == null) {
            RuleCompiler.Compiled drl = compiled.fromDrl();
            if (drl == compiled) {
                explainer = explanations;
            } else {
                explainerRunner = new SessionRunner(drl, maxFirings, timeLimit, Explainer.Capture.CHAINS);
                explainer = new Explanations(explainerRunner, drl, catalogue);
            }
        }
        return explainer;
    }

    private static void check(PolicyState state) {
        if (state.format() != PolicyState.FORMAT) {
            throw new InvalidStateException(null, "format", "format " + state.format()
                    + " is not understood; this Leverage reads format " + PolicyState.FORMAT);
        }
        List<Contradiction> contradictions = state.contradictions();
        if (!contradictions.isEmpty()) {
            Contradiction first = contradictions.get(0);
            throw new InvalidStateException(null, first.field(), first.problem());
        }
    }
}
