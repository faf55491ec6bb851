package org.leverage.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.reteoo.InitialFactImpl;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.rule.consequence.InternalMatch;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.definition.rule.Rule;
import org.leverage.api.Assessment.Step;
import org.leverage.api.China;
import org.leverage.api.CommitmentsToBeijing;
import org.leverage.api.NorthKorea;
import org.leverage.api.OffersToPyongyang;
import org.leverage.api.Peninsula;
import org.leverage.api.UnitedStates;

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

    private final Map<Rule, RuleInfo> rules;

    /** @param rules what is known of each rule of the knowledge base, by the rule object itself */
    Explainer(Map<Rule, RuleInfo> rules) {
        this.rules = rules;
    }

    /** One rule's match that supports a fact, and the facts it matched (no initial fact). */
    record Justification(RuleInfo rule, Object[] matched) {
    }

    /** The justifications of every logically derived fact among these handles, as references. */
    Snapshot capture(Iterable<InternalFactHandle> handles) {
        Map<Object, Justification[]> supports = new IdentityHashMap<>();
        for (InternalFactHandle handle : handles) {
            if (handle.getEqualityKey() instanceof TruthMaintenanceSystemEqualityKey key
                    && key.getBeliefSet() != null) {
                supports.put(handle.getObject(), justifications(key.getBeliefSet()));
            }
        }
        return new Snapshot(supports);
    }

    /**
     * The justifications of these conclusions and, through what they matched, of every derived fact they rest
     * on: only what an explanation can reach, since a snapshot is taken for every assessment.
     */
    Snapshot capture(Iterable<InternalFactHandle> handles, List<Object> conclusions) {
        Map<Object, InternalFactHandle> byObject = new IdentityHashMap<>();
        for (InternalFactHandle handle : handles) {
            byObject.put(handle.getObject(), handle);
        }
        Map<Object, Justification[]> supports = new IdentityHashMap<>();
        java.util.ArrayDeque<Object> pending = new java.util.ArrayDeque<>(conclusions);
        while (!pending.isEmpty()) {
            Object fact = pending.pop();
            if (supports.containsKey(fact)) {
                continue;
            }
            InternalFactHandle handle = byObject.get(fact);
            if (handle == null || !(handle.getEqualityKey() instanceof TruthMaintenanceSystemEqualityKey key)
                    || key.getBeliefSet() == null) {
                continue;
            }
            Justification[] justifications = justifications(key.getBeliefSet());
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

    private Justification[] justifications(BeliefSet<?> beliefs) {
        if (beliefs.isEmpty()) {
            return NONE;
        }
        Justification[] found = new Justification[beliefs.size()];
        int count = 0;
        for (SimpleMode mode = (SimpleMode) beliefs.getFirst(); mode != null; mode = mode.getNext()) {
            LogicalDependency<SimpleMode> dependency = mode.getObject();
            InternalMatch match = dependency.getJustifier();
            List<Object> objects = match.getObjects();
            Object[] matched = new Object[objects.size()];
            int size = 0;
            for (Object object : objects) {
                if (object != null && !(object instanceof InitialFactImpl)) {
                    matched[size++] = object;
                }
            }
            RuleInfo rule = rules.get(match.getRule());
            if (rule == null) {
                rule = new RuleInfo(match.getRule().getName(), "(rules)", List.of(), Map.of(), List.of());
            }
            found[count++] = new Justification(rule, size == matched.length ? matched
                    : java.util.Arrays.copyOf(matched, size));
        }
        return count == found.length ? found : java.util.Arrays.copyOf(found, count);
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
                List<String> facts = new ArrayList<>();
                for (Object matched : justification.matched()) {
                    describe(matched, justification.rule(), facts);
                }
                step = new Step(justification.rule().name(), facts);
                formatted.put(justification, step);
            }
            return step;
        }

        /** The names of every rule whose match supports some fact of the snapshot, sorted. */
        List<String> supportingRules() {
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            for (Justification[] justifications : supports.values()) {
                for (Justification justification : justifications) {
                    names.add(justification.rule().name());
                }
            }
            return List.copyOf(names);
        }

        /** The paragraphs of the rules that concluded a fact, for ids no catalogue describes. */
        List<String> sourcesOf(Object derived) {
            java.util.TreeSet<String> sources = new java.util.TreeSet<>();
            for (Justification justification : supports.getOrDefault(derived, NONE)) {
                sources.addAll(justification.rule().sources());
            }
            return List.copyOf(sources);
        }

        /** The chain for a derived fact, the rules that concluded it first; formatted on first read. */
        List<Step> because(Object derived) {
            return Step.lazily(() -> chain(derived));
        }

        private List<Step> chain(Object derived) {
            Set<Step> steps = new LinkedHashSet<>();
            explain(derived, steps, Collections.newSetFromMap(new IdentityHashMap<>()));
            return List.copyOf(steps);
        }

        /** The tree of matches that support a derived fact, each with the reasons of the facts it matched. */
        List<org.leverage.api.Explanation.Reason> reasons(Object derived) {
            return reasons(derived, Collections.newSetFromMap(new IdentityHashMap<>()));
        }

        private List<org.leverage.api.Explanation.Reason> reasons(Object fact, Set<Object> onPath) {
            if (!onPath.add(fact)) {
                return List.of();
            }
            List<org.leverage.api.Explanation.Reason> reasons = new ArrayList<>();
            for (Justification justification : supports.getOrDefault(fact, NONE)) {
                List<String> facts = new ArrayList<>();
                List<org.leverage.api.Explanation.Reason> below = new ArrayList<>();
                for (Object matched : justification.matched()) {
                    describe(matched, justification.rule(), facts);
                    below.addAll(reasons(matched, onPath));
                }
                RuleInfo rule = justification.rule();
                reasons.add(new org.leverage.api.Explanation.Reason(rule.name(), rule.file(), rule.sources(), facts,
                        below));
            }
            onPath.remove(fact);
            reasons.sort(Comparator.comparing(org.leverage.api.Explanation.Reason::rule)
                    .thenComparing(r -> String.join("\n", r.facts())));
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
                    .thenComparing(i -> String.join("\n", step(justifications[i]).facts())));
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

    /** An input record as the fields the rule read ({@code path = value}); a derived fact as itself. */
    private static void describe(Object fact, RuleInfo rule, List<String> into) {
        describe(fact, rule.fieldsByPattern().getOrDefault(fact.getClass(), List.of()), into);
    }

    /** True for the records of the input state, as opposed to derived facts. */
    static boolean isStateFact(Class<?> type) {
        return STATE_PATHS.containsKey(type);
    }

    /** An input record as these of its fields ({@code path = value}); a derived fact as itself. */
    static void describe(Object fact, java.util.Collection<String> fields, List<String> into) {
        String path = STATE_PATHS.get(fact.getClass());
        if (path == null) {
            into.add(fact.toString());
            return;
        }
        for (Accessor accessor : ACCESSORS.get(fact.getClass())) {
            if (fields.contains(accessor.name())) {
                into.add(path + "." + accessor.name() + " = " + accessor.read(fact));
            }
        }
    }

    /** A record component and a handle to read it, looked up once per class. */
    private record Accessor(String name, MethodHandle handle) {
        Object read(Object fact) {
            try {
                return handle.invoke(fact);
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
                    accessors.add(new Accessor(component.getName(),
                            MethodHandles.publicLookup().unreflect(component.getAccessor())));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + component.getName() + " of " + type, e);
                }
            }
            return List.copyOf(accessors);
        }
    };
}
