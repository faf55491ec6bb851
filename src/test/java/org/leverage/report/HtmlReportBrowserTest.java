package org.leverage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leverage.TestPaths;
import org.leverage.api.Assessment;
import org.leverage.report.ArgumentGraph.Kind;
import org.leverage.report.ArgumentGraph.Status;

/**
 * Opens a rendered HTML report in headless Chromium and checks what a reader would get: the argument graph drawn
 * with a box per node, no console error, and no request for anything but the file itself. Saves a screenshot of
 * the whole page to {@code target/html-report.png} (and of the graph alone to {@code target/html-report-graph.png},
 * the page printed to {@code target/html-report.pdf}) for a person to look at.
 *
 * <p>Needs Chromium: {@code chromium} on the {@code PATH} (Debian's package), or the one {@code $LEVERAGE_CHROMIUM}
 * names. The build runs {@code bin/ensure-chromium} before the tests, which installs Debian's package when it is
 * missing and this user may, and else fails the build with the command to run; should the browser still be
 * missing here (a run that skipped that step), this test fails, saying so, rather than passing unseen. Tagged
 * {@code browser} so that it can be picked out.
 */
@Tag("browser")
class HtmlReportBrowserTest {

    private static HeadlessChromium browser;
    private static Path pages;

    @BeforeAll
    static void startChromium() throws Exception {
        Path binary = HeadlessChromium.binary().orElseGet(() -> fail("No Chromium: none is on the PATH and "
                + HeadlessChromium.BINARY_VARIABLE + " names none, and this test needs one to open the HTML report."
                + " Run bin/ensure-chromium, which installs Debian's chromium or says how to."));
        pages = Files.createTempDirectory("leverage-html-report-");
        browser = HeadlessChromium.start(binary);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (pages != null) {
            try (Stream<Path> paths = Files.walk(pages)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void drawsTheArgumentGraph_withoutAConsoleError_fetchingNothingButTheFileItself() throws Exception {
        Assessment assessment = RealAssessments.pledged();
        ArgumentGraph graph = ArgumentGraph.of(assessment);
        Path file = pages.resolve("report.html");
        Files.writeString(file, new HtmlReport().render(assessment), StandardCharsets.UTF_8);
        HeadlessChromium.Page page = browser.newPage();
        ObjectNode viewport = HeadlessChromium.params();
        viewport.put("width", 1280).put("height", 900).put("deviceScaleFactor", 1).put("mobile", false);
        page.call("Emulation.setDeviceMetricsOverride", viewport);

        page.navigate(file.toUri());

        JsonNode drawn = page.evaluate("""
                (() => {
                  const svg = document.querySelector('svg.argument-graph');
                  const box = svg.getBoundingClientRect();
                  const count = selector => svg.querySelectorAll(selector).length;
                  const rect = svg.querySelector('.node rect').getBoundingClientRect();
                  return {width: box.width, height: box.height, nodes: count('g.node'), facts: count('g.node.fact'),
                          concerns: count('g.node.concern'), answered: count('g.node.concern.answered'),
                          open: count('g.node.concern.open'), premise: count('g.node.concern.premise'),
                          residual: count('g.node.concern.residual'), conclusions: count('g.node.recommendation')
                              + count('g.node.warning'), edges: count('g.edge'), nodeWidth: rect.width,
                          title: svg.querySelector('title').textContent,
                          resources: performance.getEntriesByType('resource').length};
                })()""");
        assertThat(drawn.get("width").asDouble()).as("the graph's width on screen").isPositive();
        assertThat(drawn.get("height").asDouble()).as("the graph's height on screen").isPositive();
        assertThat(drawn.get("nodeWidth").asDouble()).as("a node's width on screen").isPositive();
        assertThat(drawn.get("nodes").asInt()).isEqualTo(graph.nodes().size());
        assertThat(drawn.get("facts").asInt()).isEqualTo(count(graph, Kind.FACT)).isPositive();
        assertThat(drawn.get("concerns").asInt()).isEqualTo(assessment.concerns().size()).isPositive();
        assertThat(drawn.get("answered").asInt()).isEqualTo(count(assessment, Status.ANSWERED)).isPositive();
        assertThat(drawn.get("open").asInt()).as("open, or answered in part")
                .isEqualTo(count(assessment, Status.OPEN) + count(assessment, Status.IN_PART))
                .isGreaterThan((int) count(assessment, Status.IN_PART)).isPositive();
        assertThat(drawn.get("premise").asInt()).isEqualTo(count(assessment, Status.PREMISE)).isEqualTo(1);
        assertThat(drawn.get("residual").asInt()).isEqualTo(count(assessment, Status.RESIDUAL)).isEqualTo(3);
        assertThat(drawn.get("conclusions").asInt())
                .isEqualTo(assessment.recommendations().size() + assessment.warnings().size());
        assertThat(drawn.get("edges").asInt()).isEqualTo(graph.edges().size()).isPositive();
        assertThat(drawn.get("title").asText()).startsWith("Argument graph: ");
        assertThat(drawn.get("resources").asInt()).as("resources the page loaded").isZero();

        assertThat(consoleErrors(page)).as("console errors").isEmpty();
        assertThat(requestedUrls(page)).as("requests the page made").containsExactly(file.toUri().toString());

        Path target = TestPaths.project().resolve("target");
        Files.createDirectories(target);
        JsonNode size = page.call("Page.getLayoutMetrics", HeadlessChromium.params()).get("cssContentSize");
        screenshot(page, target.resolve("html-report.png"), 0, 0, size.get("width").asDouble(),
                size.get("height").asDouble());
        JsonNode svg = page.evaluate("(() => { const r = document.querySelector('svg.argument-graph')"
                + ".getBoundingClientRect(); return {x: r.left + scrollX, y: r.top + scrollY, width: r.width,"
                + " height: r.height}; })()");
        screenshot(page, target.resolve("html-report-graph.png"), svg.get("x").asDouble(), svg.get("y").asDouble(),
                svg.get("width").asDouble(), svg.get("height").asDouble());
        ObjectNode pdf = HeadlessChromium.params();
        pdf.put("printBackground", false).put("preferCSSPageSize", true);
        Files.write(target.resolve("html-report.pdf"),
                Base64.getDecoder().decode(page.call("Page.printToPDF", pdf).get("data").asText()));

        assertThat(consoleErrors(page)).as("console errors after printing").isEmpty();
        assertThat(requestedUrls(page)).as("requests after printing").containsExactly(file.toUri().toString());
    }

    @Test
    void printsBlackOnWhite_keepingEveryConcernStatusApartByItsOutline() throws Exception {
        // The enlisting fixture has a concern of each status: answered, in part, open, the premise, a residual risk.
        Path file = pages.resolve("enlisting.html");
        Files.writeString(file, new HtmlReport().render(Fixtures.enlisting()), StandardCharsets.UTF_8);
        HeadlessChromium.Page page = browser.newPage();
        page.call("Emulation.setEmulatedMedia", HeadlessChromium.params("media", "print"));

        page.navigate(file.toUri());

        JsonNode printed = page.evaluate("""
                (() => {
                  const style = selector => getComputedStyle(document.querySelector(selector));
                  const outline = selector => {
                    const s = style(selector);
                    return {stroke: s.stroke, fill: s.fill, dashes: s.strokeDasharray, width: s.strokeWidth};
                  };
                  return {bodyColour: style('body').color, bodyBackground: style('body').backgroundColor,
                          outlines: {answered: outline('g.node.concern.answered rect'),
                                     inPart: outline('g.node.concern.in-part rect'),
                                     open: outline('g.node.concern.open:not(.in-part) rect'),
                                     premise: outline('g.node.concern.premise rect'),
                                     residual: outline('g.node.concern.residual rect')},
                          statusWords: [...document.querySelectorAll('td .status')].map(e => getComputedStyle(e).color),
                          text: style('g.node text').fill, graphBreak: style('#graph').breakBefore};
                })()""");
        assertThat(printed.get("bodyColour").asText()).isEqualTo("rgb(0, 0, 0)");
        assertThat(printed.get("bodyBackground").asText()).isEqualTo("rgb(255, 255, 255)");
        JsonNode outlines = printed.get("outlines");
        assertThat(outlines.size()).isEqualTo(5);
        List<String> kinds = new ArrayList<>();
        outlines.fields().forEachRemaining(status -> {
            assertThat(status.getValue().get("stroke").asText()).as(status.getKey()).isEqualTo("rgb(0, 0, 0)");
            assertThat(status.getValue().get("fill").asText()).as(status.getKey()).isEqualTo("rgb(255, 255, 255)");
            kinds.add(status.getValue().get("dashes").asText() + " at " + status.getValue().get("width").asText());
        });
        assertThat(kinds).as("each status's outline in black: its dashes and width").doesNotHaveDuplicates();
        assertThat(outlines.get("answered").get("dashes").asText()).isEqualTo("none");
        assertThat(outlines.get("open").get("dashes").asText()).isNotEqualTo("none");
        assertThat(outlines.get("residual").get("dashes").asText()).isNotEqualTo("none");
        assertThat(printed.get("statusWords")).hasSize(5)
                .allSatisfy(colour -> assertThat(colour.asText()).isEqualTo("rgb(0, 0, 0)"));
        assertThat(printed.get("text").asText()).isEqualTo("rgb(0, 0, 0)");
        assertThat(printed.get("graphBreak").asText()).isEqualTo("page");
        assertThat(consoleErrors(page)).isEmpty();
        assertThat(requestedUrls(page)).containsExactly(file.toUri().toString());
    }

    @Test
    void drawsThePremiseAndResidualBoxes_andATwoRowLegend_withNothingOverlapping() throws Exception {
        Assessment assessment = RealAssessments.pledged();
        Path file = pages.resolve("pledged.html");
        Files.writeString(file, new HtmlReport().render(assessment), StandardCharsets.UTF_8);
        HeadlessChromium.Page page = browser.newPage();
        ObjectNode viewport = HeadlessChromium.params();
        viewport.put("width", 1280).put("height", 900).put("deviceScaleFactor", 1).put("mobile", false);
        page.call("Emulation.setDeviceMetricsOverride", viewport);

        page.navigate(file.toUri());

        // Boxes as the browser lays them out, in the page's own pixels: where the fonts really put the text.
        JsonNode drawn = page.evaluate("""
                (() => {
                  const svg = document.querySelector('svg.argument-graph');
                  const box = element => {
                    const r = element.getBoundingClientRect();
                    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};
                  };
                  const outline = element => {
                    const s = getComputedStyle(element);
                    return s.stroke + ' ' + s.strokeWidth + ' ' + s.strokeDasharray + ' ' + s.fill;
                  };
                  const nodes = [...svg.querySelectorAll('g.node')].map(g => ({
                    key: g.dataset.key, classes: g.getAttribute('class'), box: box(g.querySelector('rect')),
                    outline: outline(g.querySelector('rect')),
                    texts: [...g.querySelectorAll('text')].map(t => ({text: t.textContent, box: box(t)}))}));
                  const legend = [...svg.querySelectorAll('g.legend-item')].map(g => ({
                    classes: g.getAttribute('class'), label: g.querySelector('text').textContent, box: box(g),
                    swatch: g.querySelector('rect') ? {box: box(g.querySelector('rect')),
                                                       outline: outline(g.querySelector('rect'))} : null}));
                  const notes = [...svg.querySelectorAll('g.legend > text')].map(t => ({text: t.textContent,
                                                                                       box: box(t)}));
                  return {svg: box(svg), nodes, legend, notes};
                })()""");
        Rect frame = Rect.of(drawn.get("svg"));
        assertThat(frame.width()).isPositive();

        List<JsonNode> nodes = new ArrayList<>();
        drawn.get("nodes").forEach(nodes::add);
        assertThat(nodes).hasSize(ArgumentGraph.of(assessment).nodes().size());
        List<JsonNode> premises = nodes.stream().filter(n -> n.get("classes").asText().endsWith(" premise")).toList();
        List<JsonNode> residuals = nodes.stream().filter(n -> n.get("classes").asText().endsWith(" residual")).toList();
        assertThat(premises).as("premise boxes").hasSize((int) count(assessment, Status.PREMISE)).isNotEmpty();
        assertThat(residuals).as("residual risk boxes").hasSize((int) count(assessment, Status.RESIDUAL)).hasSize(3);
        premises.forEach(n -> assertThat(texts(n)).as(n.get("key").asText()).anyMatch(t -> t.endsWith("· premise")));
        residuals.forEach(n -> assertThat(texts(n)).as(n.get("key").asText())
                .anyMatch(t -> t.endsWith("· residual risk")).contains("Beijing is paid to accept it"));

        double lowestBox = 0;
        List<Rect> boxes = new ArrayList<>();
        for (JsonNode node : nodes) {
            String key = node.get("key").asText();
            Rect rect = Rect.of(node.get("box"));
            assertThat(rect.width()).as(key).isPositive();
            assertThat(rect.height()).as(key).isPositive();
            assertThat(frame.contains(rect)).as("%s inside the drawing", key).isTrue();
            for (JsonNode text : node.get("texts")) {
                assertThat(rect.contains(Rect.of(text.get("box")))).as("%s: \"%s\" inside its box", key,
                        text.get("text").asText()).isTrue();
            }
            for (Rect other : boxes) {
                assertThat(rect.overlaps(other)).as("%s overlaps another box", key).isFalse();
            }
            boxes.add(rect);
            lowestBox = Math.max(lowestBox, rect.bottom());
        }

        List<JsonNode> legend = new ArrayList<>();
        drawn.get("legend").forEach(legend::add);
        List<JsonNode> samples = legend.stream().filter(item -> !item.get("swatch").isNull()).toList();
        assertThat(samples.stream().map(item -> item.get("label").asText())).containsExactly("input fact",
                "recommendation", "warning", "premise", "residual risk (paid to accept)", "concern: answered",
                "concern: answered in part", "concern: open");
        assertThat(samples.stream().map(item -> Rect.of(item.get("swatch").get("box")).top()).distinct())
                .as("the rows of samples").hasSize(2);
        double secondRow = Rect.of(samples.get(5).get("swatch").get("box")).top();
        assertThat(samples.subList(0, 5)).allSatisfy(item ->
                assertThat(Rect.of(item.get("swatch").get("box")).bottom()).isLessThan(secondRow));
        assertThat(samples.get(3).get("swatch").get("outline").asText()).as("the premise sample's outline")
                .isEqualTo(premises.get(0).get("outline").asText());
        assertThat(samples.get(4).get("swatch").get("outline").asText()).as("the residual risk sample's outline")
                .isEqualTo(residuals.get(0).get("outline").asText());

        List<Rect> placed = new ArrayList<>();
        List<JsonNode> legendTexts = new ArrayList<>(legend);
        drawn.get("notes").forEach(legendTexts::add);
        for (JsonNode item : legendTexts) {
            String label = item.has("label") ? item.get("label").asText() : item.get("text").asText();
            Rect rect = Rect.of(item.get("box"));
            assertThat(rect.top()).as("%s below every box", label).isGreaterThan(lowestBox);
            assertThat(frame.contains(rect)).as("%s inside the drawing", label).isTrue();
            for (Rect other : placed) {
                assertThat(rect.overlaps(other)).as("%s overlaps another legend item", label).isFalse();
            }
            placed.add(rect);
        }
        assertThat(consoleErrors(page)).isEmpty();
        assertThat(requestedUrls(page)).containsExactly(file.toUri().toString());
    }

    @Test
    void noticesARequestAndAConsoleError_inAPageThatMakesThem() throws Exception {
        // The checks above pass on silence; this shows the harness would hear the noise.
        Path file = pages.resolve("noisy.html");
        Files.writeString(file, "<!DOCTYPE html><html><head><title>noisy</title></head><body>"
                + "<img src=\"missing.png\" alt=\"\"><script>console.error('deliberate');</script></body></html>",
                StandardCharsets.UTF_8);
        HeadlessChromium.Page page = browser.newPage();

        page.navigate(file.toUri());

        assertThat(requestedUrls(page)).contains(file.toUri().toString(), file.resolveSibling("missing.png")
                .toUri().toString());
        assertThat(consoleErrors(page)).anyMatch(message -> message.contains("deliberate"));
    }

    /** A box in the page's pixels, from a {@code getBoundingClientRect()} written as JSON. */
    private record Rect(double left, double top, double right, double bottom) {
        static Rect of(JsonNode box) {
            return new Rect(box.get("left").asDouble(), box.get("top").asDouble(), box.get("right").asDouble(),
                    box.get("bottom").asDouble());
        }

        double width() {
            return right - left;
        }

        double height() {
            return bottom - top;
        }

        /** True when {@code other} lies within this box, allowing half a pixel for rounding. */
        boolean contains(Rect other) {
            return other.left >= left - 0.5 && other.right <= right + 0.5 && other.top >= top - 0.5
                    && other.bottom <= bottom + 0.5;
        }

        /** True when the two boxes share more than a rounding error's sliver. */
        boolean overlaps(Rect other) {
            return Math.min(right, other.right) - Math.max(left, other.left) > 0.5
                    && Math.min(bottom, other.bottom) - Math.max(top, other.top) > 0.5;
        }
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        node.get("texts").forEach(t -> texts.add(t.get("text").asText()));
        return texts;
    }

    private static long count(Assessment assessment, Status status) {
        return assessment.concerns().stream().filter(c -> Status.of(c) == status).count();
    }

    private static long count(ArgumentGraph graph, Kind kind) {
        return graph.nodes().stream().filter(n -> n.kind() == kind).count();
    }

    /** Console errors and assertions, uncaught exceptions, and the browser's own error log entries. */
    private static List<String> consoleErrors(HeadlessChromium.Page page) {
        List<String> errors = new ArrayList<>();
        for (JsonNode call : page.events("Runtime.consoleAPICalled")) {
            String type = call.get("type").asText();
            if (type.equals("error") || type.equals("assert")) {
                errors.add("console." + type + ": " + call.get("args"));
            }
        }
        for (JsonNode thrown : page.events("Runtime.exceptionThrown")) {
            errors.add("exception: " + thrown.get("exceptionDetails"));
        }
        for (JsonNode entry : page.events("Log.entryAdded")) {
            if (entry.get("entry").get("level").asText().equals("error")) {
                errors.add("log: " + entry.get("entry"));
            }
        }
        return errors;
    }

    private static List<String> requestedUrls(HeadlessChromium.Page page) {
        return page.events("Network.requestWillBeSent").stream().map(r -> r.get("request").get("url").asText())
                .toList();
    }

    private static void screenshot(HeadlessChromium.Page page, Path file, double x, double y, double width,
                                   double height) throws Exception {
        ObjectNode params = HeadlessChromium.params("format", "png");
        params.put("captureBeyondViewport", true);
        params.putObject("clip").put("x", x).put("y", y).put("width", width).put("height", height).put("scale", 1);
        byte[] png = Base64.getDecoder().decode(page.call("Page.captureScreenshot", params).get("data").asText());
        assertThat(png).as("a PNG").startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        Files.write(file, png);
    }
}
