package org.leverage.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.base.rule.constraint.Constraint;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.leverage.api.Explanation.Condition;

/**
 * Checks each condition of a rule that did not fire against the facts of a session, so that an analyst sees
 * which of them the state fails. A condition that compares with a value bound by an earlier one is checked on
 * its own terms only, and says so.
 */
final class ConditionChecker {

    private final KieSession session;
    private final List<InternalFactHandle> handles;

    ConditionChecker(KieSession session) {
        this.session = session;
        this.handles = new ArrayList<>();
        for (FactHandle handle : session.getFactHandles()) {
            handles.add((InternalFactHandle) handle);
        }
    }

    List<Condition> check(RuleImpl rule) {
        List<Condition> conditions = new ArrayList<>();
        for (RuleConditionElement element : rule.getLhs().getChildren()) {
            conditions.add(check(element));
        }
        return conditions;
    }

    private Condition check(RuleConditionElement element) {
        if (element instanceof Pattern pattern) {
            List<Object> matches = matches(pattern);
            String text = text(pattern);
            String caveat = hasBetaConstraints(pattern) ? " (compared with an earlier condition's value)" : "";
            return matches.isEmpty()
                    ? new Condition(text, false, absent(pattern) + caveat)
                    : new Condition(text, true, "met by " + describe(matches, pattern) + caveat);
        }
        if (element instanceof GroupElement group && group.isNot() && group.getChildren().size() == 1
                && group.getChildren().get(0) instanceof Pattern pattern) {
            List<Object> matches = matches(pattern);
            String text = "not " + text(pattern);
            if (!matches.isEmpty() && hasBetaConstraints(pattern)) {
                // Without the earlier condition's value the facts found here may not match at all: saying NOT MET
                // would blame a condition that may well hold.
                return new Condition(text, true, "not checked on its own: it compares with an earlier condition's"
                        + " value (there is " + describe(matches, pattern) + ")");
            }
            return matches.isEmpty()
                    ? new Condition(text, true, "none there")
                    : new Condition(text, false, "but there is " + describe(matches, pattern));
        }
        if (element instanceof GroupElement group && group.isExists() && group.getChildren().size() == 1
                && group.getChildren().get(0) instanceof Pattern pattern) {
            List<Object> matches = matches(pattern);
            String text = "exists " + text(pattern);
            return matches.isEmpty() ? new Condition(text, false, absent(pattern))
                    : new Condition(text, true, "met by " + describe(matches, pattern));
        }
        return new Condition(element.toString(), false, "a compound condition Leverage cannot check on its own");
    }

    private List<Object> matches(Pattern pattern) {
        List<Object> found = new ArrayList<>();
        if (!(pattern.getObjectType() instanceof ClassObjectType type)) {
            return found;
        }
        for (InternalFactHandle handle : handles) {
            Object fact = handle.getObject();
            if (!type.getClassType().isInstance(fact)) {
                continue;
            }
            boolean allowed = true;
            for (Constraint constraint : pattern.getConstraints()) {
                if (onItsOwn(constraint) && constraint instanceof AlphaNodeFieldConstraint alpha
                        && !alpha.isAllowed(handle, (ValueResolver) session)) {
                    allowed = false;
                    break;
                }
            }
            if (allowed) {
                found.add(fact);
            }
        }
        return found;
    }

    /** Why a positive condition fails: the facts of its type that are there instead, or that none is. */
    private String absent(Pattern pattern) {
        if (!(pattern.getObjectType() instanceof ClassObjectType type)) {
            return "no such fact";
        }
        List<String> others = new ArrayList<>();
        for (InternalFactHandle handle : handles) {
            if (type.getClassType().isInstance(handle.getObject())) {
                others.add(handle.getObject().toString());
            }
        }
        if (others.isEmpty()) {
            return "no " + type.getClassType().getSimpleName() + " fact at all";
        }
        if (Explainer.isStateFact(type.getClassType())) {
            return "not met by " + describe(new ArrayList<>(handles.stream().map(InternalFactHandle::getObject)
                    .filter(type.getClassType()::isInstance).toList()), pattern);
        }
        return "there is only: " + others.stream().sorted().collect(Collectors.joining("; "));
    }

    private static boolean hasBetaConstraints(Pattern pattern) {
        return pattern.getConstraints().stream().anyMatch(c -> !onItsOwn(c));
    }

    /**
     * Whether a constraint can be checked against one fact alone. A constraint that reads a value bound by an
     * earlier condition ({@code level.isAbove( $level )}) may still be an alpha constraint to Drools, but
     * evaluating it without that binding fails, so it is left out and the condition says so.
     */
    private static boolean onItsOwn(Constraint constraint) {
        return constraint instanceof AlphaNodeFieldConstraint && constraint.getRequiredDeclarations().length == 0;
    }

    private static String text(Pattern pattern) {
        String type = pattern.getObjectType() instanceof ClassObjectType classType
                ? classType.getClassType().getSimpleName() : String.valueOf(pattern.getObjectType());
        String constraints = pattern.getConstraints().stream().map(Object::toString)
                .collect(Collectors.joining(", "));
        return type + "( " + constraints + (constraints.isEmpty() ? ")" : " )");
    }

    /** The facts as the fields the pattern reads ({@code path = value}), or derived facts as themselves. */
    private static String describe(List<Object> facts, Pattern pattern) {
        java.util.Set<String> identifiers = new java.util.HashSet<>();
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*")
                .matcher(pattern.getConstraints().stream().map(Object::toString).collect(Collectors.joining(" ")));
        while (words.find()) {
            identifiers.add(words.group());
        }
        List<String> described = new ArrayList<>();
        for (Object fact : facts) {
            List<String> parts = new ArrayList<>();
            Explainer.describe(fact, identifiers, parts);
            described.add(parts.isEmpty() ? "the " + fact.getClass().getSimpleName() + " fact"
                    : String.join(", ", parts));
        }
        return described.stream().sorted().collect(Collectors.joining("; "));
    }
}
