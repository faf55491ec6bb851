package org.leverage.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Iterator;
import java.util.stream.Collectors;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.ConsequenceException;
import org.leverage.api.Advisor;
import org.leverage.api.Assessment;
import org.leverage.api.ConcernKind;
import org.leverage.api.Contradiction;
import org.leverage.api.Explanation;
import org.leverage.api.InvalidStateException;
import org.leverage.api.Modality;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.RuleException;
import org.leverage.api.SourceLocation;
import org.leverage.rules.Answered;
import org.leverage.rules.AnsweredInPart;
import org.leverage.rules.Concern;
import org.leverage.rules.CurrentPhase;
import org.leverage.rules.InPlace;
import org.leverage.rules.OutOfScope;
import org.leverage.rules.Recommendation;
import org.leverage.rules.Warning;

/**
 * An advisor over one compiled knowledge base. The knowledge base is shared and read-only; each assessment
 * runs in a session of its own, so one advisor serves any number of threads.
 */
final class DroolsAdvisor implements Advisor {


    private final RuleCompiler.Compiled compiled;
    private final int maxFirings;
    private final Explainer explainer;
    /**
     * Sessions kept between assessments. Rete is incremental: a session that already holds one state
     * re-evaluates only what the next state changes, and every conclusion, being logical, retracts itself when
     * its reason goes. Each thread keeps its own session, so that a thread walking through neighbouring states
     * (a sweep) re-evaluates only the field that changed; a session dies with its thread.
     */
    private final ThreadLocal<Slot> sessions = ThreadLocal.withInitial(Slot::new);
    /** Every thread's slot that holds a session, so that {@link #close} can release them all. */
    private final Set<Slot> slots = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Recent assessments by state: a state seen again is a look-up. Bounded; null when disabled. */
    private final ConcurrentHashMap<PolicyState, Assessment> remembered;
    private final int rememberedStates;

    private final Catalogue catalogue;
    private final Map<String, List<String>> answersByRecommendation;

    DroolsAdvisor(RuleCompiler.Compiled compiled, Catalogue catalogue, int maxFirings, int rememberedStates) {
        this.compiled = compiled;
        this.catalogue = catalogue;
        Map<String, List<String>> answers = new HashMap<>();
        for (String id : catalogue.declaredIds()) {
            catalogue.concern(id).ifPresent(concern -> concern.answeredBy().forEach(
                    by -> answers.computeIfAbsent(by.id(), k -> new ArrayList<>()).add(concern.id())));
        }
        answers.replaceAll((k, v) -> v.stream().sorted(catalogue.concernOrder()).toList());
        this.answersByRecommendation = Map.copyOf(answers);
        this.maxFirings = maxFirings;
        this.explainer = new Explainer(compiled.byRule());
        this.rememberedStates = rememberedStates;
        this.remembered = rememberedStates > 0 ? new ConcurrentHashMap<>() : null;
    }

    @Override
    public Assessment assess(PolicyState state) {
        if (remembered == null) {
            return run(state);
        }
        Assessment known = remembered.get(state);
        if (known != null) {
            return known;
        }
        Assessment assessment = run(state);
        if (remembered.size() >= rememberedStates) {
            // Make room by forgetting some state; which one matters little to a bounded memo.
            Iterator<PolicyState> oldest = remembered.keySet().iterator();
            if (oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
        }
        remembered.putIfAbsent(state, assessment);
        return assessment;
    }

    private Assessment run(PolicyState state) {
        check(state);
        Slot slot = sessions.get();
        StateSession session;
        synchronized (slot) {
            ensureOpen();
            if (slot.session == null) {
                slot.session = new StateSession(compiled.kieBase().newKieSession());
                slots.add(slot);
            }
            session = slot.session;
        }
        // Only this thread uses its session; the lock keeps close() from disposing it mid-assessment.
        synchronized (session) {
            ensureOpen();
            boolean healthy = false;
            try {
                session.load(state);
                int fired = fire(session.kieSession);
                if (fired >= maxFirings) {
                    throw cycling(state);
                }
                Assessment assessment = assemble(session.kieSession, state);
                healthy = true;
                return assessment;
            } finally {
                if (!healthy) {
                    // A session a rule failed in may hold half a conclusion: never reuse it.
                    synchronized (slot) {
                        slot.session = null;
                    }
                    session.kieSession.dispose();
                }
            }
        }
    }

    /**
     * Releases every thread's session, and with them the knowledge base they hold; a thread's slot keeps nothing
     * but an empty box. Assessing afterwards is an error. Safe to call more than once, and from any thread: an
     * assessment under way finishes first.
     */
    @Override
    public void close() {
        closed = true;
        for (Slot slot : slots) {
            StateSession session;
            synchronized (slot) {
                session = slot.session;
                slot.session = null;
            }
            if (session != null) {
                synchronized (session) {
                    session.kieSession.dispose();
                }
            }
        }
        slots.clear();
        if (remembered != null) {
            remembered.clear();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this advisor is closed; build another to assess");
        }
    }

    /** One thread's session, or none; static, so that a thread's slot never holds the advisor itself. */
    private static final class Slot {
        private StateSession session;
    }

    @Override
    public List<org.leverage.api.RuleDescription> rules() {
        return compiled.byRule().values().stream()
                .sorted(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name))
                .map(r -> new org.leverage.api.RuleDescription(r.name(), r.file(), r.sources(), r.concludes()))
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
        KieSession session = compiled.kieBase().newKieSession();
        try {
            insertState(session, state);
            if (fire(session) >= maxFirings) {
                throw cycling(state);
            }
            List<InternalFactHandle> handles = new ArrayList<>();
            for (FactHandle handle : session.getFactHandles()) {
                handles.add((InternalFactHandle) handle);
            }
            return explainer.capture(handles).supportingRules();
        } finally {
            session.dispose();
        }
    }

