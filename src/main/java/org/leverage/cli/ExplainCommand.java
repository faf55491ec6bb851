package org.leverage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.leverage.api.Advisor;
import org.leverage.api.Explanation;
import org.leverage.api.PolicyState;
import org.leverage.report.ExplanationReport;
import org.leverage.spelling.AsciiCase;
import org.leverage.spelling.Spelling;
import org.leverage.spelling.UserText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage explain}: the reasoning behind one recommendation, concern or warning, or its absence. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Explain one recommendation, concern or warning for a state: the rules that concluded it, the"
                    + " paragraph each rests on, and the facts each matched, down to the input state. For an id"
                    + " the state does not give, each rule that could conclude it, with the conditions the state"
                    + " meets and the ones it fails.",
            "With no STATE, explains for the built-in baseline-2017 scenario."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  leverage explain THAAD_RADAR                       why Beijing worries about THAAD (baseline)",
            "  leverage explain SIGN_WITHDRAWAL_AGREEMENT today.yaml",
            "  leverage explain open-bilateral-talks spurned.yaml   why it is NOT recommended there",
            "  leverage explain REFUGEE_FLOW today.yaml --format json"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID",
            description = "A recommendation, concern or warning id (any case; - for _), e.g. THAAD_RADAR.")
    private String id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "STATE",
            description = "A policy state or scenario file. Default: the built-in baseline-2017 scenario.")
    private Path state;

    @Mixin
    private OutputOptions.Format format;

    @Mixin
    private RuleOptions rules;

    @Override
    public Integer call() {
        PolicyState policyState = readState();
        Advisor advisor = rules.advisor();
        // ASCII letters only: a look-alike (oﬀer-peace-treaty, with the ligature ﬀ) is an unknown id, not an alias.
        String wanted = AsciiCase.upper(id.trim()).replace('-', '_');
        if (!advisor.explainableIds().contains(wanted)) {
            // Quoted as the state reader quotes: cut short and with control characters escaped, since the id may be
            // anything a shell passes, 100,000 characters or escape bytes that would take over the terminal.
            throw new UserInputException("unknown id " + UserText.quoted(id)
                    + Spelling.closest(wanted, advisor.explainableIds()).map(m -> "; did you mean " + m + "?").orElse("")
                    + "; expected one of " + String.join(", ", advisor.explainableIds()));
        }
        Explanation explanation = advisor.explain(wanted, policyState);
        format.print(explanation, e -> ExplanationReport.text(e, advisor::paraphrase),
                e -> ExplanationReport.json(e, advisor::paraphrase), spec.commandLine().getOut());
        return ExitCode.OK.code();
    }

    private PolicyState readState() {
        return StateFiles.readOrBaseline(state == null ? null : state.toString());
    }
}
