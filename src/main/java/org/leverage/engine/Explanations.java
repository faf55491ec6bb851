package org.leverage.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.leverage.api.Conclusion;
import org.leverage.api.Explanation;
import org.leverage.api.PolicyState;
import org.leverage.rules.Concern;
import org.leverage.rules.Recommendation;
import org.leverage.rules.Warning;

/**
 * Why an id follows from a state, or why not: the support of each fact that concludes it, or every rule that
 * could conclude it with each of its conditions checked. Runs the state in a session of its own.
 */
final class Explanations {

    private final SessionRunner runner;
    private final RuleCompiler.Compiled compiled;
    private final Catalogue catalogue;

    Explanations(SessionRunner runner, RuleCompiler.Compiled compiled, Catalogue catalogue) {
        this.runner = runner;
        this.compiled = compiled;
        this.catalogue = catalogue;
    }

    /** Every id some rule concludes: recommendations, concerns, then warnings, each in catalogue order. */
    List<String> explainableIds() {
        List<String> ids = new ArrayList<>();
        ids.addAll(concluded(Explanation.Kind.RECOMMENDATION, catalogue.recommendationOrder()));
        ids.addAll(concluded(Explanation.Kind.CONCERN, catalogue.concernOrder()));
        ids.addAll(concluded(Explanation.Kind.WARNING, catalogue.warningOrder()));
        return List.copyOf(ids);
    }

    private List<String> concluded(Explanation.Kind kind, Comparator<String> order) {
        return compiled.byRule().values().stream()
                .flatMap(rule -> rule.concludes().stream())
                .filter(c -> c.kind().filter(kind::equals).isPresent())
                .map(Conclusion::id)
                .distinct()
                .sorted(order)
                .toList();
    }

    /** The names of the rules whose matches support some derived fact of this state, sorted. */
    List<String> supportingRules(PolicyState state) {
        return runner.runFresh(state, session -> runner.explainer().capture(session.getFactHandles())
                .supportingRules());
    }

    /** Why this id, of this kind, follows from the state, or why it does not. */
    Explanation explain(String id, Explanation.Kind kind, PolicyState state) {
        return runner.runFresh(state, session -> explain(id, kind, state, session));
    }

    private Explanation explain(String id, Explanation.Kind kind, PolicyState state, KieSession session) {
        List<Object> concluded = new ArrayList<>();
        for (FactHandle handle : session.getFactHandles()) {
            Object fact = DroolsInternals.objectOf(handle);
            if (id.equals(idOf(fact, kind))) {
                concluded.add(fact);
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
            Explainer.Snapshot snapshot = runner.explainer().capture(session.getFactHandles());
            List<Explanation.Reason> reasons = concluded.stream().flatMap(f -> snapshot.reasons(f).stream())
                    .distinct().sorted(Comparator.comparing(Explanation.Reason::rule)).toList();
            return new Explanation(id, kind, true, summary, sources, reasons, List.of());
        }
        ConditionChecker checker = new ConditionChecker(session);
        List<Explanation.RuleCheck> unmet = compiled.byRule().entrySet().stream()
                .filter(e -> e.getValue().concludes().stream().anyMatch(c -> c.concludes(kind, id)))
                .sorted(Comparator.comparing((Map.Entry<Rule, RuleInfo> e) -> e.getValue().file())
                        .thenComparing(e -> e.getValue().name()))
                .map(e -> new Explanation.RuleCheck(e.getValue().name(), e.getValue().file(),
                        e.getValue().sources(), checker.check(e.getKey())))
                .toList();
        return new Explanation(id, kind, false, summary, sources, List.of(), unmet);
    }

    /** What an id names: the first kind of conclusion, in recommendation, concern, warning order, that has it. */
    Explanation.Kind kindOf(String id) {
        for (Explanation.Kind kind : Explanation.Kind.values()) {
            boolean concluded = compiled.byRule().values().stream()
                    .anyMatch(r -> r.concludes().stream().anyMatch(c -> c.concludes(kind, id)));
            if (concluded) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown id " + id + "; no rule concludes it. Ids: "
                + String.join(", ", explainableIds()));
    }

    private static String idOf(Object fact, Explanation.Kind kind) {
        return switch (kind) {
            case RECOMMENDATION -> fact instanceof Recommendation r ? r.id() : null;
            case CONCERN -> fact instanceof Concern c ? c.id() : null;
            case WARNING -> fact instanceof Warning w ? w.id() : null;
        };
    }
}
