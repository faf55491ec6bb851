package org.leverage.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leverage.api.Advisor;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;
import org.leverage.report.ReachReport;
import org.leverage.spelling.AsciiCase;
import org.leverage.spelling.Spelling;
import org.leverage.spelling.UserText;
import org.leverage.whatif.Reach;
import org.leverage.whatif.ReachResult;
import org.leverage.whatif.ReachTarget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage reach}: the smallest sets of changes to a state that make a recommendation, or a phase, appear. */
@Command(name = "reach",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        sortOptions = false,
        description = {
            "The smallest sets of changes to STATE that give TARGET: a recommendation made, a warning or a concern"
                    + " gone, or a phase (phase=ENLIST_BEIJING). It tries every change of one field to each of its"
                    + " other values, then of two fields, then three, up to --max-changes, and stops at the first"
                    + " size that gives the target: each set it lists is minimal (no part of it gives the target),"
                    + " with the fields' old and new values and what else changes in the assessment.",
            "States that contradict themselves are skipped and counted. Before each size it counts that size's"
                    + " states, and stops there if they would take it past --budget assessments. A search that finds"
                    + " nothing, or a target that already holds, says so in one line and exits 0.",
            "TARGET is an id (any case; - for _) as explain takes it, or phase=PHASE. PATH is a field's dotted path"
                    + " (unitedStates.thaadDeployed) or its last part when unique (thaadDeployed)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  leverage reach THAAD_RADAR                what clears the concern (baseline)",
            "  leverage reach OFFER_INCOMPLETE spurned.yaml --fix responseToOffer",
            "  leverage reach phase=ENLIST_BEIJING today.yaml -f json",
            "  leverage reach CALL_ON_BEIJING_FOR_DRASTIC_ACTION --max-changes 6 \\",
            "      --vary talksWithPyongyang,responseToOffer,endJointExercises \\",
            "      --vary peaceTreaty,sanctionsRelief,diplomaticRelations",
            "                          the reasonable offer, spurned: 6 changes"})
final class ReachCommand implements Callable<Integer> {

