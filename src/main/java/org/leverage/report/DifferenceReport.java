package org.leverage.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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

        out.append('\n');
        Text.heading(out, "Facts (A → B)");
        if (d.facts().isEmpty()) {
            out.append("  no change\n");
        }
        int width = d.facts().stream().mapToInt(f -> f.path().length()).max().orElse(0);
        for (FactChange fact : d.facts()) {
            out.append("  ").append(Text.pad(fact.path(), width)).append("  ").append(value(fact.a())).append(" → ")
                    .append(value(fact.b())).append('\n');
        }

        out.append('\n');
        Text.heading(out, "Recommendations");
        gainedAndLost(out, d.recommendationsGained(), d.recommendationsLost(), d.recommendationsTaken());

        out.append('\n');
        Text.heading(out, "Beijing's concerns");
        if (d.concerns().isEmpty()) {
            out.append("  no change\n");
        }
        int idWidth = d.concerns().stream().mapToInt(c -> c.id().length()).max().orElse(0);
        for (ConcernChange concern : d.concerns()) {
            out.append("  ").append(Text.pad(concern.id(), idWidth)).append("  ").append(concern(concern.a()))
                    .append(" → ").append(concern(concern.b())).append('\n');
        }

        out.append('\n');
        Text.heading(out, "Warnings");
        gainedAndLost(out, d.warningsGained(), d.warningsLost(), List.of());

        out.append('\n');
        Text.heading(out, "Phase");
        if (d.phaseChanged()) {
            out.append("  ").append(d.phaseA()).append(" → ").append(d.phaseB()).append('\n');
        } else {
            out.append("  no change (").append(d.phaseA()).append(")\n");
        }

        out.append('\n');
        Text.heading(out, "Out of scope");
        if (d.outOfScopeChanged()) {
            out.append("  ").append(scope(d.outOfScopeA())).append(" → ").append(scope(d.outOfScopeB())).append('\n');
        } else {
            out.append("  no change (").append(scope(d.outOfScopeA())).append(")\n");
        }
        return out.toString();
    }

    /** Gained, then lost ("no longer advised"), then taken ("now in place": B did it). */
    private static void gainedAndLost(StringBuilder out, List<String> gained, List<String> lost, List<String> taken) {
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

    private static String concern(ConcernState state) {
        return state == null ? "not raised" : state.toString();
    }

    private static String scope(String reason) {
        return reason == null ? "in scope" : "out of scope: " + Text.joinLines(reason);
    }

    /** The difference as JSON: format, a, b, facts, recommendations, concerns, warnings, phase, outOfScope. */
    public static String json(Difference d, String a, String b) {
        ObjectNode root = Json.object();
        root.put("format", PolicyState.FORMAT);
        root.put("a", a);
        root.put("b", b);
        ArrayNode facts = root.putArray("facts");
        for (FactChange fact : d.facts()) {
            ObjectNode node = facts.addObject();
            node.put("path", fact.path());
            put(node, "a", fact.a());
            put(node, "b", fact.b());
        }
        ObjectNode recommendations = root.putObject("recommendations");
        gainedAndLost(recommendations, d.recommendationsGained(), d.recommendationsLost());
        ArrayNode taken = recommendations.putArray("nowInPlace");
        d.recommendationsTaken().forEach(taken::add);
        ArrayNode concerns = root.putArray("concerns");
        for (ConcernChange change : d.concerns()) {
            ObjectNode node = concerns.addObject();
            node.put("id", change.id());
            concern(node, "a", change.a());
            concern(node, "b", change.b());
        }
        gainedAndLost(root.putObject("warnings"), d.warningsGained(), d.warningsLost());
        ObjectNode phase = root.putObject("phase");
        phase.put("a", d.phaseA().name());
        phase.put("b", d.phaseB().name());
        ObjectNode scope = root.putObject("outOfScope");
        scope.put("a", d.outOfScopeA());
        scope.put("b", d.outOfScopeB());
        return Json.write(root);
    }

    private static void gainedAndLost(ObjectNode node, List<String> gained, List<String> lost) {
        ArrayNode gainedNode = node.putArray("gained");
        gained.forEach(gainedNode::add);
        ArrayNode lostNode = node.putArray("lost");
        lost.forEach(lostNode::add);
    }

    /** A fact's value as JSON: a boolean as a boolean, a date or an enum constant as its text. */
    private static void put(ObjectNode node, String name, Object value) {
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