    @Override
    public List<String> explainableIds() {
        List<String> ids = new ArrayList<>();
        ids.addAll(concluded("Recommendation", catalogue.recommendationOrder()));
        ids.addAll(concluded("Concern", catalogue.concernOrder()));
        ids.addAll(concluded("Warning", catalogue.warningOrder()));
        return List.copyOf(ids);
    }

    private List<String> concluded(String type, Comparator<String> order) {
        return compiled.byRule().values().stream()
                .flatMap(rule -> rule.concludes().stream())
                .filter(c -> c.startsWith(type + ":"))
                .map(c -> c.substring(type.length() + 1).replaceFirst("@.*$", ""))
                .distinct()
                .sorted(order)
                .toList();
    }

    @Override
    public Explanation explain(String id, PolicyState state) {
        Explanation.Kind kind = kindOf(id);
        check(state);
        KieSession session = compiled.kieBase().newKieSession();
        try {
            insertState(session, state);
            if (fire(session) >= maxFirings) {
                throw cycling(state);
            }
            List<InternalFactHandle> handles = new ArrayList<>();
            for (FactHandle handle : session.getFactHandles()) {
                handles.add((InternalFactHandle) handle);
            }
            List<Object> concluded = new ArrayList<>();
            for (InternalFactHandle handle : handles) {
                if (id.equals(conclusionId(handle.getObject(), kind))) {
                    concluded.add(handle.getObject());
                }
            }
            String summary = switch (kind) {
                case RECOMMENDATION -> catalogue.recommendation(id).map(e -> e.summaryFor(state)).orElse("");
                case CONCERN -> catalogue.concern(id).map(e -> e.summaryFor(concluded.stream()
                        .filter(Concern.class::isInstance).map(c -> ((Concern) c).level()).findFirst().orElse(null),
                        state)).orElse("");
                case WARNING -> catalogue.warning(id).map(e -> e.summaryFor(state)).orElse("");
            };
            List<String> sources = switch (kind) {
                case RECOMMENDATION -> catalogue.recommendation(id).map(Catalogue.RecommendationEntry::sources)
                        .orElse(List.of());
                case CONCERN -> catalogue.concern(id).map(Catalogue.ConcernEntry::sources).orElse(List.of());
                case WARNING -> catalogue.warning(id).map(Catalogue.WarningEntry::sources).orElse(List.of());
            };
            if (!concluded.isEmpty()) {
                Explainer.Snapshot snapshot = explainer.capture(handles);
                List<Explanation.Reason> reasons = concluded.stream().flatMap(f -> snapshot.reasons(f).stream())
                        .distinct().sorted(Comparator.comparing(Explanation.Reason::rule)).toList();
                return new Explanation(id, kind, true, summary, sources, reasons, List.of());
            }
            ConditionChecker checker = new ConditionChecker(session);
            String conclusion = typeName(kind) + ":" + id;
            List<Explanation.RuleCheck> unmet = compiled.byRule().entrySet().stream()
                    .filter(e -> e.getValue().concludes().stream()
                            .anyMatch(c -> c.equals(conclusion) || c.startsWith(conclusion + "@")))
                    .sorted(Comparator.comparing((Map.Entry<Rule, RuleInfo> e) -> e.getValue().file())
                            .thenComparing(e -> e.getValue().name()))
                    .map(e -> new Explanation.RuleCheck(e.getValue().name(), e.getValue().file(),
                            e.getValue().sources(),
                            checker.check((org.drools.base.definitions.rule.impl.RuleImpl) e.getKey())))
                    .toList();
            return new Explanation(id, kind, false, summary, sources, List.of(), unmet);
        } finally {
            session.dispose();
        }
    }

