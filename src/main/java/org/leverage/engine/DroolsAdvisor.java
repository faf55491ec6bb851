package org.leverage.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
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
import org.leverage.api.ConcernId;
import org.leverage.api.Contradiction;
import org.leverage.api.Explanation;
import org.leverage.api.InvalidStateException;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.RecommendationId;
import org.leverage.api.RuleException;
import org.leverage.api.SourceLocation;
import org.leverage.rules.Answered;
import org.leverage.rules.AnsweredInPart;
import org.leverage.rules.Concern;
import org.leverage.rules.CurrentPhase;
import org.leverage.rules.InPlace;
import org.leverage.rules.OpenConcern;
import org.leverage.rules.OutOfScope;
import org.leverage.rules.Recommendation;
import org.leverage.rules.Warning;

/**
 * An advisor over one compiled knowledge base. The knowledge base is shared and read-only; each assessment
 * runs in a session of its own, so one advisor serves any number of threads.
 */
final class DroolsAdvisor implements Advisor {

    /** Recommendations and actions in place are listed by phase, then modality (strongest first), then id. */
    private static final Comparator<RecommendationId> RECOMMENDATION_ORDER =
            Comparator.comparing(RecommendationId::phase)
                    .thenComparing(RecommendationId::modality)
                    .thenComparing(RecommendationId::name);

    private final RuleCompiler.Compiled compiled;
    private final int maxFirings;
    private final Explainer explainer;
    /**
     * Sessions kept between assessments. Rete is incremental: a session that already holds one state
     * re-evaluates only what the next state changes, and every conclusion, being logical, retracts itself when
     * its reason goes. A thread takes a session, uses it alone, and gives it back.
     */
    private final ConcurrentLinkedDeque<StateSession> idle = new ConcurrentLinkedDeque<>();

    /** Recent assessments by state: a state seen again is a look-up. Bounded; null when disabled. */
    private final ConcurrentHashMap<PolicyState, Assessment> remembered;
    private final int rememberedStates;

