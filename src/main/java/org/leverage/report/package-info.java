/**
 * Report adapters: turn an {@link org.leverage.api.Assessment} into text for a person at a terminal
 * ({@link org.leverage.report.TextReport}), the JSON of DOMAIN §7 for programs
 * ({@link org.leverage.report.JsonReport}), a briefing memo in Markdown ({@link org.leverage.report.MarkdownReport}),
 * one self-contained HTML page with the argument graph drawn in SVG ({@link org.leverage.report.HtmlReport}), or
 * that graph for Graphviz ({@link org.leverage.report.DotReport}). The two drawings share one model of the
 * graph, built from the items' {@code because} chains. Adapters depend on the api, never the other way round;
 * they neither print nor read files, they return strings with {@code "\n"} line endings whatever the platform.
 */
package org.leverage.report;
