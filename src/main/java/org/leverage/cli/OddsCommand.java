package org.leverage.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.leverage.api.Advisor;
import org.leverage.api.UncertainState;
import org.leverage.report.OddsReport;
import org.leverage.whatif.Odds;
import org.leverage.whatif.OddsResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage odds}: the chance of each piece of advice when some facts are uncertain. */
@Command(name = "odds",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        sortOptions = false,
        description = {
            "Advice under uncertainty: for the phase, every recommendation and warning, and every concern of"
                    + " Beijing's (raised, its level, answered), the chance that it holds, and the uncertain"
                    + " field that swings it most (the largest difference between its chance given one value of"
                    + " the field and given another). Advice that holds in at least 90 %% of the weight is marked"
                    + " robust.",
            "STATE is a state file in which any field of a section may hold, instead of one value, its values"
                    + " with their chances, from 0 to 1, summing to 1: responseToOffer: {SPURNED: 0.6, PENDING:"
                    + " 0.4}. Fields are taken as independent. Combinations that contradict themselves are left out"
                    + " and their weight reported.",
            "Exact, every combination weighed, when there are at most --exact-limit of them; otherwise a"
                    + " sample of --samples combinations drawn with --seed, each chance with its 95 %% interval."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  leverage odds docs/examples/uncertain-2017.yaml",
            "                          Pyongyang's answer and Beijing's aid unknown: 6 combinations",
            "  leverage odds tomorrow.yaml -f json",
            "  leverage odds tomorrow.yaml -f html -o odds.html      a page with a bar per conclusion",
            "  leverage odds wide.yaml --exact-limit 1000 --samples 20000 --seed 7"})
final class OddsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STATE",
            description = "An uncertain state file, or - for standard input.")
    private String state;

    @Option(names = "--exact-limit", paramLabel = "N", defaultValue = "" + Odds.DEFAULT_EXACT_LIMIT,
            description = "Weigh every combination when there are at most N; else sample.")
    private long exactLimit;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "" + Odds.DEFAULT_SAMPLES,
            description = "How many combinations a sample draws (at least 100).")
    private int samples;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Odds.DEFAULT_SEED,
            description = "The seed of a sample: the same seed, the same numbers.")
    private long seed;

    /** The output formats of {@code --format}. */
    enum Format { text, json, markdown, html }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Mixin
    private final OutputOptions.ToFile output = new OutputOptions.ToFile("the odds");

    @Mixin
    private RuleOptions rules;

    @Override
    public Integer call() throws java.io.IOException {
        if (exactLimit < 1 || exactLimit > Odds.MAX_EXACT_LIMIT) {
            throw new UserInputException(String.format(Locale.ROOT, "--exact-limit must be from 1 to %,d, was %d",
                    Odds.MAX_EXACT_LIMIT, exactLimit));
        }
        if (samples < 100) {
            throw new UserInputException(String.format(Locale.ROOT, "--samples must be at least 100, was %d",
                    samples));
        }
        output.check(state);
        UncertainState uncertain = StateFiles.readUncertain(state);
        Advisor advisor = rules.advisor(builder -> builder.rememberAssessments(0).withoutExplanations());
        String from = StateFiles.STDIN.equals(state) ? "<stdin>" : state;
        OddsResult result;
        SweepCommand.ProgressBar bar = SweepCommand.ProgressBar.stderrIsTerminal()
                ? new SweepCommand.ProgressBar(spec.commandLine().getErr()) : null;
        try {
            result = Odds.of(uncertain).exactLimit(exactLimit).samples(samples).seed(seed)
                    .run(advisor, bar == null ? (done, total) -> { } : bar);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(from + ": " + e.getMessage());
        } finally {
            if (bar != null) {
                bar.clear();
            }
        }
        String words = StateFiles.STDIN.equals(state) ? "standard input" : state;
        String rendered = switch (format) {
            case text -> OddsReport.text(uncertain, result, words);
            case json -> OddsReport.json(uncertain, result, from);
            case markdown -> OddsReport.markdown(uncertain, result, words);
            case html -> OddsReport.html(uncertain, result, words);
        };
        output.write(rendered, spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
