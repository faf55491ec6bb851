package org.leverage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leverage.report.ArgumentGraph.Column;
import org.leverage.report.ArgumentGraph.Edge;
import org.leverage.report.ArgumentGraph.Kind;
import org.leverage.report.ArgumentGraph.Node;
import org.leverage.report.ArgumentGraph.Status;

/**
 * Draws an {@link ArgumentGraph} as an inline SVG element for {@link HtmlReport}: three columns of boxes, input
 * facts, Beijing's concerns, recommendations and warnings, with curved arrows between them and a legend below.
 *
 * <p>The layout is computed, not left to a browser, so that it is the same on every run: a box's height follows
 * from the lines its text wraps to (in a monospaced font, so that widths are known), columns are stacked top
 * to bottom in the graph's order and centred on the tallest, and the drawing's height is the tallest column's
 * plus the legend, so no two boxes overlap. An edge leaves the right side of its source and enters the left
 * side of its target; an edge between two concerns is an arc on the concern column's left. Where several
 * edges meet a side, their ends are spread along it in the order of the boxes at their other ends.
 *
 * <p>Every box is a {@code <g class="node KIND">} (a concern adds {@code answered}, {@code open in-part},
 * {@code open}, {@code premise} or {@code residual}) with {@code data-kind}, {@code data-id} and {@code data-key}; every arrow a
 * {@code <g class="edge">} with {@code data-from} and {@code data-to} holding the keys of its ends. Colours are
 * presentation attributes, so that CSS (a print style sheet) can override them.
 */
final class SvgGraph {

    static final int FONT_SIZE = 11;
    /** An upper bound on a monospaced glyph's advance at {@link #FONT_SIZE} (DejaVu Sans Mono: 6.6). */
    static final double CHAR_WIDTH = 7.0;
    static final int LINE_HEIGHT = 14;
    static final int PAD_X = 8;
    static final int PAD_Y = 6;
    static final int GAP = 10;
    static final int MARGIN = 16;
    static final int HEADER = 30;
    static final int ARROW = 7;
    static final int LEGEND_ROW = 24;
    static final String FONT = "DejaVu Sans Mono, Liberation Mono, Menlo, Consolas, monospace";


    private static final String DESCRIPTION = "Input facts on the left lead to Beijing's concerns in the middle"
            + " and to the recommendations and warnings on the right. An arrow means that its source appears in the"
            + " chain of rules behind the item it points to; a faint arrow, that it does so through a concern in"
            + " between. Answered concerns have a solid green outline, concerns"
            + " answered in part a dotted orange one, open concerns a dashed red one; the premise, Washington's own"
            + " requirement, has a thin solid grey one, and the residual risks, which Beijing is paid to accept, a"
            + " dotted purple one.";

    private static final String FACT_EDGE = "#8a8a8a";
    private static final String CONCERN_EDGE = "#6a1b9a";

    private SvgGraph() {
    }

    /** A box as laid out: where it is and the lines it shows, the first {@code boldLines} of them bold. */
    private record Box(Node node, int x, int y, int width, int height, List<String> lines, int boldLines) {
        double centreY() {
            return y + height / 2.0;
        }
    }

    /** One end of an edge on one side of a box, to be given its place along that side. */
    private record End(int edge, boolean source, double otherY) {
    }

    private enum Side { LEFT, RIGHT }

