package org.leverage.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.leverage.api.Advisor;
import org.leverage.api.RuleException;
import org.leverage.validate.Finding;
import org.leverage.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leverage validate}: compile the rules, then verify them over a sample of the state space. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Check a framework of rules: compile errors and warnings at file, line and column; then, run over a"
                    + " fixed sample of the state space of docs/contract.md §2 (the defaults and the reasonable offer"
                    + " spurned, every single-field change of each, a pairwise-covering set and seeded random"
                    + " states): rules that never conclude anything,"
                    + " recommendations made while already in place, concluded ids no catalogue declares, rules"
                    + " without a source, and rules that recommend the same id with different modalities in"
                    + " the same states.",
            "One finding per line with its severity. Exit 3 on any error, or on any warning with --strict."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  leverage validate                                  the built-in framework",
            "  leverage validate --rules my-rules/                the built-in framework plus mine",
            "  leverage validate --no-default-rules --rules my-framework/ --strict"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleOptions rules;

    @Option(names = "--strict", description = "Treat warnings as errors (exit 3).")
    private boolean strict;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "2000",
            description = "How many seeded random states to add to the structured sample.")
    private int randomStates;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Advisor advisor;
        try {
            // Validation reads which conclusions hold, never why: no explanations to walk.
            advisor = rules.advisor(Advisor.Builder::withoutExplanations);
        } catch (RuleException e) {
            for (String problem : e.problems()) {
                int colon = problem.indexOf(": ");
                out.println(colon < 0 ? "error [compile] " + problem
                        : problem.substring(0, colon) + ": error [compile] " + problem.substring(colon + 2));
            }
            out.println(e.problems().size() + " error(s): the rules do not compile");
            out.flush();
            return ExitCode.RULE_ERROR.code();
        }
        Validator.Report report = new Validator(Math.max(0, randomStates)).validate(advisor);
        report.findings().forEach(out::println);
        long errors = report.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        long warnings = report.findings().size() - errors;
        out.println(report.rules() + " rules checked over " + report.sampledStates() + " states: " + errors
                + " error(s), " + warnings + " warning(s)");
        out.flush();
        return report.hasErrors() || (strict && report.hasWarnings()) ? ExitCode.RULE_ERROR.code()
                : ExitCode.OK.code();
    }
}
