package org.leverage.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.rule.consequence.InternalMatch;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.leverage.api.Assessment.Step;
import org.leverage.api.China;
import org.leverage.api.CommitmentsToBeijing;
import org.leverage.api.NorthKorea;
import org.leverage.api.OffersToPyongyang;
import org.leverage.api.Peninsula;
import org.leverage.api.UnitedStates;

/**
 * Builds the {@code because} chain of a derived fact from the truth-maintenance records of one session: the
 * rules whose matches currently support it, the facts they matched, then the same for each derived fact among
 * those, down to the input state. Reading the live justifications, rather than a log of firings, means a
 * rule whose support was later withdrawn never appears.
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

    private final Map<String, RuleInfo> rules;
    private final Map<Object, InternalFactHandle> handles;

    Explainer(Map<String, RuleInfo> rules, Iterable<InternalFactHandle> factHandles) {
        this.rules = rules;
        this.handles = new IdentityHashMap<>();
        for (InternalFactHandle handle : factHandles) {
            handles.put(handle.getObject(), handle);
        }
    }

    /** The chain for a fact of this session, the rules that concluded it first. */
    List<Step> because(Object derived) {
        Set<Step> steps = new LinkedHashSet<>();
        explain(derived, steps, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        return List.copyOf(steps);
    }

    private void explain(Object fact, Set<Step> steps, Set<Object> visited) {
        if (!visited.add(fact)) {
            return;
        }
        List<Justification> justifications = justificationsOf(fact);
        for (Justification justification : justifications) {
            steps.add(justification.step());
        }
        for (Justification justification : justifications) {
            for (Object matched : justification.matched()) {
                explain(matched, steps, visited);
            }
        }
    }

    private record Justification(Step step, List<Object> matched) {
    }

    private List<Justification> justificationsOf(Object fact) {
        InternalFactHandle handle = handles.get(fact);
        if (handle == null || !(handle.getEqualityKey() instanceof TruthMaintenanceSystemEqualityKey key)) {
            return List.of();
        }
        BeliefSet<?> beliefs = key.getBeliefSet();
        if (beliefs == null) {
            return List.of();
        }
        List<Justification> found = new ArrayList<>();
        for (SimpleMode mode = (SimpleMode) beliefs.getFirst(); mode != null; mode = mode.getNext()) {
            LogicalDependency<SimpleMode> dependency = mode.getObject();
            InternalMatch match = dependency.getJustifier();
            RuleInfo rule = rules.get(RuleCompiler.key(match.getRule()));
            List<Object> matched = new ArrayList<>();
            List<String> facts = new ArrayList<>();
            for (Object object : match.getObjects()) {
                if (object == null || !handles.containsKey(object)) {
                    continue; // the engine's own initial fact, which stands for "nothing else matched"
                }
                matched.add(object);
                facts.addAll(describe(object, rule));
            }
            String name = rule == null ? match.getRule().getName() : rule.name();
            found.add(new Justification(new Step(name, facts), matched));
        }
        found.sort(Comparator.comparing((Justification j) -> j.step().rule())
                .thenComparing(j -> String.join("\n", j.step().facts())));
        return found;
    }

    /** An input record as the fields the rule read ({@code path = value}); a derived fact as itself. */
    private static List<String> describe(Object fact, RuleInfo rule) {
        String path = STATE_PATHS.get(fact.getClass());
        if (path == null) {
            return List.of(fact.toString());
        }
        List<String> fields = rule == null ? List.of() : rule.fieldsByPattern().getOrDefault(fact.getClass(),
                List.of());
        List<String> described = new ArrayList<>();
        for (RecordComponent component : fact.getClass().getRecordComponents()) {
            if (fields.contains(component.getName())) {
                described.add(path + "." + component.getName() + " = " + read(component.getAccessor(), fact));
            }
        }
        return described;
    }

    private static Object read(Method accessor, Object fact) {
        try {
            return accessor.invoke(fact);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + fact.getClass(), e);
        }
    }
}