    /** The graph as an {@code <svg>} element, without an XML declaration or namespace (it is inline HTML). */
    static String render(ArgumentGraph graph) {
        Map<Column, Integer> columnX = new EnumMap<>(Column.class);
        int x = MARGIN;
        for (Column column : Column.values()) {
            columnX.put(column, x);
            x += width(column) + gutter(column);
        }
        int width = x + MARGIN;
        int top = MARGIN + HEADER;

        // Boxes, column by column, centred on the tallest column.
        Map<Column, List<Box>> columns = new EnumMap<>(Column.class);
        int tallest = 0;
        for (Column column : Column.values()) {
            List<Box> boxes = new ArrayList<>();
            int y = 0;
            for (Node node : graph.column(column)) {
                int w = width(column);
                int chars = (int) Math.floor((w - 2 * PAD_X) / CHAR_WIDTH);
                List<String> lines = new ArrayList<>(Text.breakToFit(node.id(), chars));
                int bold = node.kind() == Kind.FACT ? 0 : lines.size();
                node.details().forEach(d -> lines.addAll(Text.breakToFit(d, chars)));
                int h = 2 * PAD_Y + lines.size() * LINE_HEIGHT;
                boxes.add(new Box(node, columnX.get(column), y, w, h, lines, bold));
                y += h + GAP;
            }
            columns.put(column, boxes);
            tallest = Math.max(tallest, boxes.isEmpty() ? 0 : y - GAP);
        }
        boolean empty = graph.isEmpty();
        if (empty) {
            tallest = 2 * LINE_HEIGHT;
        }
        Map<String, Box> byKey = new LinkedHashMap<>();
        for (Column column : Column.values()) {
            List<Box> placed = new ArrayList<>();
            List<Box> boxes = columns.get(column);
            int height = boxes.isEmpty() ? 0 : boxes.get(boxes.size() - 1).y() + boxes.get(boxes.size() - 1).height();
            int offset = top + (tallest - height) / 2;
            for (Box b : boxes) {
                Box moved = new Box(b.node(), b.x(), b.y() + offset, b.width(), b.height(), b.lines(), b.boldLines());
                placed.add(moved);
                byKey.put(b.node().key(), moved);
            }
            columns.put(column, placed);
        }
        int legendTop = top + tallest + 28;
        int height = legendTop + 4 * LEGEND_ROW + MARGIN;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"argument-graph\" role=\"img\" aria-labelledby=\"graph-title graph-desc\"")
                .append(" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append('"')
                .append(" font-family=\"").append(FONT).append("\" font-size=\"").append(FONT_SIZE).append("\">\n");
        svg.append("<title id=\"graph-title\">").append(Xml.escape(title(graph))).append("</title>\n");
        svg.append("<desc id=\"graph-desc\">").append(Xml.escape(DESCRIPTION)).append("</desc>\n");
        svg.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" fill=\"#ffffff\"/>\n");
        for (Column column : Column.values()) {
            svg.append("<text class=\"column-title\" x=\"").append(columnX.get(column)).append("\" y=\"")
                    .append(MARGIN + 14).append("\" font-size=\"13\" font-weight=\"700\" fill=\"#1a1a1a\">")
                    .append(Xml.escape(column.title())).append("</text>\n");
        }
        if (empty) {
            svg.append("<text class=\"empty\" x=\"").append(MARGIN).append("\" y=\"").append(top + LINE_HEIGHT)
                    .append("\" fill=\"#555555\">Nothing to draw: no concern, recommendation or warning is raised.")
                    .append("</text>\n");
        }
        edges(svg, graph.edges(), byKey, columnX.get(Column.CONCERNS));
        svg.append("<g class=\"nodes\">\n");
        for (Column column : Column.values()) {
            for (Box box : columns.get(column)) {
                node(svg, box);
            }
        }
        svg.append("</g>\n");
        legend(svg, legendTop);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The width of a column's boxes. */
    static int width(Column column) {
        return switch (column) {
            case FACTS, CONCLUSIONS -> 300;
            case CONCERNS -> 250;
        };
    }

    /** The space after a column: wide after the facts, where the arcs between concerns bulge. */
    private static int gutter(Column column) {
        return switch (column) {
            case FACTS -> 170;
            case CONCERNS -> 130;
            case CONCLUSIONS -> 0;
        };
    }

