package org.leverage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Concern;
import org.leverage.api.Assessment.Recommendation;
import org.leverage.api.Assessment.Step;
import org.leverage.api.Assessment.Warning;
import org.leverage.api.Phase;

/**
 * The assessment as one self-contained HTML5 page, to open in a browser, mail or print: the briefing of
 * {@link MarkdownReport} (phase, recommendations, Beijing's concerns, warnings, what is in place), the argument
 * graph drawn as inline SVG (see {@link ArgumentGraph}), the rules and facts behind each item, and the
 * paragraphs of the essay the assessment cites, each with the paraphrases that rest on it.
 *
 * <p>The page fetches nothing: its style sheet is inline, it has no script, font, image or link to anything
 * outside itself, so it reads the same offline and leaks nothing when opened. A print style sheet turns it
 * black on white, keeps concerns' answered and open outlines apart by their dashes, and starts the graph and the
 * reasoning on pages of their own. Every piece of text is escaped. The same assessment always gives the same
 * string, with {@code "\n"} line endings and a trailing newline.
 */
public final class HtmlReport implements Report {

    private static final String STYLE = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #ffffff; color: #1a1a1a;
              font: 15px/1.5 "DejaVu Sans", "Liberation Sans", Helvetica, Arial, sans-serif; }
            main { max-width: 1260px; margin: 0 auto; padding: 24px 32px 40px; }
            header { border-bottom: 3px solid #1a1a1a; padding-bottom: 12px; }
            .kicker { margin: 0; font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: #555555; }
            h1 { margin: 4px 0; font-size: 28px; line-height: 1.2; }
            .as-of { margin: 0; color: #444444; }
            .phase { margin: 10px 0 0; font-size: 17px; }
            h2 { margin: 30px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #cccccc; font-size: 20px; }
            h3 { margin: 16px 0 6px; font-size: 16px; color: #333333; }
            code { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: .88em; }
            p.none { color: #555555; font-style: italic; }
            ol.recommendations { padding-left: 2em; }
            ol.recommendations > li { margin: 0 0 12px; }
            .item-head { margin: 0; }
            .item-head code { font-weight: 700; }
            .summary { margin: 2px 0 0; }
            .meta { margin: 2px 0 0; font-size: 13.5px; color: #444444; }
            .tag { display: inline-block; padding: 0 6px; border: 1px solid #8a8a8a; border-radius: 3px;
              font-size: 12px; letter-spacing: .03em; }
            table { width: 100%; border-collapse: collapse; font-size: 14px; }
            th, td { padding: 6px 8px; border: 1px solid #cccccc; text-align: left; vertical-align: top; }
            th { background: #f2f2f2; }
            .status { display: inline-block; padding: 0 6px; border-radius: 3px; font-weight: 700; white-space: nowrap; }
            .status.answered { color: #1b5e20; border: 2px solid #1b5e20; }
            .status.in-part { color: #b34700; border: 2px dotted #e65100; }
            .status.open { color: #c62828; border: 2px dashed #c62828; }
            .status.premise { color: #37474f; border: 2px solid #90a4ae; }
            .status.residual { color: #4a148c; border: 2px double #6a1b9a; }
            .kind-note { display: block; font-size: 12.5px; color: #555555; }
            ul.warnings li, ul.in-place li { margin: 0 0 6px; }
            .out-of-scope { margin: 16px 0 0; padding: 6px 14px; border-left: 4px solid #555555; background: #f5f5f5; }
            figure { margin: 0; overflow-x: auto; }
            figcaption { margin: 0 0 8px; color: #444444; font-size: 14px; }
            svg.argument-graph { display: block; max-width: 100%; height: auto; }
            .reasoning .item { margin: 0 0 14px; }
            .reasoning h3 { margin-bottom: 2px; }
            ol.because { margin: 0; padding-left: 1.6em; font-size: 14px; }
            ol.because ul { margin: 0; padding-left: 1.2em; list-style: square; color: #444444; }
            dl.paragraphs { margin: 0; }
            dl.paragraphs dt { margin: 10px 0 2px; font-weight: 700; }
            dl.paragraphs dd { margin: 0 0 0 1.6em; }
            dl.paragraphs ul { margin: 0; padding-left: 1.2em; }
            footer { margin-top: 36px; padding-top: 8px; border-top: 1px solid #cccccc; font-size: 13px; color: #555555; }
            @page { margin: 14mm; }
            @media print {
              body { font-size: 10.5pt; color: #000000; background: #ffffff; }
              main { max-width: none; padding: 0; }
              header { border-bottom-color: #000000; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              li, tr, .item, dl.paragraphs dd { break-inside: avoid; page-break-inside: avoid; }
              th { background: none; }
              .kicker, .as-of, .meta, figcaption, footer, .kind-note, p.none, ol.because ul { color: #000000; }
              .status, .status.answered, .status.in-part, .status.open, .status.premise, .status.residual {
                color: #000000; border-color: #000000; }
              .out-of-scope { background: none; border-left-color: #000000; }
              #graph, #reasoning { break-before: page; page-break-before: always; }
              figure { overflow: visible; }
              svg.argument-graph .background { fill: #ffffff; }
              svg.argument-graph .node rect, svg.argument-graph .legend-item rect { fill: #ffffff; stroke: #000000; }
              svg.argument-graph text { fill: #000000; }
              svg.argument-graph .edge path, svg.argument-graph .legend-item path { stroke: #000000; }
              svg.argument-graph .edge polygon, svg.argument-graph .legend-item polygon { fill: #000000; }
            }
            """;

    @Override
    public String render(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment must not be null");
        StringBuilder out = new StringBuilder();
        String scenario = Wording.scenario(assessment.scenario());
        openPage(out, "Leverage assessment" + (scenario.isEmpty() ? "" : ": " + scenario), STYLE);
        header(out, assessment);
        recommendations(out, assessment.recommendations());
        concerns(out, assessment.concerns());
        warnings(out, assessment.warnings());
        inPlace(out, assessment.inPlace());
        graph(out, assessment);
        reasoning(out, assessment);
        paragraphs(out, assessment);
        out.append("<footer>\n<p>Made by Leverage from the argument of T. G. Carpenter, <cite>Incentivizing China on"
                + " N. Korea Requires Creative U.S. Diplomacy</cite> (March 2017). Every summary is a paraphrase;"
                + " no sentence of the essay is quoted.</p>\n</footer>\n");
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * The start of a self-contained page, up to its {@code <main>}: the document type, the character set, the
     * viewport, the title (escaped) and the inline style sheet. Every HTML report opens this way.
     */
    static void openPage(StringBuilder out, String title, String style) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Leverage\">\n")
                .append("<title>").append(Xml.escape(title)).append("</title>\n")
                .append("<style>\n").append(style).append("</style>\n</head>\n<body>\n<main>\n");
    }

    private static void header(StringBuilder out, Assessment assessment) {
        String label = Text.oneLine(assessment.scenario().label());
        out.append("<header>\n<p class=\"kicker\">Leverage assessment</p>\n<h1>")
                .append(Xml.escape(label.isEmpty() ? "Assessment" : label)).append("</h1>\n");
        if (assessment.scenario().asOf() != null) {
            out.append("<p class=\"as-of\">As of <time datetime=\"").append(assessment.scenario().asOf())
                    .append("\">").append(assessment.scenario().asOf()).append("</time></p>\n");
        }
        String phase = Wording.phase(assessment.phase());
        int dash = phase.indexOf(" — ");
        out.append("<p class=\"phase\" data-phase=\"").append(assessment.phase().name()).append("\"><strong>Phase: ")
                .append(Xml.escape(phase.substring(0, dash))).append("</strong>")
                .append(Xml.escape(phase.substring(dash))).append("</p>\n</header>\n");
        if (assessment.phase() == Phase.NONE || assessment.outOfScopeReason().isPresent()) {
            String reason = Text.oneLine(assessment.outOfScope());
            out.append("<section id=\"out-of-scope\" class=\"out-of-scope\">\n<h2>Out of scope</h2>\n<p>");
            if (!reason.isEmpty()) {
                out.append("<strong>").append(Xml.escape(reason)).append("</strong>. ");
            }
            out.append(Xml.escape(Wording.NOTHING_TO_ADVISE)).append("</p>\n</section>\n");
        }
    }

    private static void recommendations(StringBuilder out, List<Recommendation> recommendations) {
        out.append("<section id=\"recommendations\">\n<h2>Recommendations</h2>\n");
        if (recommendations.isEmpty()) {
            out.append("<p class=\"none\">None.</p>\n</section>\n");
            return;
        }
        int number = 0;
        Phase group = null;
        for (Recommendation r : recommendations) {
            if (number == 0 || r.phase() != group) {
                if (number > 0) {
                    out.append("</ol>\n");
                }
                group = r.phase();
                out.append("<h3>").append(Xml.escape(Wording.phaseHeading(group))).append("</h3>\n")
                        .append("<ol class=\"recommendations\" start=\"").append(number + 1).append("\">\n");
            }
            number++;
            out.append("<li class=\"item recommendation\" data-id=\"").append(Xml.escape(r.id())).append("\">\n")
                    .append("<p class=\"item-head\"><code>").append(Xml.escape(r.id())).append("</code>");
            String modality = Wording.modality(r.modality());
            if (!modality.isEmpty()) {
                out.append(" <span class=\"tag modality\">").append(Xml.escape(modality)).append("</span>");
            }
            out.append("</p>\n");
            String summary = Text.oneLine(r.summary());
            if (!summary.isEmpty()) {
                out.append("<p class=\"summary\">").append(Xml.escape(summary)).append("</p>\n");
            }
            List<String> meta = new ArrayList<>();
            String to = Wording.addressee(r.addressee());
            if (!to.isEmpty()) {
                meta.add("To: " + Xml.escape(to));
            }
            if (!r.sources().isEmpty()) {
                meta.add("Source: " + Xml.escape(Wording.sources(r.sources())));
            }
            if (!r.answers().isEmpty()) {
                meta.add("Answers: " + codes(r.answers()));
            }
            if (!meta.isEmpty()) {
                out.append("<p class=\"meta\">").append(String.join(" · ", meta)).append("</p>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private static void concerns(StringBuilder out, List<Concern> concerns) {
        out.append("<section id=\"concerns\">\n<h2>Beijing&#39;s concerns</h2>\n");
        if (concerns.isEmpty()) {
            out.append("<p class=\"none\">None raised.</p>\n</section>\n");
            return;
        }
        out.append("<table>\n<thead>\n<tr><th scope=\"col\">Concern</th><th scope=\"col\">Level</th>"
                + "<th scope=\"col\">Status</th><th scope=\"col\">Answered by</th>"
                + "<th scope=\"col\">In brief</th></tr>\n</thead>\n<tbody>\n");
        for (Concern c : concerns) {
            ArgumentGraph.Status status = ArgumentGraph.Status.of(c);
            out.append("<tr class=\"concern ").append(status.cssName()).append("\" data-id=\"")
                    .append(Xml.escape(c.id())).append("\">")
                    .append("<th scope=\"row\"><code>").append(Xml.escape(c.id())).append("</code></th>")
                    .append("<td>").append(c.level() == null ? "—" : c.level().name()).append("</td>")
                    .append("<td><span class=\"status ").append(status.cssName()).append("\">")
                    .append(status.words()).append("</span></td><td>");
            if (!c.answeredBy().isEmpty()) {
                out.append(codes(c.answeredBy()));
            } else {
                out.append("—");
            }
            if (!Wording.kindNote(c).isEmpty()) {
                out.append("<span class=\"kind-note\">").append(Xml.escape(Wording.kindNote(c))).append("</span>");
            }
            out.append("</td><td>").append(Xml.escape(Text.oneLine(c.summary())));
            if (!c.sources().isEmpty()) {
                out.append(" (").append(Xml.escape(Wording.sources(c.sources()))).append(')');
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void warnings(StringBuilder out, List<Warning> warnings) {
        out.append("<section id=\"warnings\">\n<h2>Warnings</h2>\n");
        if (warnings.isEmpty()) {
            out.append("<p class=\"none\">None.</p>\n</section>\n");
            return;
        }
        out.append("<ul class=\"warnings\">\n");
        for (Warning w : warnings) {
            out.append("<li class=\"item warning\" data-id=\"").append(Xml.escape(w.id())).append("\"><code>")
                    .append(Xml.escape(w.id())).append("</code> — ").append(Xml.escape(Text.oneLine(w.summary())));
            if (!w.sources().isEmpty()) {
                out.append(" (").append(Xml.escape(Wording.sources(w.sources()))).append(')');
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static void inPlace(StringBuilder out, List<String> inPlace) {
        out.append("<section id=\"in-place\">\n<h2>Already in place</h2>\n");
        if (inPlace.isEmpty()) {
            out.append("<p class=\"none\">Nothing yet.</p>\n</section>\n");
            return;
        }
        out.append("<ul class=\"in-place\">\n");
        inPlace.forEach(id -> out.append("<li><code>").append(Xml.escape(id)).append("</code></li>\n"));
        out.append("</ul>\n</section>\n");
    }

    private static void graph(StringBuilder out, Assessment assessment) {
        out.append("<section id=\"graph\">\n<h2>Argument graph</h2>\n<figure>\n<figcaption>The input facts of the"
                + " state (left), Beijing&#39;s concerns they raise (middle), and the recommendations and warnings"
                + " that follow (right). An arrow runs from each fact and concern to every item whose chain of rules"
                + " mentions it.</figcaption>\n");
        out.append(SvgGraph.render(ArgumentGraph.of(assessment)));
        out.append("</figure>\n</section>\n");
    }

    private static void reasoning(StringBuilder out, Assessment assessment) {
        out.append("<section id=\"reasoning\" class=\"reasoning\">\n<h2>The rules and facts behind each item</h2>\n");
        if (assessment.recommendations().isEmpty() && assessment.concerns().isEmpty()
                && assessment.warnings().isEmpty()) {
            out.append("<p class=\"none\">Nothing to explain.</p>\n</section>\n");
            return;
        }
        for (Recommendation r : assessment.recommendations()) {
            because(out, "recommendation", r.id(), r.because());
        }
        for (Concern c : assessment.concerns()) {
            because(out, "concern", c.id(), c.because());
        }
        for (Warning w : assessment.warnings()) {
            because(out, "warning", w.id(), w.because());
        }
        out.append("</section>\n");
    }

    private static void because(StringBuilder out, String kind, String id, List<Step> steps) {
        out.append("<div class=\"item ").append(kind).append("\" data-id=\"").append(Xml.escape(id)).append("\">\n")
                .append("<h3><code>").append(Xml.escape(id)).append("</code> <span class=\"tag\">").append(kind)
                .append("</span></h3>\n");
        if (steps.isEmpty()) {
            out.append("<p class=\"none\">No rule recorded.</p>\n</div>\n");
            return;
        }
        out.append("<ol class=\"because\">\n");
        for (Step step : steps) {
            out.append("<li><span class=\"rule\">").append(Xml.escape(Text.oneLine(step.rule()))).append("</span>");
            if (!step.facts().isEmpty()) {
                out.append("\n<ul>\n");
                step.facts().forEach(f -> out.append("<li><code>").append(Xml.escape(f.text())).append("</code></li>\n"));
                out.append("</ul>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</div>\n");
    }

    /** Every paragraph the assessment cites, in the essay's order, with the paraphrases that rest on it. */
    private static void paragraphs(StringBuilder out, Assessment assessment) {
        Map<String, List<String>> cited = new TreeMap<>(
                Comparator.comparingInt(Wording::paragraphNumber).thenComparing(Comparator.naturalOrder()));
        for (Recommendation r : assessment.recommendations()) {
            cite(cited, r.sources(), r.id(), r.summary());
        }
        for (Concern c : assessment.concerns()) {
            cite(cited, c.sources(), c.id(), c.summary());
        }
        for (Warning w : assessment.warnings()) {
            cite(cited, w.sources(), w.id(), w.summary());
        }
        out.append("<section id=\"paragraphs\">\n<h2>The paragraphs cited</h2>\n");
        if (cited.isEmpty()) {
            out.append("<p class=\"none\">None.</p>\n</section>\n");
            return;
        }
        out.append("<p>Paraphrases of the essay, by the paragraph they rest on.</p>\n<dl class=\"paragraphs\">\n");
        cited.forEach((paragraph, lines) -> {
            out.append("<dt>").append(Xml.escape(paragraph)).append("</dt>\n<dd><ul>\n");
            lines.forEach(line -> out.append("<li>").append(line).append("</li>\n"));
            out.append("</ul></dd>\n");
        });
        out.append("</dl>\n</section>\n");
    }

    private static void cite(Map<String, List<String>> cited, List<String> sources, String id, String summary) {
        String line = Xml.escape(Text.oneLine(summary)) + " — <code>" + Xml.escape(id) + "</code>";
        for (String source : sources) {
            cited.computeIfAbsent(Text.oneLine(source), s -> new ArrayList<>()).add(line);
        }
    }

    private static String codes(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> "<code>" + Xml.escape(id) + "</code>").toList());
    }
}