    /** How a phase target is written: {@code phase=ENLIST_BEIJING}. */
    static final String PHASE_PREFIX = "phase=";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET",
            description = "A recommendation to make, a warning or a concern to remove (an id, e.g."
                    + " CALL_ON_BEIJING_FOR_DRASTIC_ACTION), or phase=PHASE.")
    private String target;

    @Parameters(index = "1", arity = "0..1", paramLabel = "STATE",
            description = "A policy state or scenario file, or - for standard input."
                    + " Default: the built-in baseline-2017 scenario.")
    private String state;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Fields fields;

    /** Which fields the search may change: only some, or all but some. Default: every field. */
    static final class Fields {
        @Option(names = "--vary", paramLabel = "PATH", split = ",", required = true,
                description = "Change only these fields. Repeatable. Default: every field.")
        List<String> varied;

        @Option(names = "--fix", paramLabel = "PATH", split = ",", required = true,
                description = "Keep these fields as STATE has them; change any other. Repeatable.")
        List<String> fixed;
    }

    @Option(names = "--max-changes", paramLabel = "N", defaultValue = "" + Reach.DEFAULT_MAX_CHANGES,
            description = "Sets of at most N changes (1 to " + Reach.MAX_CHANGES + ").")
    private int maxChanges;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "" + Reach.DEFAULT_BUDGET,
            description = "Assess at most N states: stop before a size whose states would pass it.")
    private long budget;

    @Mixin
    private OutputOptions.Format format;

    @Mixin
    private RuleOptions rules;

    @Override
    public Integer call() {
        if (maxChanges < 1 || maxChanges > Reach.MAX_CHANGES) {
            throw new UserInputException("--max-changes must be between 1 and " + Reach.MAX_CHANGES + ", was "
                    + maxChanges);
        }
        if (budget < 1) {
            throw new UserInputException("--budget must be at least 1, was " + budget);
        }
        Optional<Phase> phase = phase(target);
        List<StateField> searched = searched();
        PolicyState base = StateFiles.readOrBaseline(state);
        // A sweep's advisor: every state of the search is new, so a memo would only cost a look-up per state.
        Advisor advisor = rules.advisor(builder -> builder.rememberAssessments(0).withoutExplanations());
        ReachTarget wanted = phase.map(ReachTarget::phase).orElseGet(() -> idTarget(advisor));
        Reach reach = Reach.of(wanted).from(base).vary(searched).maxChanges(maxChanges).budget(budget);
        // The bar of a sweep, for the size being searched, on a terminal only and after a second.
        SweepCommand.ProgressBar bar = SweepCommand.ProgressBar.stderrIsTerminal()
                ? new SweepCommand.ProgressBar(spec.commandLine().getErr()) : null;
        ReachResult result;
        try {
            result = reach.run(advisor, bar == null ? (done, total) -> { } : bar);
        } finally {
            if (bar != null) {
                bar.clear();
            }
        }
        format.print(result, r -> ReachReport.text(r, source()), r -> ReachReport.json(r, stateName()),
                spec.commandLine().getOut());
        return ExitCode.OK.code();
    }

    /** The fields --vary names, or every field but those --fix names, in {@link StateField} order. */
    private List<StateField> searched() {
        if (fields == null) {
            return List.of(StateField.values());
        }
        if (fields.varied != null) {
            return SweepCommand.resolve("--vary", fields.varied);
        }
        List<StateField> fixed = SweepCommand.resolve("--fix", fields.fixed);
        List<StateField> left = Arrays.stream(StateField.values()).filter(f -> !fixed.contains(f)).toList();
        if (left.isEmpty()) {
            throw new UserInputException("--fix names every field: there is nothing left to change");
        }
        return left;
    }

    /** The phase a {@code phase=PHASE} target names; empty for an id. */
    static Optional<Phase> phase(String target) {
        String written = target.strip();
        if (!AsciiCase.lower(written).startsWith(PHASE_PREFIX)) {
            return Optional.empty();
        }
        String value = written.substring(PHASE_PREFIX.length()).strip();
        String wanted = AsciiCase.upper(value).replace('-', '_');
        List<String> names = Arrays.stream(Phase.values()).map(Phase::name).toList();
        if (!names.contains(wanted)) {
            throw new UserInputException("unknown phase " + UserText.quoted(value)
                    + Spelling.closest(wanted, names).map(m -> "; did you mean " + m + "?").orElse("")
                    + "; expected phase= one of " + String.join(", ", names));
        }
        return Optional.of(Phase.valueOf(wanted));
    }

    /** The target an id names, checked against the advisor's ids as {@code explain} checks it. */
    private ReachTarget idTarget(Advisor advisor) {
        // ASCII letters only: a look-alike is an unknown id, not an alias (as explain).
        String wanted = AsciiCase.upper(target.strip()).replace('-', '_');
        List<String> ids = advisor.explainableIds();
        if (!ids.contains(wanted)) {
            throw new UserInputException("unknown target " + UserText.quoted(target)
                    + Spelling.closest(wanted, ids).map(m -> "; did you mean " + m + "?").orElse("")
                    + "; expected one of " + String.join(", ", ids) + String.format(Locale.ROOT,
                            ", or phase=PHASE (%s)", String.join(", ",
                                    Arrays.stream(Phase.values()).map(Phase::name).toList())));
        }
        return ReachTarget.of(wanted, advisor);
    }

    /** Where the base state came from, in words, for the text. */
    private String source() {
        if (state == null) {
            return "the built-in scenario " + BuiltInScenario.NAME;
        }
        return StateFiles.STDIN.equals(state) ? "standard input" : state;
    }

    /** Where the base state came from, as a name, for the JSON. */
    private String stateName() {
        return state == null ? BuiltInScenario.NAME : StateFiles.STDIN.equals(state) ? "<stdin>" : state;
    }
}
