package org.leverage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leverage.api.Advisor;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;
import org.leverage.report.SweepReport;
import org.leverage.spelling.UserText;
import org.leverage.whatif.FieldPaths;
import org.leverage.whatif.Sweep;
import org.leverage.whatif.SweepResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leverage sweep}: every combination of a few fields' values, and what each field can flip. */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        sortOptions = false,
        description = {
            "Sensitivity: set the varied fields of STATE to every combination of their values (both booleans,"
                    + " every enum value), assess each, and say which recommendations, warnings and concerns"
                    + " (raised, level, answered) each field can flip: those that differ between two combinations"
                    + " that differ only in that field. Also counts the distinct outcomes.",
            "Combinations that contradict themselves are skipped and counted. A sweep over more than --limit"
                    + " combinations is refused before any work, with the exact count.",
            "PATH is a field's dotted path (unitedStates.thaadDeployed) or its last part when unique"
                    + " (thaadDeployed).",
            "The --table CSV has one row per combination, the skipped ones included, and one column per varied"
                    + " field, then: skipped (1 when the combination contradicts itself; its outputs are then"
                    + " empty), phase, outOfScope, recommendation.ID and warning.ID (1 or 0), concern.ID.level"
                    + " (empty when not raised) and concern.ID.answered (1 or 0)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  leverage sweep --vary thaadDeployed,withdrawal,withdrawalIncludesThaad",
            "                          the baseline, 2 × 3 × 2 = 12 combinations",
            "  leverage sweep today.yaml --vary responseToOffer --vary stability -f json",
            "  leverage sweep --vary talksWithPyongyang,stability --table decisions.csv",
            "                          also the full decision table, one row per combination"})
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "STATE",
            description = "A policy state or scenario file, or - for standard input."
                    + " Default: the built-in baseline-2017 scenario.")
    private String state;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Varied varied;

    /** Which fields to vary: some, or all. */
    static final class Varied {
        @Option(names = "--vary", paramLabel = "PATH", split = ",", required = true,
                description = "Vary these fields, in this order (the last changes fastest). Repeatable.")
        List<String> paths;

        @Option(names = "--vary-all", required = true, description = "Vary every field of the state.")
        boolean all;
    }

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000000",
            description = "Refuse a sweep of more than N combinations.")
    private long limit;

    @Option(names = "--table", paramLabel = "FILE.csv",
            description = "Also write the full decision table to FILE.csv, one row per combination.")
    private Path table;

    @Option(names = "--force", description = "With --table, replace FILE.csv if it exists: its contents, keeping"
            + " its mode and hard links.")
    private boolean force;

    @Option(names = "--follow-symlinks", description = "With --table, write to the file a symbolic link FILE.csv"
            + " points to (--force if it exists); a link is refused without this, and never replaced.")
    private boolean followLinks;

    @Mixin
    private OutputOptions.Format format;

    @Mixin
    private RuleOptions rules;

    @Override
    public Integer call() throws IOException {
        List<StateField> fields = varied.all ? List.of(StateField.values()) : resolve("--vary", varied.paths);
        if (limit < 1 || limit > Sweep.MAX_LIMIT) {
            throw new UserInputException(String.format(Locale.ROOT, "--limit must be between 1 and %,d, was %d",
                    Sweep.MAX_LIMIT, limit));
        }
        Sweep sweep = Sweep.over(fields).limit(limit);
        BigInteger combinations = sweep.combinations();
        if (combinations.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw new UserInputException(String.format(Locale.ROOT,
                    "%s makes %,d combinations (%s), more than --limit %,d; vary fewer fields or raise --limit",
                    varied.all ? "--vary-all over " + fields.size() + " fields" : "--vary over " + fields.size()
                            + (fields.size() == 1 ? " field" : " fields"),
                    combinations, SweepReport.valueCounts(fields), limit));
        }
        Path tableFile = OutputFiles.check(table, "--table", force, followLinks, state);
        PolicyState base = StateFiles.readOrBaseline(state);
        Advisor advisor = advisor();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = ProgressBar.stderrIsTerminal() ? new ProgressBar(err) : null;
        SweepResult result;
        try {
            result = sweep.from(base).run(advisor, bar == null ? (done, total) -> { } : bar);
        } finally {
            if (bar != null) {
                bar.clear();
            }
        }
        if (table != null) {
            OutputFiles.write(tableFile, result::writeCsv);
        }
        String tableName = table == null ? null : table.toString();
        format.print(result, r -> SweepReport.text(r, source(), tableName),
                r -> SweepReport.json(r, stateName(), tableName), spec.commandLine().getOut());
        return ExitCode.OK.code();
    }

    /** The fields these paths name, in order; {@code option} names the option they came with in an error. */
    static List<StateField> resolve(String option, List<String> paths) {
        List<StateField> fields = new ArrayList<>();
        for (String path : paths) {
            String name = path.strip();
            StateField field = FieldPaths.find(name).orElseThrow(() -> new UserInputException(
                    option + ": no field " + UserText.quoted(name)
                            + FieldPaths.closest(name).map(f -> "; did you mean " + f.path() + "?").orElse(".")
                            + " Fields: " + String.join(", ", FieldPaths.all())));
            if (fields.contains(field)) {
                throw new UserInputException(option + ": " + field.path() + " is named twice");
            }
            fields.add(field);
        }
        return fields;
    }

    /**
     * The advisor of {@link RuleOptions#advisor()}, remembering no assessments: every state of a sweep is new, and
     * a memo would only cost a look-up and an eviction per combination.
     */
    private Advisor advisor() {
        return rules.advisor(builder -> builder.rememberAssessments(0).withoutExplanations());
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

    /**
     * A progress bar on standard error, drawn only once a run has taken a second, redrawn in place with a carriage
     * return, and wiped when the run ends. Used only when standard error is a terminal.
     */
    static final class ProgressBar implements Sweep.Progress {
        private static final long DELAY_NANOS = 1_000_000_000L;
        private static final int BAR = 30;

        private final PrintWriter err;
        private final long started = System.nanoTime();
        private int drawn;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        /**
         * Whether standard error is a terminal: {@link System#console()} when standard input and output are one
         * too, else, on Linux, where {@code /proc/self/fd/2} points (so that {@code > report.txt} keeps the bar).
         */
        static boolean stderrIsTerminal() {
            if (System.console() != null) {
                return true;
            }
            try {
                String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }

        @Override
        public void update(long done, long total) {
            long elapsed = System.nanoTime() - started;
            if (elapsed < DELAY_NANOS || (drawn == 0 && done >= total)) {
                return;
            }
            int filled = total == 0 ? BAR : (int) (BAR * done / total);
            double rate = done / (elapsed / 1e9);
            long left = rate <= 0 ? 0 : Math.round((total - done) / rate);
            String line = String.format(Locale.ROOT, "\r[%s%s] %3d%%  %,d of %,d  %,.0f/s  %d:%02d left",
                    "#".repeat(filled), ".".repeat(BAR - filled), total == 0 ? 100 : 100 * done / total, done, total,
                    rate, left / 60, left % 60);
            String padded = line + " ".repeat(Math.max(0, drawn - line.length()));
            err.print(padded);
            err.flush();
            drawn = line.length();
        }

        void clear() {
            if (drawn > 0) {
                err.print("\r" + " ".repeat(drawn) + "\r");
                err.flush();
            }
        }
    }
}
