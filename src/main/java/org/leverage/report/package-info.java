/**
 * Report adapters, the renderers of every command's output. An {@link org.leverage.api.Assessment} becomes text
 * for a person at a terminal ({@link org.leverage.report.TextReport}), the JSON of DOMAIN §7 for programs
 * ({@link org.leverage.report.JsonReport}), a briefing memo in Markdown ({@link org.leverage.report.MarkdownReport}),
 * one self-contained HTML page with the argument graph drawn in SVG ({@link org.leverage.report.HtmlReport}), or
 * that graph for Graphviz ({@link org.leverage.report.DotReport}); the two drawings share one model of the graph,
 * built from the items' {@code because} chains. Beside them, as text and as JSON, the other commands' results:
 * what differs between two states ({@link org.leverage.report.DifferenceReport}), a sweep
 * ({@link org.leverage.report.SweepReport}), an explanation ({@link org.leverage.report.ExplanationReport}), a
 * state under several frameworks ({@link org.leverage.report.ComparisonReport}) and the rules of a framework
 * ({@link org.leverage.report.RulesReport}); and the JSON Schema of the state format that {@code org.leverage.io}
 * generates from its reader's table ({@link org.leverage.report.StateSchemaReport}).
 *
 * <p>All of them lay out text with the same helpers ({@code Text}: one line, heading, pad, wrap) and write JSON
 * with the same writer ({@code Json}). They depend on the api, on the what-if results and, for that schema alone,
 * on {@code io}; never on the command line or the engine, and never the other way round; they neither print nor
 * read files, they return strings with {@code "\n"} line endings whatever the platform.
 */
package org.leverage.report;
