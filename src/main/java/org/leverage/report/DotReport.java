package org.leverage.report;

import java.util.List;
import java.util.Objects;
import org.leverage.api.Assessment;
import org.leverage.report.ArgumentGraph.Column;
import org.leverage.report.ArgumentGraph.Edge;
import org.leverage.report.ArgumentGraph.Kind;
import org.leverage.report.ArgumentGraph.Node;

/**
 * The argument graph of an assessment for Graphviz ({@code dot -Tsvg}): the input facts, Beijing's concerns
 * and the recommendations and warnings, one subgraph each from left to right (the facts on the first rank, the
 * conclusions on the last, the concerns on the ranks between that their links call for), and an edge into every
 * item from each input fact and concern that its {@code because} chain mentions (see {@link ArgumentGraph}).
 *
 * <p>Node ids are the graph's keys ({@code "concern:REFUGEE_FLOW"}, {@code "fact:northKorea.stability = STABLE"}),
 * always quoted and escaped. A concern's label gives its id, level and status; an answered concern is drawn
 * solid dark green, one answered in part dotted dark orange, an open one dashed red, the premise solid slate
 * grey and a residual risk dotted purple, as the graph's label says. Each node carries a
 * {@code class} (kept in Graphviz's SVG output) and, for items, the summary as its {@code tooltip}. Edges from a
 * concern are purple, from a fact grey; an edge that also runs through a concern in between is drawn faint
 * ({@code class="indirect"}).
 *
 * <pre>
 * digraph leverage {
 *   rankdir=LR;
 *   ...
 *   subgraph concerns {
 *     label="Beijing's concerns";
 *     "concern:REFUGEE_FLOW" [label="REFUGEE_FLOW\nLOW · open", class="concern open", style=dashed, color=red, ...];
 *   }
 *   ...
 *   "concern:REFUGEE_FLOW" -&gt; "recommendation:COMMIT_REFUGEE_AID" [color="#6a1b9a"];
 *   "concern:REGIME_COLLAPSE" -&gt; "recommendation:COMMIT_REFUGEE_AID" [color="#6a1b9a40", class="indirect"];
 * }
 * </pre>
 */
public final class DotReport implements Report {

    private static final String INDENT = "  ";

    @Override
    public String render(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment must not be null");
        ArgumentGraph graph = ArgumentGraph.of(assessment);
        StringBuilder out = new StringBuilder();
        out.append("digraph leverage {\n");
        out.append(INDENT).append("rankdir=LR;\n");
        out.append(INDENT).append("graph [label=").append(quote(title(assessment)))
                .append(", labelloc=t, labeljust=l, fontname=\"Helvetica\", fontsize=12, nodesep=0.2,"
                        + " ranksep=1.1];\n");
        out.append(INDENT).append("node [shape=box, fontname=\"Helvetica\", fontsize=10, margin=\"0.12,0.06\"];\n");
        out.append(INDENT).append("edge [arrowsize=0.6];\n");
        for (Column column : Column.values()) {
            List<Node> nodes = graph.column(column);
            if (nodes.isEmpty()) {
                continue;
            }
            out.append('\n');
            out.append(INDENT).append("subgraph ").append(subgraphName(column)).append(" {\n");
            out.append(INDENT).append(INDENT).append("label=").append(quote(column.title())).append(";\n");
            // Facts stand left and conclusions right; concerns spread over as many ranks between as their links need.
            switch (column) {
                case FACTS -> out.append(INDENT).append(INDENT).append("rank=min;\n");
                case CONCLUSIONS -> out.append(INDENT).append(INDENT).append("rank=max;\n");
                case CONCERNS -> { }
            }
            for (Node node : nodes) {
                out.append(INDENT).append(INDENT).append(quote(node.key())).append(" [")
                        .append(String.join(", ", attributes(node))).append("];\n");
            }
            out.append(INDENT).append("}\n");
        }
        if (!graph.edges().isEmpty()) {
            out.append('\n');
        }
        for (Edge edge : graph.edges()) {
            out.append(INDENT).append(quote(edge.from().key())).append(" -> ").append(quote(edge.to().key()));
            String colour = edge.from().kind() == Kind.CONCERN ? "#6a1b9a" : "#8a8a8a";
            if (edge.direct()) {
                out.append(" [color=\"").append(colour).append("\"]");
            } else {
                out.append(" [color=\"").append(colour).append("40\", class=\"indirect\"]");
            }
            out.append(";\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static String title(Assessment assessment) {
        String scenario = Wording.scenario(assessment.scenario());
        String phase = "Phase: " + Wording.phase(assessment.phase());
        return (scenario.isEmpty() ? "Leverage" : "Leverage: " + scenario) + "\n" + phase + "\n"
                + "Left, the input facts; in the middle, Beijing's concerns; right, the recommendations and warnings.\n"
                + "Concerns: solid dark green = answered, dotted orange = answered in part, dashed red = open,"
                + " solid slate grey = premise, dotted purple = residual risk (Beijing is paid to accept it)."
                + " An arrow means: appears in the chain of rules behind the item it points to; a faint one, through"
                + " a concern in between.";
    }

    private static String subgraphName(Column column) {
        return switch (column) {
            case FACTS -> "facts";
            case CONCERNS -> "concerns";
            case CONCLUSIONS -> "conclusions";
        };
    }

    private static List<String> attributes(Node node) {
        String label = node.details().isEmpty() ? node.id() : node.id() + "\n" + String.join("\n", node.details());
        String common = "label=" + quote(label);
        return switch (node.kind()) {
            case FACT -> List.of(common, "class=\"fact\"", "style=\"rounded\"", "color=\"#757575\"");
            case CONCERN -> {
                String style = switch (node.status()) {
                    case ANSWERED -> "style=solid, color=darkgreen";
                    case IN_PART -> "style=dotted, color=darkorange";
                    case OPEN -> "style=dashed, color=red";
                    case PREMISE -> "style=solid, color=slategray";
                    case RESIDUAL -> "style=dotted, color=purple";
                };
                yield List.of(common, "class=" + quote("concern " + node.status().cssName()), style, "penwidth=2",
                        "tooltip=" + quote(node.summary()));
            }
            case RECOMMENDATION -> List.of(common, "class=\"recommendation\"", "style=\"rounded,bold\"",
                    "color=\"#0d47a1\"", "tooltip=" + quote(node.summary()));
            case WARNING -> List.of(common, "class=\"warning\"", "shape=octagon", "color=\"#8d6e00\"",
                    "tooltip=" + quote(node.summary()));
        };
    }

    /**
     * {@code text} as a DOT quoted string: {@code "} and {@code \} escaped, a line break written {@code \n}
     * (a centred line in a label), other whitespace runs as one space, and a space after a final backslash so
     * that it cannot escape the closing quote.
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("\\n");
            }
            String line = Text.oneLine(lines[i]);
            out.append(line.replace("\\", "\\\\").replace("\"", "\\\""));
            if (line.endsWith("\\")) {
                out.append(' ');
            }
        }
        return out.append('"').toString();
    }
}
