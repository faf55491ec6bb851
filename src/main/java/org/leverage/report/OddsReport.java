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
        out.append(method(result)).append('\n');
        for (StateField field : result.fields()) {
            out.append("  ").append(field.path()).append(": ").append(chances(state.distributions().get(field)))
                    .append('\n');
        }
        out.append(contradictions(result)).append('\n');
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

    /**
     * The odds as a Markdown memo: a heading, how they were found, the uncertain fields, then a table per kind of
     * conclusion with its chance, robustness and swinging field.
     *
     * @param state  the uncertain state
     * @param result its odds
     * @param from   where the state came from, in words
     * @return the Markdown, ending in a newline
     */
    public static String markdown(UncertainState state, OddsResult result, String from) {
        StringBuilder out = new StringBuilder();
        String label = Text.oneLine(state.base().label());
        out.append("# Odds: ").append(markdownText(label.isEmpty() ? from : label)).append("\n\n");
        out.append(markdownText(method(result))).append("\n\n");
        for (StateField field : result.fields()) {
            out.append("- `").append(field.path()).append("`: ").append(chances(state.distributions().get(field)))
                    .append('\n');
        }
        if (!result.fields().isEmpty()) {
            out.append('\n');
        }
        out.append(markdownText(contradictions(result))).append(" Fields are taken as independent; robust means it"
                + " holds in at least 90 % of the weight.\n");
        OddsResult.Item.Kind last = null;
        boolean sampled = result.method() == OddsResult.Method.SAMPLED;
        for (OddsResult.Item item : result.items()) {
            if (item.kind() != last) {
                out.append("\n## ").append(heading(item.kind())).append("\n\n")
                        .append(sampled ? "| chance | 95 % interval | conclusion | robust | swung most by |\n|---:|---|---|---|---|\n"
                                : "| chance | conclusion | robust | swung most by |\n|---:|---|---|---|\n");
                last = item.kind();
            }
            out.append("| ").append(percent(item.probability()));
            if (sampled) {
                out.append(" | ").append(percent(item.low())).append(" – ").append(percent(item.high()));
            }
            out.append(" | `").append(item.kind() == OddsResult.Item.Kind.PHASE ? item.id() : item.claim())
                    .append("` | ").append(item.robust() ? "robust" : "")
                    .append(" | ").append(item.swungBy().map(f -> "`" + f.path() + "` (" + points(item.swing())
                            + " points)").orElse("")).append(" |\n");
        }
        return out.toString();
    }

    /**
     * The odds as one self-contained HTML page: the same as the Markdown, with a bar per item drawn as inline SVG
     * (and its 95 % interval when sampled). No script, no link to anything outside the page; every text escaped.
     *
     * @param state  the uncertain state
     * @param result its odds
     * @param from   where the state came from, in words
     * @return the page, ending in a newline
     */
    public static String html(UncertainState state, OddsResult result, String from) {
        StringBuilder out = new StringBuilder();
        String label = Text.oneLine(state.base().label());
        String title = "Leverage odds: " + (label.isEmpty() ? from : label);
        HtmlReport.openPage(out, title, HTML_STYLE);
        out.append("<header>\n<p class=\"kicker\">Leverage · odds under uncertainty</p>\n<h1>")
                .append(Xml.escape(label.isEmpty() ? from : label)).append("</h1>\n<p class=\"method\">")
                .append(Xml.escape(method(result))).append("</p>\n");
        if (!result.fields().isEmpty()) {
            out.append("<ul class=\"fields\">\n");
            for (StateField field : result.fields()) {
                out.append("<li><code>").append(Xml.escape(field.path())).append("</code>: ")
                        .append(Xml.escape(chances(state.distributions().get(field)))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("<p class=\"note\">").append(Xml.escape(contradictions(result)))
                .append(" Fields are taken as independent; robust means it holds in at least 90 % of the weight.")
                .append("</p>\n</header>\n");
        OddsResult.Item.Kind last = null;
        boolean sampled = result.method() == OddsResult.Method.SAMPLED;
        for (OddsResult.Item item : result.items()) {
            if (item.kind() != last) {
                if (last != null) {
                    out.append("</tbody>\n</table>\n</section>\n");
                }
                out.append("<section>\n<h2>").append(Xml.escape(heading(item.kind()))).append("</h2>\n")
                        .append("<table>\n<thead><tr><th>chance</th><th></th><th>conclusion</th><th>swung most by"
                                + "</th></tr></thead>\n<tbody>\n");
                last = item.kind();
            }
            String claim = item.kind() == OddsResult.Item.Kind.PHASE ? item.id() : item.claim();
            out.append("<tr").append(item.robust() ? " class=\"robust\"" : "").append("><td class=\"chance\">")
                    .append(Xml.escape(percent(item.probability())));
            if (sampled) {
                out.append("<span class=\"interval\">").append(Xml.escape(percent(item.low()) + " – "
                        + percent(item.high()))).append("</span>");
            }
            out.append("</td><td>").append(bar(item, sampled)).append("</td><td><code>").append(Xml.escape(claim))
                    .append("</code>").append(item.robust() ? " <span class=\"tag\">robust</span>" : "")
                    .append("</td><td>").append(item.swungBy().map(f -> "<code>" + Xml.escape(f.path()) + "</code> ("
                            + points(item.swing()) + " points)").orElse("")).append("</td></tr>\n");
        }
        if (last != null) {
            out.append("</tbody>\n</table>\n</section>\n");
        }
        out.append("<footer>\n<p>Made by Leverage from the argument of T. G. Carpenter, <cite>Incentivizing China on"
                + " N. Korea Requires Creative U.S. Diplomacy</cite> (March 2017).</p>\n</footer>\n");
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static final int BAR_WIDTH = 200;

    /** A bar as wide as the chance, on a track of the whole; a line across the 95 % interval when sampled. */
    private static String bar(OddsResult.Item item, boolean sampled) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"bar\" width=\"%d\" height=\"14\" viewBox=\"0 0 %d 14\""
                + " role=\"img\" aria-label=\"%s\">", BAR_WIDTH, BAR_WIDTH, Xml.escape(percent(item.probability()))));
        svg.append(String.format(Locale.ROOT, "<rect class=\"track\" x=\"0\" y=\"2\" width=\"%d\" height=\"10\"/>",
                BAR_WIDTH));
        svg.append(String.format(Locale.ROOT, "<rect class=\"fill\" x=\"0\" y=\"2\" width=\"%.1f\" height=\"10\"/>",
                item.probability() * BAR_WIDTH));
        if (sampled) {
            svg.append(String.format(Locale.ROOT, "<line class=\"interval\" x1=\"%.1f\" y1=\"7\" x2=\"%.1f\""
                    + " y2=\"7\"/>", item.low() * BAR_WIDTH, item.high() * BAR_WIDTH));
        }
        svg.append(String.format(Locale.ROOT, "<line class=\"robust-mark\" x1=\"%.1f\" y1=\"0\" x2=\"%.1f\""
                + " y2=\"14\"/>", OddsResult.ROBUST * BAR_WIDTH, OddsResult.ROBUST * BAR_WIDTH));
        return svg.append("</svg>").toString();
    }

    private static final String HTML_STYLE = """
            :root { color-scheme: light; }
            body { margin: 0; background: #ffffff; color: #1a1a1a;
              font: 15px/1.5 "DejaVu Sans", "Liberation Sans", Helvetica, Arial, sans-serif; }
            main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 40px; }
            header { border-bottom: 3px solid #1a1a1a; padding-bottom: 12px; }
            .kicker { margin: 0; font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: #555555; }
            h1 { margin: 4px 0; font-size: 26px; line-height: 1.2; }
            h2 { margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #cccccc; font-size: 19px; }
            code { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: .9em; }
            .method, .note { margin: 6px 0; color: #333333; }
            ul.fields { margin: 6px 0; padding-left: 1.4em; }
            table { width: 100%; border-collapse: collapse; font-size: 14px; table-layout: fixed; }
            th:nth-child(1) { width: 120px; } th:nth-child(2) { width: 220px; } th:nth-child(4) { width: 34%; }
            th, td { padding: 4px 8px; overflow-wrap: anywhere; border-bottom: 1px solid #e0e0e0; text-align: left; vertical-align: middle; }
            td.chance { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.chance .interval { display: block; font-size: 12px; color: #555555; }
            svg.bar { display: block; }
            svg.bar .track { fill: #eeeeee; }
            svg.bar .fill { fill: #37474f; }
            tr.robust svg.bar .fill { fill: #1b5e20; }
            svg.bar .interval { stroke: #c62828; stroke-width: 2; }
            svg.bar .robust-mark { stroke: #888888; stroke-width: 1; stroke-dasharray: 2 2; }
            .tag { display: inline-block; padding: 0 6px; border: 1px solid #1b5e20; border-radius: 3px;
              color: #1b5e20; font-size: 12px; }
            footer { margin-top: 36px; padding-top: 8px; border-top: 1px solid #cccccc; font-size: 13px; color: #555555; }
            @media print {
              body { font-size: 10.5pt; color: #000000; }
              main { max-width: none; padding: 0; }
              tr { break-inside: avoid; page-break-inside: avoid; }
              svg.bar .fill, tr.robust svg.bar .fill { fill: #000000; }
              svg.bar .track { fill: #ffffff; stroke: #000000; stroke-width: .5; }
            }
            """;

    /** How the chances were found, in one sentence. */
    private static String method(OddsResult result) {
        int fields = result.fields().size();
        if (fields == 0) {
            return "No field is uncertain: the one state is assessed as it is.";
        }
        if (result.method() == OddsResult.Method.EXACT) {
            return String.format(Locale.ROOT, "Exact: every one of the %,d combination%s of %d uncertain field%s"
                    + " weighed by its chance.", result.combinations(), result.combinations() == 1 ? "" : "s",
                    fields, fields == 1 ? "" : "s");
        }
        return String.format(Locale.ROOT, "Sampled: %,d of the %,d combinations of %d uncertain fields drawn by"
                + " their chances (seed %d); each chance with its 95 %% interval.", result.samples(),
                result.combinations(), fields, result.seed());
    }

    /** What share of the weight contradicts itself, in one sentence. */
    private static String contradictions(OddsResult result) {
        if (result.contradictory() == 0) {
            return "No combination contradicts itself.";
        }
        return String.format(Locale.ROOT, "%s of the %s contradicts itself and is left out; the chances are of the"
                + " rest.", percent(result.contradictory()),
                result.method() == OddsResult.Method.EXACT ? "weight" : "sample");
    }

    /** Text safe in Markdown outside code: the characters Markdown would read as formatting are escaped. */
    private static String markdownText(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }
}