    private static String title(ArgumentGraph graph) {
        long facts = graph.column(Column.FACTS).size();
        long concerns = graph.column(Column.CONCERNS).size();
        long recommendations = graph.nodes().stream().filter(n -> n.kind() == Kind.RECOMMENDATION).count();
        long warnings = graph.nodes().stream().filter(n -> n.kind() == Kind.WARNING).count();
        return "Argument graph: " + count(facts, "input fact") + ", " + count(concerns, "concern") + ", "
                + count(recommendations, "recommendation") + ", " + count(warnings, "warning") + ", "
                + count(graph.edges().size(), "link");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void edges(StringBuilder svg, List<Edge> edges, Map<String, Box> byKey, int concernsX) {
        // Where each end meets its box: spread along the side in the order of the boxes at the other ends.
        Map<String, List<End>> sides = new LinkedHashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            Box from = byKey.get(edges.get(i).from().key());
            Box to = byKey.get(edges.get(i).to().key());
            boolean arc = isArc(edges.get(i));
            sides.computeIfAbsent(sideKey(from, arc ? Side.LEFT : Side.RIGHT), k -> new ArrayList<>())
                    .add(new End(i, true, to.centreY()));
            sides.computeIfAbsent(sideKey(to, Side.LEFT), k -> new ArrayList<>())
                    .add(new End(i, false, from.centreY()));
        }
        double[] fromY = new double[edges.size()];
        double[] toY = new double[edges.size()];
        sides.forEach((key, ends) -> {
            ends.sort(Comparator.comparingDouble(End::otherY).thenComparingInt(End::edge)
                    .thenComparing(End::source));
            String boxKey = key.substring(key.indexOf(' ') + 1);
            Box box = byKey.get(boxKey);
            for (int i = 0; i < ends.size(); i++) {
                double y = box.y() + box.height() * (i + 1) / (double) (ends.size() + 1);
                if (ends.get(i).source()) {
                    fromY[ends.get(i).edge()] = y;
                } else {
                    toY[ends.get(i).edge()] = y;
                }
            }
        });

        svg.append("<g class=\"edges\" fill=\"none\">\n");
        // Faint links first, so that the direct ones are drawn over them.
        List<Integer> drawingOrder = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < edges.size(); i++) {
                if (edges.get(i).direct() == (pass == 1)) {
                    drawingOrder.add(i);
                }
            }
        }
        for (int i : drawingOrder) {
            Edge edge = edges.get(i);
            Box from = byKey.get(edge.from().key());
            Box to = byKey.get(edge.to().key());
            boolean fromConcern = edge.from().kind() == Kind.CONCERN;
            String colour = fromConcern ? CONCERN_EDGE : FACT_EDGE;
            double y1 = fromY[i];
            double y2 = toY[i];
            double tip = to.x();
            String d;
            if (isArc(edge)) {
                double bulge = Math.min(24 + 0.35 * Math.abs(y2 - y1), 140);
                double x1 = concernsX;
                d = "M" + num(x1) + " " + num(y1) + " C" + num(x1 - bulge) + " " + num(y1) + " "
                        + num(tip - ARROW - bulge) + " " + num(y2) + " " + num(tip - ARROW) + " " + num(y2);
            } else {
                double x1 = from.x() + from.width();
                double reach = Math.max(40, (tip - ARROW - x1) / 2);
                d = "M" + num(x1) + " " + num(y1) + " C" + num(x1 + reach) + " " + num(y1) + " "
                        + num(tip - ARROW - reach) + " " + num(y2) + " " + num(tip - ARROW) + " " + num(y2);
            }
            String width = !edge.direct() ? "0.8" : fromConcern ? "1.5" : "1.1";
            String opacity = edge.direct() ? "0.85" : "0.25";
            svg.append("<g class=\"edge ").append(edge.direct() ? "direct" : "indirect").append(" from-")
                    .append(edge.from().kind().label()).append(" to-").append(edge.to().kind().label())
                    .append("\" data-from=\"").append(Xml.escape(edge.from().key()))
                    .append("\" data-to=\"").append(Xml.escape(edge.to().key())).append("\" opacity=\"")
                    .append(opacity).append("\">")
                    .append("<path d=\"").append(d).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"").append(width).append("\"/>")
                    .append("<polygon points=\"").append(num(tip)).append(',').append(num(y2)).append(' ')
                    .append(num(tip - ARROW)).append(',').append(num(y2 - 3.5)).append(' ')
                    .append(num(tip - ARROW)).append(',').append(num(y2 + 3.5)).append("\" fill=\"").append(colour)
                    .append("\"/></g>\n");
        }
        svg.append("</g>\n");
    }

    private static boolean isArc(Edge edge) {
        return edge.from().column() == Column.CONCERNS && edge.to().column() == Column.CONCERNS;
    }

    private static String sideKey(Box box, Side side) {
        return side + " " + box.node().key();
    }

    private static void node(StringBuilder svg, Box box) {
        Node node = box.node();
        String kind = node.kind().label();
        String classes = "node " + kind + (node.status() == null ? "" : switch (node.status()) {
            case ANSWERED -> " answered";
            case IN_PART -> " open in-part";
            case OPEN -> " open";
            case PREMISE -> " premise";
            case RESIDUAL -> " residual";
        });
        svg.append("<g class=\"").append(classes).append("\" data-kind=\"").append(kind)
                .append("\" data-id=\"").append(Xml.escape(node.id())).append("\" data-key=\"")
                .append(Xml.escape(node.key())).append("\">");
        String tooltip = node.summary().isEmpty() ? node.id() : node.id() + ": " + node.summary();
        svg.append("<title>").append(Xml.escape(tooltip)).append("</title>\n");
        svg.append("  <rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"")
                .append(box.width()).append("\" height=\"").append(box.height()).append('"')
                .append(node.kind() == Kind.WARNING ? "" : " rx=\"6\"").append(' ').append(style(node))
                .append("/>\n");
        for (int i = 0; i < box.lines().size(); i++) {
            boolean bold = i < box.boldLines();
            svg.append("  <text x=\"").append(box.x() + PAD_X).append("\" y=\"")
                    .append(box.y() + PAD_Y + (i + 1) * LINE_HEIGHT - 3).append('"')
                    .append(bold ? " class=\"id\" font-weight=\"700\" fill=\"#111111\"" : " fill=\"#333333\"")
                    .append('>').append(Xml.escape(box.lines().get(i))).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    /** The box's fill and outline: the status of a concern shows in its outline's colour, width and dashes. */
    private static String style(Node node) {
        return style(node.kind(), node.status());
    }

    private static String style(Kind kind, Status status) {
        return switch (kind) {
            case FACT -> paint("#f7f7f7", "#8a8a8a", "1", null);
            case RECOMMENDATION -> paint("#e3f2fd", "#0d47a1", "1.5", null);
            case WARNING -> paint("#fff8e1", "#8d6e00", "1.5", null);
            case CONCERN -> switch (status) {
                case ANSWERED -> paint("#e8f5e9", "#1b5e20", "2.5", null);
                case IN_PART -> paint("#fff3e0", "#e65100", "2.5", "2 3");
                case OPEN -> paint("#ffebee", "#c62828", "2.5", "7 4");
                case PREMISE -> paint("#eceff1", "#546e7a", "1.5", null);
                case RESIDUAL -> paint("#f3e5f5", "#6a1b9a", "2.5", "1 3");
            };
        };
    }

    private static String paint(String fill, String stroke, String width, String dashes) {
        return "fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\"" + width + "\""
                + (dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"");
    }

    private static void legend(StringBuilder svg, int top) {
        svg.append("<g class=\"legend\">\n");
        svg.append("<text x=\"").append(MARGIN).append("\" y=\"").append(top + 11)
                .append("\" font-weight=\"700\" fill=\"#1a1a1a\">Legend</text>\n");
        record Sample(String label, String cssClass, Kind kind, Status status) {
        }
        // Two rows of boxes, so that the legend stays within the drawing's width.
        List<List<Sample>> rows = List.of(
                List.of(new Sample("input fact", "fact", Kind.FACT, null),
                        new Sample("recommendation", "recommendation", Kind.RECOMMENDATION, null),
                        new Sample("warning", "warning", Kind.WARNING, null),
                        new Sample("premise", "concern premise", Kind.CONCERN, Status.PREMISE),
                        new Sample("residual risk (paid to accept)", "concern residual", Kind.CONCERN,
                                Status.RESIDUAL)),
                List.of(new Sample("concern: answered", "concern answered", Kind.CONCERN, Status.ANSWERED),
                        new Sample("concern: answered in part", "concern open in-part", Kind.CONCERN,
                                Status.IN_PART),
                        new Sample("concern: open", "concern open", Kind.CONCERN, Status.OPEN)));
        for (int row = 0; row < rows.size(); row++) {
            int rowTop = top + row * LEGEND_ROW;
            double x = MARGIN + 70;
            for (Sample s : rows.get(row)) {
                svg.append("<g class=\"legend-item ").append(s.cssClass()).append("\"><rect x=\"").append(num(x))
                        .append("\" y=\"").append(rowTop).append("\" width=\"28\" height=\"14\"")
                        .append(s.kind() == Kind.WARNING ? "" : " rx=\"4\"").append(' ')
                        .append(style(s.kind(), s.status())).append("/><text x=\"").append(num(x + 34))
                        .append("\" y=\"").append(rowTop + 11).append("\" fill=\"#333333\">")
                        .append(Xml.escape(s.label())).append("</text></g>\n");
                x += 34 + s.label().length() * CHAR_WIDTH + 22;
            }
        }
        int y = top + 2 * LEGEND_ROW + 7;
        double lx = MARGIN + 70;
        String[][] links = {
                {FACT_EDGE, "0.85", "from an input fact"},
                {CONCERN_EDGE, "0.85", "from a concern (on the left: a concern raising another)"},
                {FACT_EDGE, "0.25", "faint: also reached through a concern"}};
        for (String[] link : links) {
            String paint = "\" opacity=\"" + link[1] + "\"";
            svg.append("<g class=\"legend-item link\"><path d=\"M").append(num(lx)).append(' ').append(y)
                    .append(" H").append(num(lx + 21)).append("\" stroke=\"").append(link[0]).append(paint)
                    .append(" stroke-width=\"1.4\" fill=\"none\"/><polygon points=\"").append(num(lx + 28))
                    .append(',').append(y).append(' ').append(num(lx + 21)).append(',').append(num(y - 3.5))
                    .append(' ').append(num(lx + 21)).append(',').append(num(y + 3.5)).append("\" fill=\"")
                    .append(link[0]).append(paint).append("/><text x=\"").append(num(lx + 34)).append("\" y=\"")
                    .append(y + 4).append("\" fill=\"#333333\">").append(Xml.escape(link[2]))
                    .append("</text></g>\n");
            lx += 34 + link[2].length() * CHAR_WIDTH + 22;
        }
        svg.append("<text x=\"").append(MARGIN + 70).append("\" y=\"").append(top + 3 * LEGEND_ROW + 11)
                .append("\" fill=\"#333333\">An arrow: its source appears in the chain of rules behind the item it")
                .append(" points to.</text>\n");
        svg.append("</g>\n");
    }

    /** A coordinate with at most one decimal, written the same way on every platform. */
    static String num(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }
}
