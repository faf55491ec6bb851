package org.leverage.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;
import org.leverage.api.UncertainState;
import org.leverage.whatif.OddsResult;

/**
 * The odds of {@code leverage odds}, as text for people and as JSON. Neither shows how long the run took, so the
 * same state gives the same bytes.
 */
public final class OddsReport {

    /** Wide enough for every id of the built-in framework; a longer one pushes its line out. */
    private static final int CLAIM_WIDTH = 44;

    private OddsReport() {
    }

    /**
     * The odds as text: how they were found, the uncertain fields, then each conclusion's chance by kind, with
     * the field that swings it most and a mark when it is robust.
     *
     * @param state  the uncertain state
     * @param result its odds
     * @param from   where the state came from, in words
     * @return the text, ending in a newline
     */
    public static String text(UncertainState state, OddsResult result, String from) {
        StringBuilder out = new StringBuilder();
        out.append("Odds for ").append(from);
        if (!state.base().label().isEmpty()) {
            out.append(" (").append(Text.oneLine(state.base().label())).append(')');
        }
        out.append('\n');
        int fields = result.fields().size();
        if (fields == 0) {
            out.append("No field is uncertain: the one state is assessed as it is.\n");
        } else if (result.method() == OddsResult.Method.EXACT) {
            out.append(String.format(Locale.ROOT, "Exact: every one of the %,d combination%s of %d uncertain field%s"
                            + " weighed by its chance.%n", result.combinations(), result.combinations() == 1 ? "" : "s",
                    fields, fields == 1 ? "" : "s"));
        } else {
            out.append(String.format(Locale.ROOT, "Sampled: %,d of the %,d combinations of %d uncertain fields drawn"
                            + " by their chances (seed %d); each chance is shown with its 95 %% interval.%n",
                    result.samples(), result.combinations(), fields, result.seed()));
        }
        for (StateField field : result.fields()) {
            out.append("  ").append(field.path()).append(": ").append(chances(state.distributions().get(field)))
                    .append('\n');
        }
        if (result.contradictory() > 0) {
            out.append(String.format(Locale.ROOT, "%s of the %s contradicts itself and is left out; the chances are"
                            + " of the rest.%n", percent(result.contradictory()),
                    result.method() == OddsResult.Method.EXACT ? "weight" : "sample"));
        } else {
            out.append("No combination contradicts itself.\n");
        }
        out.append("Fields are taken as independent. Robust: holds in at least 90 % of the weight.\n");
        out.append("Swung most by: the field whose values move the chance most, in percentage points.\n");
        OddsResult.Item.Kind last = null;
        for (OddsResult.Item item : result.items()) {
            if (item.kind() != last) {
                out.append('\n').append(heading(item.kind())).append('\n');
                last = item.kind();
            }
            StringBuilder line = new StringBuilder();
            line.append(String.format(Locale.ROOT, "%8s", percent(item.probability())));
            if (result.method() == OddsResult.Method.SAMPLED) {
                line.append(String.format(Locale.ROOT, " (%s–%s)", percent(item.low()).replace(" %", ""),
                        percent(item.high())));
            }
            line.append("  ").append(Text.pad(item.kind() == OddsResult.Item.Kind.PHASE ? item.id() : item.claim(),
                    CLAIM_WIDTH));
            java.util.List<String> notes = new java.util.ArrayList<>();
            if (item.robust()) {
                notes.add("robust");
            }
            item.swungBy().ifPresent(field -> notes.add(String.format(Locale.ROOT, "swung most by %s (%s points)",
                    field.path(), points(item.swing()))));
            line.append("  ").append(String.join("; ", notes));
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /**
     * The odds as JSON: format, state, method, the uncertain fields with their chances, the counts, and the
     * items, each with its kind, id, level, chance, interval, robustness and the field that swings it.
     *
     * @param state  the uncertain state
     * @param result its odds
     * @param from   where the state came from: a file's path or {@code <stdin>}
     * @return the JSON document
     */
    public static String json(UncertainState state, OddsResult result, String from) {
        ObjectNode root = Json.object();
        root.put("format", PolicyState.FORMAT);
        root.put("state", from);
        root.put("label", state.base().label());
        root.put("method", result.method().name().toLowerCase(Locale.ROOT));
        ArrayNode fields = root.putArray("uncertainFields");
        for (StateField field : result.fields()) {
            ObjectNode node = fields.addObject();
            node.put("path", field.path());
            ObjectNode chances = node.putObject("chances");
            state.distributions().get(field).forEach((value, chance) -> chances.put(name(value), chance));
        }
        root.put("combinations", result.combinations());
        root.put("assessed", result.assessed());
        root.put("contradictory", result.contradictory());
        if (result.method() == OddsResult.Method.SAMPLED) {
            root.put("samples", result.samples());
            root.put("seed", result.seed());
        }
        root.put("robustAtLeast", OddsResult.ROBUST);
        ArrayNode items = root.putArray("items");
        for (OddsResult.Item item : result.items()) {
            ObjectNode node = items.addObject();
            node.put("kind", kind(item.kind()));
            node.put("id", item.id());
            if (item.kind() == OddsResult.Item.Kind.CONCERN_LEVEL) {
                node.put("level", item.value());
            }
            node.put("probability", item.probability());
            if (result.method() == OddsResult.Method.SAMPLED) {
                node.put("low", item.low());
                node.put("high", item.high());
            }
            node.put("robust", item.robust());
            if (item.swungBy().isPresent()) {
                node.put("swungMostBy", item.swungBy().get().path());
                node.put("swing", item.swing());
            } else {
                node.putNull("swungMostBy");
            }
        }
        return Json.write(root);
    }

    private static String kind(OddsResult.Item.Kind kind) {
        return switch (kind) {
            case PHASE -> "phase";
            case RECOMMENDATION -> "recommendation";
            case WARNING -> "warning";
            case CONCERN_RAISED -> "concernRaised";
            case CONCERN_LEVEL -> "concernLevel";
            case CONCERN_ANSWERED -> "concernAnswered";
        };
    }

    private static String heading(OddsResult.Item.Kind kind) {
        return switch (kind) {
            case PHASE -> "Phase";
            case RECOMMENDATION -> "Recommendations";
            case WARNING -> "Warnings";
            case CONCERN_RAISED -> "Beijing's concerns raised";
            case CONCERN_LEVEL -> "Their levels";
            case CONCERN_ANSWERED -> "Answered";
        };
    }

    private static String chances(Map<Object, Double> distribution) {
        return String.join(", ", distribution.entrySet().stream()
                .map(e -> name(e.getKey()) + " " + percent(e.getValue())).toList());
    }

    private static String name(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    }

    /** A chance as a percentage to one place: {@code 60.0 %}, {@code 0.1 %}, {@code 100.0 %}. */
    static String percent(double chance) {
        return String.format(Locale.ROOT, "%.1f %%", chance * 100);
    }

    private static String points(double swing) {
        return String.format(Locale.ROOT, "%.0f", swing * 100);
    }
}
