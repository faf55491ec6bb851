package org.leverage.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.FactHandle;
import org.leverage.api.Assessment.Step;
import org.leverage.api.China;
import org.leverage.api.CommitmentsToBeijing;
import org.leverage.api.Explanation;
import org.leverage.api.Fact;
import org.leverage.api.NorthKorea;
import org.leverage.api.OffersToPyongyang;
import org.leverage.api.Peninsula;
import org.leverage.api.UnitedStates;
import org.leverage.api.spi.LazySteps;

/**
 * Explains derived facts from Drools' truth-maintenance records: for each, the rules whose matches currently
 * support it and the facts they matched, then the same for each derived fact among those, down to the input
 * state. Reading the live justifications, rather than a log of firings, means that a rule whose support was
 * later withdrawn never appears. A {@link Snapshot} captures only references, so that the session can move on
 * to the next state; the text is made when someone reads it.
 */
final class Explainer {

    /** Where each input record sits in the state, for paths such as {@code unitedStates.thaadDeployed}. */
    private static final Map<Class<?>, String> STATE_PATHS = Map.of(
            UnitedStates.class, "unitedStates",
            OffersToPyongyang.class, "unitedStates.offersToPyongyang",
            CommitmentsToBeijing.class, "unitedStates.commitmentsToBeijing",
            China.class, "china",
            NorthKorea.class, "northKorea",
            Peninsula.class, "peninsula");

    private static final Justification[] NONE = new Justification[0];

    private final RuleCompiler.Compiled compiled;

    /** @param compiled the rules, with what is known of each by the rule object itself (read when first needed) */
    Explainer(RuleCompiler.Compiled compiled) {
        this.compiled = compiled;
    }

    /**
     * What an assessment's snapshot keeps: every conclusion's whole chain of supports, down to the input state
     * (for its {@code because()}), or, for an advisor without explanations, only the direct supports of the
     * conclusions {@code direct} accepts (those no catalogue entry gives paragraphs, which their rules' do).
     *
     * @param chains whether whole chains are kept
     * @param direct without chains, the conclusions whose direct supports are kept
     */
    record Capture(boolean chains, Predicate<Object> direct) {
        static final Capture CHAINS = new Capture(true, fact -> true);

        static Capture directOnly(Predicate<Object> which) {
            return new Capture(false, which);
        }
    }

    /** One rule's match that supports a fact, and the facts it matched (no initial fact). */
    record Justification(RuleInfo rule, Object[] matched) {
    }

    /** The justifications of every logically derived fact among these handles, as references. */
    Snapshot capture(Iterable<FactHandle> handles) {
        Map<Object, Justification[]> supports = new IdentityHashMap<>();
        for (FactHandle handle : handles) {
            DroolsInternals.Support[] found = DroolsInternals.supportsOf(handle);
            if (found != null) {
                supports.put(DroolsInternals.objectOf(handle), justifications(found));
            }
        }
        return new Snapshot(supports);
    }

    /**
     * The justifications of these conclusions and, through what they matched, of every derived fact they rest
     * on: only what an explanation can reach, since a snapshot is taken for every assessment (or less, as
     * {@code capture} says).
     */
    Snapshot capture(Map<Object, FactHandle> handlesByFact, Collection<Object> conclusions, Capture capture) {
        Map<Object, Justification[]> supports = new IdentityHashMap<>();
        if (!capture.chains()) {
            for (Object fact : conclusions) {
                FactHandle handle = capture.direct().test(fact) ? handlesByFact.get(fact) : null;
                DroolsInternals.Support[] found = handle == null ? null : DroolsInternals.supportsOf(handle);
                if (found != null) {
                    supports.put(fact, justifications(found));
                }
            }
            return new Snapshot(supports);
        }
        ArrayDeque<Object> pending = new ArrayDeque<>(conclusions);
        while (!pending.isEmpty()) {
            Object fact = pending.pop();
            if (supports.containsKey(fact)) {
                continue;
            }
            FactHandle handle = handlesByFact.get(fact);
            DroolsInternals.Support[] found = handle == null ? null : DroolsInternals.supportsOf(handle);
            if (found == null) {
                continue;
            }
            Justification[] justifications = justifications(found);
            supports.put(fact, justifications);
            for (Justification justification : justifications) {
                for (Object matched : justification.matched()) {
                    if (!isStateFact(matched.getClass())) {
                        pending.push(matched);
                    }
                }
            }
        }
        return new Snapshot(supports);
    }

    private Justification[] justifications(DroolsInternals.Support[] supports) {
        if (supports.length == 0) {
            return NONE;
        }
        Justification[] found = new Justification[supports.length];
        for (int i = 0; i < supports.length; i++) {
            Rule rule = supports[i].rule();
            RuleInfo info = compiled.byRule().get(rule);
            if (info == null) {
                info = new RuleInfo(rule.getName(), "(rules)", List.of(), Map.of(), List.of());
            }
            found[i] = new Justification(info, supports[i].matched());
        }
        return found;
    }

    /** The justifications of one session's derived facts at one moment; immutable, safe to share. */
    static final class Snapshot {
        private final Map<Object, Justification[]> supports;
        /** Each match formatted once, however many chains it appears in; guarded by {@code this}. */
        private final Map<Justification, Step> formatted = new IdentityHashMap<>();

        Snapshot(Map<Object, Justification[]> supports) {
            this.supports = supports;
        }

        private synchronized Step step(Justification justification) {
            Step step = formatted.get(justification);
            if (step == null) {
                List<Fact> facts = new ArrayList<>();
                for (Object matched : justification.matched()) {
                    facts.addAll(describe(matched, justification.rule()));
                }
                step = new Step(justification.rule().name(), facts);
                formatted.put(justification, step);
            }
            return step;
        }