    DroolsAdvisor(RuleCompiler.Compiled compiled, int maxFirings, int rememberedStates) {
        this.compiled = compiled;
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
        StateSession session = idle.pollFirst();
        if (session == null) {
            session = new StateSession(compiled.kieBase().newKieSession());
        }
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
            if (healthy) {
                idle.offerFirst(session);
            } else {
                // A session a rule failed in may hold half a conclusion: never reuse it.
                session.kieSession.dispose();
            }
        }
    }

    @Override
    public List<String> explainableIds() {
        List<String> ids = new ArrayList<>();
        for (String type : List.of("Recommendation", "Concern", "Warning")) {
            compiled.byRule().values().stream()
                    .flatMap(rule -> rule.concludes().stream())
                    .filter(c -> c.startsWith(type + ":"))
                    .map(c -> c.substring(type.length() + 1))
                    .distinct()
                    .sorted(Comparator.comparingInt((String id) -> catalogueOrder(type, id)).thenComparing(id -> id))
                    .forEach(ids::add);
        }
        return List.copyOf(ids);
    }

    private static int catalogueOrder(String type, String id) {
        Class<? extends Enum<?>> catalogue = switch (type) {
            case "Recommendation" -> RecommendationId.class;
            case "Concern" -> ConcernId.class;
            default -> org.leverage.api.WarningId.class;
        };
        for (Enum<?> constant : catalogue.getEnumConstants()) {
            if (constant.name().equals(id)) {
                return constant.ordinal();
            }
        }
        return Integer.MAX_VALUE;
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
            Object concluded = null;
            for (InternalFactHandle handle : handles) {
                if (id.equals(conclusionId(handle.getObject(), kind))) {
                    concluded = handle.getObject();
                }
            }
            String summary = "";
            List<String> sources = List.of();
            switch (kind) {
                case RECOMMENDATION -> {
                    for (RecommendationId known : RecommendationId.values()) {
                        if (known.name().equals(id)) {
                            summary = known.summaryFor(state);
                            sources = known.sources();
                        }
                    }
                }
                case CONCERN -> {
                    for (ConcernId known : ConcernId.values()) {
                        if (known.name().equals(id)) {
                            summary = known.summary();
                            sources = known.sources();
                        }
                    }
                }
                case WARNING -> {
                    for (org.leverage.api.WarningId known : org.leverage.api.WarningId.values()) {
                        if (known.name().equals(id)) {
                            summary = known.summary();
                            sources = known.sources();
                        }
                    }
                }
            }
            if (concluded != null) {
                return new Explanation(id, kind, true, summary, sources,
                        explainer.capture(handles).reasons(concluded), List.of());
            }
            ConditionChecker checker = new ConditionChecker(session);
            String conclusion = typeName(kind) + ":" + id;
            List<Explanation.RuleCheck> unmet = compiled.byRule().entrySet().stream()
                    .filter(e -> e.getValue().concludes().contains(conclusion))
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
            boolean concluded = compiled.byRule().values().stream().anyMatch(r -> r.concludes().contains(conclusion));
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
            case RECOMMENDATION -> fact instanceof Recommendation r ? r.id().name() : null;
            case CONCERN -> fact instanceof Concern c ? c.id().name() : null;
            case WARNING -> fact instanceof Warning w ? w.id().name() : null;
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
        for (FactHandle handle : session.getFactHandles()) {
            handles.add((InternalFactHandle) handle);
        }
        Explainer.Snapshot explainer = this.explainer.capture(handles);

        Phase phase = Phase.NONE;
        Map<RecommendationId, Recommendation> recommended = new HashMap<>();
        Set<RecommendationId> inPlace = new TreeSet<>(RECOMMENDATION_ORDER);
        Map<ConcernId, Concern> concerns = new HashMap<>();
        Set<ConcernId> answered = new LinkedHashSet<>();
        Set<ConcernId> answeredInPart = new LinkedHashSet<>();
        Set<ConcernId> open = new LinkedHashSet<>();
        Map<org.leverage.api.WarningId, Warning> warnings = new HashMap<>();
        Set<String> outOfScope = new TreeSet<>();
        for (InternalFactHandle handle : handles) {
            Object fact = handle.getObject();
            if (fact instanceof CurrentPhase current) {
                phase = current.phase();
            } else if (fact instanceof Recommendation recommendation) {
                recommended.put(recommendation.id(), recommendation);
            } else if (fact instanceof InPlace taken) {
                inPlace.add(taken.id());
            } else if (fact instanceof Concern concern) {
                concerns.put(concern.id(), concern);
            } else if (fact instanceof Answered done) {
                answered.add(done.id());
            } else if (fact instanceof AnsweredInPart partly) {
                answeredInPart.add(partly.id());
            } else if (fact instanceof OpenConcern stillOpen) {
                open.add(stillOpen.id());
            } else if (fact instanceof Warning warning) {
                warnings.put(warning.id(), warning);
            } else if (fact instanceof OutOfScope reason) {
                outOfScope.add(reason.reason());
            }
        }

        List<Assessment.Recommendation> recommendations = recommended.keySet().stream()
                .sorted(RECOMMENDATION_ORDER)
                .map(id -> new Assessment.Recommendation(id.name(), id.phase(), id.addressee(), id.modality(),
                        id.summaryFor(state), id.sources(), names(id.answers()),
                        explainer.because(recommended.get(id))))
                .toList();

        List<Assessment.Concern> concernReports = new ArrayList<>();
        for (ConcernId id : ConcernId.values()) {
            Concern concern = concerns.get(id);
            if (concern == null) {
                continue;
            }
            List<RecommendationId> answeredBy = id == ConcernId.CHINA_RELUCTANT
                    ? open.stream().flatMap(o -> o.answeredBy().stream()).distinct().sorted(RECOMMENDATION_ORDER)
                            .toList()
                    : id.answeredBy();
            boolean fully = answered.contains(id) && !answeredBy.isEmpty();
            concernReports.add(new Assessment.Concern(id.name(), concern.level(), fully,
                    !fully && answeredInPart.contains(id), names(answeredBy), id.residual(), id.summary(),
                    id.sources(), explainer.because(concern)));
        }

        List<Assessment.Warning> warningReports = new ArrayList<>();
        for (org.leverage.api.WarningId id : org.leverage.api.WarningId.values()) {
            Warning warning = warnings.get(id);
            if (warning != null) {
                warningReports.add(new Assessment.Warning(id.name(), id.summary(), id.sources(),
                        explainer.because(warning)));
            }
        }

        return new Assessment(PolicyState.FORMAT, new Assessment.Scenario(state.label(), state.asOf()), phase,
                recommendations, names(inPlace), concernReports, warningReports,
                outOfScope.isEmpty() ? null : capitalize(String.join("; ", outOfScope)));
    }

    private static List<String> names(Iterable<? extends Enum<?>> ids) {
        List<String> names = new ArrayList<>();
        for (Enum<?> id : ids) {
            names.add(id.name());
        }
        return names;
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
