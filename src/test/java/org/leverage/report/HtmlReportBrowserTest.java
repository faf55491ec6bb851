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

/**
 * Opens a rendered HTML report in headless Chromium and checks what a reader would get: the argument graph drawn
 * with a box per node, no console error, and no request for anything but the file itself. Saves a screenshot of
 * the whole page to {@code target/html-report.png} (and of the graph alone to {@code target/html-report-graph.png},
 * the page printed to {@code target/html-report.pdf}) for a person to look at.
 *
 * <p>Needs Chromium at {@code /usr/bin/chromium} (Debian's {@code chromium} package, which CI installs): without
 * it the test fails, saying so, rather than passing unseen. Tagged {@code browser} so that it can be picked out.
 */
@Tag("browser")
class HtmlReportBrowserTest {

    private static HeadlessChromium browser;
    private static Path pages;

    @BeforeAll
    static void startChromium() throws Exception {
        if (!Files.isExecutable(HeadlessChromium.BINARY)) {
            fail("Chromium is not installed at " + HeadlessChromium.BINARY + ", and this test needs it to open the"
                    + " HTML report. Install it with `apt-get update && apt-get install -y chromium` (CI installs it).");
        }
        pages = Files.createTempDirectory("leverage-html-report-");
        browser = HeadlessChromium.start();
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
                          open: count('g.node.concern.open'), conclusions: count('g.node.recommendation')
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
        assertThat(drawn.get("answered").asInt()).isEqualTo(count(assessment, true)).isPositive();
        assertThat(drawn.get("open").asInt()).isEqualTo(count(assessment, false)).isPositive();
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
    void printsBlackOnWhite_keepingAnsweredAndOpenConcernsApartByTheirOutlines() throws Exception {
        Path file = pages.resolve("reasoned.html");
        Files.writeString(file, new HtmlReport().render(Fixtures.reasoned()), StandardCharsets.UTF_8);
        HeadlessChromium.Page page = browser.newPage();
        page.call("Emulation.setEmulatedMedia", HeadlessChromium.params("media", "print"));

        page.navigate(file.toUri());

        JsonNode printed = page.evaluate("""
                (() => {
                  const style = selector => getComputedStyle(document.querySelector(selector));
                  const answered = style('g.node.concern.answered rect');
                  const open = style('g.node.concern.open:not(.in-part) rect');
                  return {bodyColour: style('body').color, bodyBackground: style('body').backgroundColor,
                          answeredStroke: answered.stroke, answeredFill: answered.fill,
                          answeredDashes: answered.strokeDasharray, openStroke: open.stroke,
                          openDashes: open.strokeDasharray, text: style('g.node text').fill,
                          graphBreak: style('#graph').breakBefore};
                })()""");
        assertThat(printed.get("bodyColour").asText()).isEqualTo("rgb(0, 0, 0)");
        assertThat(printed.get("bodyBackground").asText()).isEqualTo("rgb(255, 255, 255)");
        assertThat(printed.get("answeredStroke").asText()).isEqualTo("rgb(0, 0, 0)");
        assertThat(printed.get("openStroke").asText()).isEqualTo("rgb(0, 0, 0)");
        assertThat(printed.get("answeredFill").asText()).isEqualTo("rgb(255, 255, 255)");
        assertThat(printed.get("text").asText()).isEqualTo("rgb(0, 0, 0)");
        assertThat(printed.get("answeredDashes").asText()).isEqualTo("none");
        assertThat(printed.get("openDashes").asText()).isNotEqualTo("none");
        assertThat(printed.get("graphBreak").asText()).isEqualTo("page");
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

    private static long count(Assessment assessment, boolean answered) {
        return assessment.concerns().stream().filter(c -> c.answered() == answered).count();
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