        /** The names of every rule whose match supports some fact of the snapshot, sorted. */
        List<String> supportingRules() {
            TreeSet<String> names = new TreeSet<>();
            for (Justification[] justifications : supports.values()) {
                for (Justification justification : justifications) {
                    names.add(justification.rule().name());
                }
            }
            return List.copyOf(names);
        }

        /** The paragraphs of the rules that concluded a fact, for ids no catalogue describes. */
        List<String> sourcesOf(Object derived) {
            TreeSet<String> sources = new TreeSet<>();
            for (Justification justification : supports.getOrDefault(derived, NONE)) {
                sources.addAll(justification.rule().sources());
            }
            return List.copyOf(sources);
        }

        /** The chain for a derived fact, the rules that concluded it first; formatted on first read. */
        List<Step> because(Object derived) {
            return LazySteps.of(() -> chain(derived));
        }

        private List<Step> chain(Object derived) {
            Set<Step> steps = new LinkedHashSet<>();
            explain(derived, steps, Collections.newSetFromMap(new IdentityHashMap<>()));
            return List.copyOf(steps);
        }

        /** The tree of matches that support a derived fact, each with the reasons of the facts it matched. */
        List<Explanation.Reason> reasons(Object derived) {
            return reasons(derived, Collections.newSetFromMap(new IdentityHashMap<>()));
        }

        private List<Explanation.Reason> reasons(Object fact, Set<Object> onPath) {
            if (!onPath.add(fact)) {
                return List.of();
            }
            List<Explanation.Reason> reasons = new ArrayList<>();
            for (Justification justification : supports.getOrDefault(fact, NONE)) {
                List<Fact> facts = new ArrayList<>();
                List<Explanation.Reason> below = new ArrayList<>();
                for (Object matched : justification.matched()) {
                    facts.addAll(describe(matched, justification.rule()));
                    below.addAll(reasons(matched, onPath));
                }
                RuleInfo rule = justification.rule();
                reasons.add(new Explanation.Reason(rule.name(), rule.file(), rule.sources(), facts,
                        below));
            }
            onPath.remove(fact);
            reasons.sort(Comparator.comparing(Explanation.Reason::rule)
                    .thenComparing(r -> texts(r.facts())));
            return reasons;
        }

        private void explain(Object fact, Set<Step> steps, Set<Object> visited) {
            if (!visited.add(fact)) {
                return;
            }
            Justification[] justifications = supports.getOrDefault(fact, NONE);
            if (justifications.length == 1) {
                steps.add(step(justifications[0]));
                for (Object matched : justifications[0].matched()) {
                    explain(matched, steps, visited);
                }
                return;
            }
            // Several matches may support one fact; list them in a fixed order, whatever the firing order was.
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < justifications.length; i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing((Integer i) -> step(justifications[i]).rule())
                    .thenComparing(i -> texts(step(justifications[i]).facts())));
            for (int i : order) {
                steps.add(step(justifications[i]));
            }
            for (int i : order) {
                for (Object matched : justifications[i].matched()) {
                    explain(matched, steps, visited);
                }
            }
        }
    }

    /** The facts' lines joined, to order matches that a rule's name alone does not tell apart. */
    private static String texts(List<Fact> facts) {
        StringBuilder joined = new StringBuilder();
        for (Fact fact : facts) {
            joined.append(fact.text()).append('\n');
        }
        return joined.toString();
    }

    /** An input record as the fields the rule read; a derived fact as itself. */
    private static List<Fact> describe(Object fact, RuleInfo rule) {
        return describe(fact, rule.fieldsByPattern().getOrDefault(fact.getClass(), List.of()));
    }

    /** True for the records of the input state, as opposed to derived facts. */
    static boolean isStateFact(Class<?> type) {
        return STATE_PATHS.containsKey(type);
    }

    /**
     * An input record as these of its fields, in record order; a derived fact as itself, by its type, the value
     * of its first component (its id, for the facts Leverage's rules conclude) and its own reading.
     */
    static List<Fact> describe(Object fact, Collection<String> fields) {
        String path = STATE_PATHS.get(fact.getClass());
        List<Accessor> accessors = fact.getClass().isRecord() ? ACCESSORS.get(fact.getClass()) : List.of();
        if (path == null) {
            Object first = accessors.isEmpty() ? null : accessors.get(0).read(fact);
            String id = first == null ? null : String.valueOf(first);
            return List.of(Fact.derived(fact.getClass().getSimpleName(), id, fact.toString()));
        }
        List<Fact> described = new ArrayList<>();
        for (Accessor accessor : accessors) {
            if (fields.contains(accessor.name())) {
                described.add(Fact.input(path, accessor.name(), accessor.read(fact)));
            }
        }
        return described;
    }

    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

    /** A record component and a handle to read it, looked up once per class. */
    private record Accessor(String name, MethodHandle handle) {
        Object read(Object fact) {
            try {
                return (Object) handle.invokeExact(fact);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + name + " of " + fact.getClass(), e);
            }
        }
    }

    /** The accessors of each record class, in component order: reflection data, computed once and immutable. */
    private static final ClassValue<List<Accessor>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Accessor> computeValue(Class<?> type) {
            List<Accessor> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    // Typed (Object)Object once here, so that each read is an exact invocation, not an adapted one.
                    accessors.add(new Accessor(component.getName(), MethodHandles.publicLookup()
                            .unreflect(component.getAccessor()).asType(READ)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + component.getName() + " of " + type, e);
                }
            }
            return List.copyOf(accessors);
        }
    };
}
