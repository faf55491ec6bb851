package org.leverage.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;
import org.leverage.whatif.Output;
import org.leverage.whatif.SweepResult;

/**
 * A sweep's findings: what each varied field can flip, and the totals (combinations, skipped, assessed, distinct
 * outcomes, time). As text for a person, each field's flips wrapped at {@value #WIDTH} columns and cut short after
 * {@value #LINES_PER_FIELD} lines with a pointer to the JSON; as JSON for a program, every flip, laid out as the
 * assessment's JSON is. The decision table is the result's own CSV ({@link SweepResult#writeCsv}).
 */
public final class SweepReport {

    /** The column a field's flips are wrapped at. */
    static final int WIDTH = 100;

    /** The lines of flips a field gets in the text before it is cut short. */
    static final int LINES_PER_FIELD = 3;

    private SweepReport() {
    }

    /**
     * The sweep as text.
     *
     * @param from  where the base state came from, in words: {@code the built-in scenario baseline-2017},
     *              {@code standard input} or a file's path
     * @param table the decision table's file as given, or null when none was written
     */
    public static String text(SweepResult result, String from, String table) {
        StringBuilder out = new StringBuilder();
        int fields = result.fields().size();
        out.append("Sweep of ").append(fields).append(fields == 1 ? " field" : " fields").append(" from ")
                .append(from).append('\n');
        out.append('\n');
        Text.heading(out, "What each field can flip");
        for (StateField field : result.fields()) {
            List<Output> flips = result.flips(field);
            out.append(field.path()).append(" (").append(field.choices().size()).append(" values)");
            if (flips.isEmpty()) {
                out.append(": flips nothing\n");
                continue;
            }
            out.append('\n');
            wrap(out, describe(flips));
        }
        out.append('\n');
        Text.heading(out, "Totals");
        out.append(String.format(Locale.ROOT, "  combinations       %,d (%s)\n", result.combinations(),
                valueCounts(result.fields())));
        out.append(String.format(Locale.ROOT, "  skipped            %,d, contradicting themselves\n",
                result.skipped()));
        out.append(String.format(Locale.ROOT, "  assessed           %,d\n", result.assessed()));
        out.append(String.format(Locale.ROOT, "  distinct outcomes  %,d\n", result.distinctOutcomes()));
        out.append(String.format(Locale.ROOT, "  elapsed            %.2f s, %,.0f assessments per second on %d %s\n",
                result.elapsed().toNanos() / 1e9, result.assessmentsPerSecond(), result.threads(),
                result.threads() == 1 ? "thread" : "threads"));
        if (table != null) {
            out.append("  table              ").append(table).append('\n');
        }
        return out.toString();
    }

    /** {@code 2 × 3 × 2}: how many values each field takes, in order. */
    public static String valueCounts(List<StateField> fields) {
        return fields.stream().map(f -> String.valueOf(f.choices().size())).collect(Collectors.joining(" × "));
    }

    /** {@code phase; recommendations: A, B; warnings: C; concerns: D (raised), E (level, answered)}. */
    static String describe(List<Output> flips) {
        List<String> parts = new ArrayList<>();
        List<String> recommendations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, List<String>> concerns = new LinkedHashMap<>();
        for (Output flip : flips) {
            switch (flip.kind()) {
                case PHASE -> parts.add("phase");
                case OUT_OF_SCOPE -> parts.add("out of scope");
                case RECOMMENDATION -> recommendations.add(flip.id());
                case WARNING -> warnings.add(flip.id());
                case CONCERN_RAISED -> concerns.computeIfAbsent(flip.id(), id -> new ArrayList<>()).add("raised");
                case CONCERN_LEVEL -> concerns.computeIfAbsent(flip.id(), id -> new ArrayList<>()).add("level");
                case CONCERN_ANSWERED -> concerns.computeIfAbsent(flip.id(), id -> new ArrayList<>()).add("answered");
            }
        }
        if (!recommendations.isEmpty()) {
            parts.add("recommendations: " + String.join(", ", recommendations));
        }
        if (!warnings.isEmpty()) {
            parts.add("warnings: " + String.join(", ", warnings));
        }
        if (!concerns.isEmpty()) {
            parts.add("concerns: " + concerns.entrySet().stream()
                    .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                    .collect(Collectors.joining(", ")));
        }
        return String.join("; ", parts);
    }

