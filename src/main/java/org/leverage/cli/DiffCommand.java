package org.leverage.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.leverage.api.Advisor;
import org.leverage.api.PolicyState;
import org.leverage.report.DifferenceReport;
import org.leverage.whatif.Difference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage diff}: two policy states in, what differs between them and their assessments out. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Compare two policy states and their assessments: the facts that differ, the recommendations and"
                    + " warnings gained and lost, Beijing's concerns that appear, disappear or change level or"
                    + " answer, and any change of phase or scope. \"Gained\" means in B and not in A; a"
                    + " recommendation A had and B shows as taken is \"now in place\", not \"lost\".",
            "A and B are state files, or scenario files (their given state is compared)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  leverage diff today.yaml tomorrow.yaml",
            "  leverage diff scenarios/pyongyang-spurns.yaml scenarios/full-package.yaml",
            "  leverage diff today.yaml proposal.yaml --format json --output changes.json",
            "  cat today.yaml | leverage diff - proposal.yaml     A on standard input",
            "  leverage diff today.yaml proposal.yaml --rules my-rules/"})
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A",
            description = "The state to compare from: a state or scenario file, or - for standard input.")
    private String a;

    @Parameters(index = "1", paramLabel = "B",
            description = "The state to compare to: a state or scenario file, or - for standard input.")
    private String b;

    @Mixin
    private OutputOptions.Format format;

    @Mixin
    private final OutputOptions.ToFile output = new OutputOptions.ToFile("the difference");

    @Mixin
    private RuleOptions rules;

    @Override
    public Integer call() throws IOException {
        if (StateFiles.STDIN.equals(a) && StateFiles.STDIN.equals(b)) {
            throw new UserInputException("A and B both name standard input (-); at most one can");
        }
        output.check(a, b);
        PolicyState stateA = StateFiles.read(a);
        PolicyState stateB = StateFiles.read(b);
        Advisor advisor = rules.advisor();
        Difference difference = Difference.between(advisor, stateA, stateB);
        output.write(format.render(difference, d -> DifferenceReport.text(d, name(a), name(b)),
                d -> DifferenceReport.json(d, name(a), name(b))), spec.commandLine().getOut());
        return ExitCode.OK.code();
    }

    private static String name(String argument) {
        return StateFiles.STDIN.equals(argument) ? "<stdin>" : argument;
    }
}