    private Explanation.Kind kindOf(String id) {
        for (Explanation.Kind kind : Explanation.Kind.values()) {
            String conclusion = typeName(kind) + ":" + id;
            boolean concluded = compiled.byRule().values().stream().anyMatch(r -> r.concludes().stream()
                    .anyMatch(c -> c.equals(conclusion) || c.startsWith(conclusion + "@")));
            if (concluded) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown id " + id + "; no rule concludes it. Ids: "
                + String.join(", ", explainableIds()));
    }

    private static String typeName(Explanation.Kind kind) {
        return switch (kind) {
            case RECOMMENDATION -> "Recommendation";
            case CONCERN -> "Concern";
            case WARNING -> "Warning";
        };
    }

    private static String conclusionId(Object fact, Explanation.Kind kind) {
        return switch (kind) {
            case RECOMMENDATION -> fact instanceof Recommendation r ? r.id() : null;
            case CONCERN -> fact instanceof Concern c ? c.id() : null;
            case WARNING -> fact instanceof Warning w ? w.id() : null;
        };
    }

    /** A session with the six facts of a policy state in it, updated in place from one state to the next. */
    private static final class StateSession {
        private final KieSession kieSession;
        private final FactHandle[] handles = new FactHandle[6];
        private final Object[] facts = new Object[6];

        StateSession(KieSession kieSession) {
            this.kieSession = kieSession;
        }

        void load(PolicyState state) {
            set(0, state.unitedStates());
            set(1, state.unitedStates().offersToPyongyang());
            set(2, state.unitedStates().commitmentsToBeijing());
            set(3, state.china());
            set(4, state.northKorea());
            set(5, state.peninsula());
        }

        private void set(int slot, Object fact) {
            if (handles[slot] == null) {
                handles[slot] = kieSession.insert(fact);
            } else if (!facts[slot].equals(fact)) {
                kieSession.update(handles[slot], fact);
            }
            facts[slot] = fact;
        }
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

