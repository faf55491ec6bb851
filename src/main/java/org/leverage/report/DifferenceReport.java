package org.leverage.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.leverage.api.PolicyState;
import org.leverage.whatif.ConcernState;
import org.leverage.whatif.Difference;
import org.leverage.whatif.Difference.ConcernChange;
import org.leverage.whatif.Difference.FactChange;

/**
 * What differs between two policy states and their assessments, as text for a person (a section each for the
 * facts, the recommendations, Beijing's concerns, the warnings, the phase and the scope) or as JSON for a program
 * (fixed field names in a fixed order, laid out as the assessment's JSON is). A and B are named as the caller
 * gives them, such as a file's path or {@code <stdin>}.
 */
public final class DifferenceReport {

    private DifferenceReport() {
    }

    /** The difference as text: "no change" under a heading where nothing differs. */
    public static String text(Difference d, String a, String b) {
        StringBuilder out = new StringBuilder();
        out.append("A: ").append(a).append('\n');
        out.append("B: ").append(b).append('\n');

        changes(out, "Facts (A → B)", d.facts(), FactChange::path, f -> value(f.a()), f -> value(f.b()));
        gainedAndLost(out, "Recommendations", d.recommendationsGained(), d.recommendationsLost(),
                d.recommendationsTaken());
        changes(out, "Beijing's concerns", d.concerns(), ConcernChange::id, c -> concern(c.a()), c -> concern(c.b()));
        gainedAndLost(out, "Warnings", d.warningsGained(), d.warningsLost(), List.of());
        change(out, "Phase", d.phaseChanged(), d.phaseA().toString(), d.phaseB().toString());
        change(out, "Out of scope", d.outOfScopeChanged(), scope(d.outOfScopeA()), scope(d.outOfScopeB()));
        return out.toString();
    }

    /** A section of things that changed, one a line, their names padded to one column: {@code name  a → b}. */
    private static <T> void changes(StringBuilder out, String title, List<T> changes, Function<T, String> name,
                                    Function<T, String> a, Function<T, String> b) {
        out.append('\n');
        Text.heading(out, title);
        if (changes.isEmpty()) {
            out.append("  no change\n");
        }
        int width = changes.stream().mapToInt(c -> name.apply(c).length()).max().orElse(0);
        for (T change : changes) {
            out.append("  ").append(Text.pad(name.apply(change), width)).append("  ").append(a.apply(change))
                    .append(" → ").append(b.apply(change)).append('\n');
        }
    }

    /** A section of one thing: {@code a → b} when it changed, else {@code no change (a)}. */
    private static void change(StringBuilder out, String title, boolean changed, String a, String b) {
        out.append('\n');
        Text.heading(out, title);
        out.append(changed ? "  " + a + " → " + b : "  no change (" + a + ")").append('\n');
    }

    /** A section of ids gained, then lost ("no longer advised"), then taken ("now in place": B did it). */
    private static void gainedAndLost(StringBuilder out, String title, List<String> gained, List<String> lost,
                                      List<String> taken) {
        out.append('\n');
        Text.heading(out, title);
        if (gained.isEmpty() && lost.isEmpty() && taken.isEmpty()) {
            out.append("  no change\n");
        }
        gained.forEach(id -> out.append("  gained        ").append(id).append('\n'));
        lost.forEach(id -> out.append("  lost          ").append(id).append('\n'));
        taken.forEach(id -> out.append("  now in place  ").append(id).append('\n'));
    }

    /** A fact's value as a state file writes it; a label quoted, a missing date as {@code none}. */
    private static String value(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof String label) {
            return '"' + Text.joinLines(label) + '"';
        }
        return String.valueOf(value);
    }

    /** A concern as one assessment has it: {@code HIGH open}, or {@code not raised}. */
    static String concern(ConcernState state) {
        return state == null ? "not raised" : state.toString();
    }

    /** {@code in scope}, or {@code out of scope: } and the reason on one line. */
    static String scope(String reason) {
        return reason == null ? "in scope" : "out of scope: " + Text.joinLines(reason);
    }

    /** The difference as JSON: format, a, b, facts, recommendations, concerns, warnings, phase, outOfScope. */
    public static String json(Difference d, String a, String b) {
        ObjectNode root = Json.object();
        root.put("format", PolicyState.FORMAT);
        root.put("a", a);
        root.put("b", b);
        ArrayNode facts = root.putArray("facts");
        d.facts().forEach(f -> change(facts, "path", f.path(), f.a(), f.b(), DifferenceReport::put));
        outcome(root, d);
        return Json.write(root);
    }

    /**
     * What differs in the assessments, into {@code node}: recommendations, concerns, warnings, phase, outOfScope;
     * the diff's JSON and each set of a reach's.
     */
    static void outcome(ObjectNode root, Difference d) {
        ObjectNode recommendations = root.putObject("recommendations");
        gainedAndLost(recommendations, d.recommendationsGained(), d.recommendationsLost());
        ArrayNode taken = recommendations.putArray("nowInPlace");
        d.recommendationsTaken().forEach(taken::add);
        ArrayNode concerns = root.putArray("concerns");
        d.concerns().forEach(c -> change(concerns, "id", c.id(), c.a(), c.b(), DifferenceReport::concern));
        gainedAndLost(root.putObject("warnings"), d.warningsGained(), d.warningsLost());
        ObjectNode phase = root.putObject("phase");
        phase.put("a", d.phaseA().name());
        phase.put("b", d.phaseB().name());
        ObjectNode scope = root.putObject("outOfScope");
        scope.put("a", d.outOfScopeA());
        scope.put("b", d.outOfScopeB());
    }

    /** Writes one side of a change, A or B, into a change's object under {@code name}. */
    @FunctionalInterface
    private interface Side<V> {
        void put(ObjectNode node, String name, V value);
    }

    /** One change as an object: what changed under {@code key}, then its value in A and in B. */
    private static <V> void change(ArrayNode into, String key, String name, V a, V b, Side<V> side) {
        ObjectNode node = into.addObject();
        node.put(key, name);
        side.put(node, "a", a);
        side.put(node, "b", b);
    }

    private static void gainedAndLost(ObjectNode node, List<String> gained, List<String> lost) {
        ArrayNode gainedNode = node.putArray("gained");
        gained.forEach(gainedNode::add);
        ArrayNode lostNode = node.putArray("lost");
        lost.forEach(lostNode::add);
    }

    /** A fact's value as JSON: a boolean as a boolean, a date or an enum constant as its text. */
    static void put(ObjectNode node, String name, Object value) {
        if (value == null) {
            node.putNull(name);
        } else if (value instanceof Boolean flag) {
            node.put(name, flag);
        } else if (value instanceof Enum<?> constant) {
            node.put(name, constant.name());
        } else {
            node.put(name, value.toString());
        }
    }

    private static void concern(ObjectNode node, String name, ConcernState state) {
        if (state == null) {
            node.putNull(name);
            return;
        }
        ObjectNode inner = node.putObject(name);
        inner.put("kind", state.kind().name());
        inner.put("level", state.level() == null ? null : state.level().name());
        inner.put("answered", state.answered());
        inner.put("answeredInPart", state.answeredInPart());
    }
}