    /** Wraps at {@value #WIDTH} columns, indented; past {@value #LINES_PER_FIELD} lines, points to the JSON. */
    private static void wrap(StringBuilder out, String text) {
        String indent = "    ";
        String more = " … (all with --format json)";
        List<String> lines = Text.wrap(List.of(text.split(" ")), indent, indent, WIDTH);
        if (lines.size() > LINES_PER_FIELD) {
            String last = lines.get(LINES_PER_FIELD - 1);
            while (last.length() + more.length() > WIDTH && last.lastIndexOf(' ') > indent.length()) {
                last = last.substring(0, last.lastIndexOf(' '));
            }
            lines = new ArrayList<>(lines.subList(0, LINES_PER_FIELD - 1));
            lines.add(last + more);
        }
        lines.forEach(l -> out.append(l).append('\n'));
    }

    /**
     * The sweep as JSON: format, state, fields (each with its values and flips), the totals and the table.
     *
     * @param state where the base state came from: {@code baseline-2017}, {@code <stdin>} or a file's path
     * @param table the decision table's file as given, or null when none was written
     */
    public static String json(SweepResult result, String state, String table) {
        ObjectNode root = Json.object();
        root.put("format", PolicyState.FORMAT);
        root.put("state", state);
        ArrayNode fields = root.putArray("fields");
        for (StateField field : result.fields()) {
            ObjectNode node = fields.addObject();
            node.put("path", field.path());
            ArrayNode values = node.putArray("values");
            for (Object value : field.choices()) {
                if (value instanceof Boolean flag) {
                    values.add(flag);
                } else {
                    values.add(((Enum<?>) value).name());
                }
            }
            flips(node.putObject("flips"), result.flips(field));
        }
        root.put("combinations", result.combinations());
        root.put("skipped", result.skipped());
        root.put("assessed", result.assessed());
        root.put("distinctOutcomes", result.distinctOutcomes());
        root.put("elapsedSeconds", Math.round(result.elapsed().toNanos() / 1e6) / 1e3);
        root.put("assessmentsPerSecond", Math.round(result.assessmentsPerSecond()));
        root.put("threads", result.threads());
        root.put("table", table);
        return Json.write(root);
    }

    /** One field's flips: phase and outOfScope as booleans, then the ids, a concern with which aspects flip. */
    private static void flips(ObjectNode flipped, List<Output> flips) {
        flipped.put("phase", flips.contains(Output.PHASE));
        flipped.put("outOfScope", flips.contains(Output.OUT_OF_SCOPE));
        ArrayNode recommendations = flipped.putArray("recommendations");
        ArrayNode warnings = flipped.putArray("warnings");
        ArrayNode concerns = flipped.putArray("concerns");
        Map<String, ObjectNode> concernNodes = new LinkedHashMap<>();
        for (Output flip : flips) {
            switch (flip.kind()) {
                case RECOMMENDATION -> recommendations.add(flip.id());
                case WARNING -> warnings.add(flip.id());
                case CONCERN_RAISED, CONCERN_LEVEL, CONCERN_ANSWERED -> {
                    ObjectNode concern = concernNodes.computeIfAbsent(flip.id(), id -> {
                        ObjectNode created = concerns.addObject();
                        created.put("id", id);
                        created.put("raised", false);
                        created.put("level", false);
                        created.put("answered", false);
                        return created;
                    });
                    concern.put(switch (flip.kind()) {
                        case CONCERN_RAISED -> "raised";
                        case CONCERN_LEVEL -> "level";
                        default -> "answered";
                    }, true);
                }
                default -> { }
            }
        }
    }
}