    private static void insertState(KieSession session, PolicyState state) {
        session.insert(state.unitedStates());
        session.insert(state.unitedStates().offersToPyongyang());
        session.insert(state.unitedStates().commitmentsToBeijing());
        session.insert(state.china());
        session.insert(state.northKorea());
        session.insert(state.peninsula());
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
        KieSession session = compiled.kieBase().newKieSession();
        Map<Rule, Integer> counts = new HashMap<>();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    counts.merge(event.getMatch().getRule(), 1, Integer::sum);
                }
            });
            insertState(session, state);
            session.fireAllRules(maxFirings);
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

    private Assessment assemble(KieSession session, PolicyState state) {
        List<InternalFactHandle> handles = new ArrayList<>();
        List<Object> conclusions = new ArrayList<>();
        for (FactHandle handle : session.getFactHandles()) {
            InternalFactHandle internal = (InternalFactHandle) handle;
            handles.add(internal);
            Object fact = internal.getObject();
            if (fact instanceof Recommendation || fact instanceof Concern || fact instanceof Warning) {
                conclusions.add(fact);
            }
        }
        Explainer.Snapshot explainer = this.explainer.capture(handles, conclusions);

        Phase phase = Phase.NONE;
        Map<String, List<Recommendation>> recommended = new HashMap<>();
        Set<String> inPlace = new TreeSet<>(catalogue.recommendationOrder());
        Map<String, Concern> concerns = new HashMap<>();
        Set<String> answered = new HashSet<>();
        Set<String> answeredInPart = new HashSet<>();
        Map<String, Warning> warnings = new HashMap<>();
        Set<String> outOfScope = new TreeSet<>();
        for (InternalFactHandle handle : handles) {
            Object fact = handle.getObject();
            if (fact instanceof CurrentPhase current) {
                phase = current.phase();
            } else if (fact instanceof Recommendation recommendation) {
                recommended.computeIfAbsent(recommendation.id(), k -> new ArrayList<>()).add(recommendation);
            } else if (fact instanceof InPlace taken) {
                inPlace.add(taken.id());
            } else if (fact instanceof Concern concern) {
                concerns.put(concern.id(), concern);
            } else if (fact instanceof Answered done) {
                answered.add(done.id());
            } else if (fact instanceof AnsweredInPart partly) {
                answeredInPart.add(partly.id());
            } else if (fact instanceof Warning warning) {
                warnings.put(warning.id(), warning);
            } else if (fact instanceof OutOfScope reason) {
                outOfScope.add(reason.reason());
            }
        }

        List<Assessment.Recommendation> recommendations = new ArrayList<>();
        for (Map.Entry<String, List<Recommendation>> concluded : recommended.entrySet()) {
            String id = concluded.getKey();
            List<Recommendation> facts = concluded.getValue();
            Optional<Catalogue.RecommendationEntry> entry = catalogue.recommendation(id);
            // A rule may state its own modality; the strongest stated one wins over the catalogue's.
            Modality modality = facts.stream().map(Recommendation::modality).filter(java.util.Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .orElse(entry.map(Catalogue.RecommendationEntry::modality).orElse(null));
            List<Assessment.Step> because = facts.size() == 1 ? explainer.because(facts.get(0))
                    : Assessment.Step.lazily(() -> facts.stream()
                            .flatMap(f -> explainer.because(f).stream()).distinct().toList());
            recommendations.add(new Assessment.Recommendation(id,
                    entry.map(Catalogue.RecommendationEntry::phase).orElse(null),
                    entry.map(Catalogue.RecommendationEntry::addressee).orElse(null),
                    modality,
                    entry.map(e -> e.summaryFor(state)).orElse(""),
                    entry.map(Catalogue.RecommendationEntry::sources)
                            .orElseGet(() -> facts.stream().flatMap(f -> explainer.sourcesOf(f).stream())
                                    .distinct().sorted().toList()),
                    answers(id).stream().filter(concerns::containsKey).toList(), because));
        }
        // The essay's order is the answer to "in what order" (DOMAIN §4), whatever the modality.
        recommendations.sort(Comparator.comparing(Assessment.Recommendation::id, catalogue.recommendationOrder()));

        List<Assessment.Concern> concernReports = new ArrayList<>();
        concerns.keySet().stream().sorted(catalogue.concernOrder()).forEach(id -> {
            Concern concern = concerns.get(id);
            Optional<Catalogue.ConcernEntry> entry = catalogue.concern(id);
            ConcernKind kind = entry.map(Catalogue.ConcernEntry::kind).orElse(ConcernKind.CONCERN);
            List<String> answeredBy = kind == ConcernKind.CONCERN
                    ? entry.map(e -> e.answeredBy(concerns.keySet())).orElse(List.of())
                    : List.of();   // nothing answers a premise or a residual risk (DOMAIN §3)
            boolean fully = answered.contains(id) && !answeredBy.isEmpty();
            concernReports.add(new Assessment.Concern(id, kind, concern.level(), fully,
                    !fully && !answeredBy.isEmpty() && answeredInPart.contains(id), answeredBy,
                    entry.map(e -> e.summaryFor(concern.level(), state)).orElse(""),
                    entry.map(e -> e.sourcesFor(concern.level(), state)).orElseGet(() -> explainer.sourcesOf(concern)),
                    explainer.because(concern)));
        });

        List<Assessment.Warning> warningReports = new ArrayList<>();
        warnings.keySet().stream().sorted(catalogue.warningOrder()).forEach(id -> {
            Warning warning = warnings.get(id);
            Optional<Catalogue.WarningEntry> entry = catalogue.warning(id);
            warningReports.add(new Assessment.Warning(id, entry.map(e -> e.summaryFor(state)).orElse(""),
                    entry.map(Catalogue.WarningEntry::sources).orElseGet(() -> explainer.sourcesOf(warning)),
                    explainer.because(warning)));
        });

        return new Assessment(PolicyState.FORMAT, new Assessment.Scenario(state.label(), state.asOf()), phase,
                recommendations, List.copyOf(inPlace), concernReports, warningReports,
                outOfScope.isEmpty() ? null : capitalize(String.join("; ", outOfScope)));
    }

    /** The concerns a recommendation answers, in concern order; an assessment lists those it raises. */
    private List<String> answers(String recommendation) {
        return answersByRecommendation.getOrDefault(recommendation, List.of());
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
