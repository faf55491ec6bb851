package org.leverage.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.leverage.api.Explanation.Condition;
import org.leverage.api.Fact;
import org.leverage.engine.DroolsInternals.FactPattern;

/**
 * Checks each condition of a rule that did not fire against the facts of a session, so that an analyst sees
 * which of them the state fails. A condition that compares with a value bound by an earlier one is checked on
 * its own terms only, and says so.
 */
final class ConditionChecker {

    private final KieSession session;
    private final List<FactHandle> handles;

    ConditionChecker(KieSession session) {
        this.session = session;
        this.handles = new ArrayList<>(session.getFactHandles());
    }

    List<Condition> check(Rule rule) {
        List<Condition> conditions = new ArrayList<>();
        for (DroolsInternals.Condition condition : DroolsInternals.conditionsOf(rule)) {
            conditions.add(check(condition));
        }
        return conditions;
    }

    private Condition check(DroolsInternals.Condition condition) {
        FactPattern pattern = condition.pattern();
        return switch (condition.form()) {
            case PATTERN -> {
                List<Object> matches = matches(pattern);
                String caveat = pattern.comparesWithEarlier() ? " (compared with an earlier condition's value)" : "";
                yield matches.isEmpty()
                        ? new Condition(pattern.text(), false, absent(pattern) + caveat)
                        : new Condition(pattern.text(), true, "met by " + describe(matches, pattern) + caveat);
            }
            case NOT -> {
                List<Object> matches = matches(pattern);
                String text = "not " + pattern.text();
                if (!matches.isEmpty() && pattern.comparesWithEarlier()) {
                    // Without the earlier condition's value the facts found here may not match at all: saying
                    // NOT MET would blame a condition that may well hold.
                    yield new Condition(text, true, "not checked on its own: it compares with an earlier"
                            + " condition's value (there is " + describe(matches, pattern) + ")");
                }
                yield matches.isEmpty()
                        ? new Condition(text, true, "none there")
                        : new Condition(text, false, "but there is " + describe(matches, pattern));
            }
            case EXISTS -> {
                List<Object> matches = matches(pattern);
                String text = "exists " + pattern.text();
                yield matches.isEmpty() ? new Condition(text, false, absent(pattern))
                        : new Condition(text, true, "met by " + describe(matches, pattern));
            }
            case COMPOUND -> new Condition(condition.text(), false,
                    "a compound condition Leverage cannot check on its own");
        };
    }

    private List<Object> matches(FactPattern pattern) {
        List<Object> found = new ArrayList<>();
        for (FactHandle handle : handles) {
            if (pattern.admits(handle, session)) {
                found.add(DroolsInternals.objectOf(handle));
            }
        }
        return found;
    }

    /** Why a positive condition fails: the facts of its type that are there instead, or that none is. */
    private String absent(FactPattern pattern) {
        if (pattern.type() == null) {
            return "no such fact";
        }
        List<Object> others = new ArrayList<>();
        for (FactHandle handle : handles) {
            Object fact = DroolsInternals.objectOf(handle);
            if (pattern.type().isInstance(fact)) {
                others.add(fact);
            }
        }
        if (others.isEmpty()) {
            return "no " + pattern.type().getSimpleName() + " fact at all";
        }
        if (Explainer.isStateFact(pattern.type())) {
            return "not met by " + describe(others, pattern);
        }
        return "there is only: " + others.stream().map(Object::toString).sorted().collect(Collectors.joining("; "));
    }

    /** The facts as the fields the pattern reads ({@code path = value}), or derived facts as themselves. */
    private static String describe(List<Object> facts, FactPattern pattern) {
        Set<String> identifiers = new HashSet<>();
        Matcher words = RuleCompiler.IDENTIFIER.matcher(String.join(" ", pattern.constraints()));
        while (words.find()) {
            identifiers.add(words.group());
        }
        List<String> described = new ArrayList<>();
        for (Object fact : facts) {
            List<Fact> parts = Explainer.describe(fact, identifiers);
            described.add(parts.isEmpty() ? "the " + fact.getClass().getSimpleName() + " fact"
                    : parts.stream().map(Fact::text).collect(Collectors.joining(", ")));
        }
        return described.stream().sorted().collect(Collectors.joining("; "));
    }
}
