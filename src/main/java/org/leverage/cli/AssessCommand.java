package org.leverage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.leverage.api.Assessment;
import org.leverage.api.PolicyState;
import org.leverage.report.DotReport;
import org.leverage.report.HtmlReport;
import org.leverage.report.JsonReport;
import org.leverage.report.MarkdownReport;
import org.leverage.report.Report;
import org.leverage.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage assess}: one policy state in, the assessment out. */
@Command(name = "assess",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Assess a policy state: the phase, the recommended incentives in order with their paragraphs,"
                    + " Beijing's concerns (a premise, concerns answered or open, risks Beijing is paid to accept),"
                    + " the warnings, and what is already in place.",
            "With no STATE, assesses the built-in baseline-2017 scenario (29 March 2017)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  leverage assess                              the baseline, as text",
            "  leverage assess today.yaml                   a state file (YAML or JSON)",
            "  leverage assess today.json --format json --output assessment.json",
            "  leverage assess today.yaml --format html --output briefing.html   a page to print",
            "  leverage assess today.yaml --format dot | dot -Tsvg > graph.svg",
            "  cat today.yaml | leverage assess -           a state on standard input",
            "  leverage assess today.yaml --rules my-rules/ with an analyst's own rules on top"})
final class AssessCommand implements Callable<Integer> {

    /** The output formats of {@code --format}. */
    enum Format {
        text(TextReport::new), json(JsonReport::new), markdown(MarkdownReport::new), html(HtmlReport::new),
        dot(DotReport::new);

        private final Supplier<Report> report;

        Format(Supplier<Report> report) {
            this.report = report;
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "STATE",
            description = "A policy state file (.yaml, .yml or .json), a scenario file (its given state is"
                    + " assessed), or - for standard input. Default: the built-in baseline-2017 scenario.")
    private String state;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Mixin
    private final OutputOptions.ToFile output = new OutputOptions.ToFile("the assessment");

    @Mixin
    private RuleOptions rules;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        output.check(state);
        PolicyState policyState = StateFiles.readOrBaseline(state);
        Assessment assessment = rules.advisor().assess(policyState);
        String rendered = format.report.get().render(assessment);
        if (state == null) {
            String note = "Assessing the built-in scenario baseline-2017 (no state file given).";
            if (format == Format.text && output.toStandardOutput()) {
                rendered = note + "\n\n" + rendered;
            } else {
                spec.commandLine().getErr().println(note);
            }
        }
        output.write(rendered, out);
        return ExitCode.OK.code();
    }
}
