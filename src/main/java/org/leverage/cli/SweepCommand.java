package org.leverage.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.leverage.api.Advisor;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;
import org.leverage.whatif.FieldPaths;
import org.leverage.whatif.Output;
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

    /** The output formats of {@code --format}. */
    enum Format { text, json }

    /** Fields per text line before wrapping, and lines per field before cutting short. */
    private static final int WIDTH = 100;
    private static final int LINES_PER_FIELD = 3;

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

    @Option(names = "--force", description = "With --table, replace FILE.csv if it exists.")
    private boolean force;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Mixin
    private RuleOptions rules;

    @Override
    public Integer call() throws IOException {
        List<StateField> fields = varied.all ? List.of(StateField.values()) : resolve(varied.paths);
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
                    combinations, product(fields), limit));
        }
        StateFiles.checkOutput(table, "--table", force, state);
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
            StateFiles.write(table, result::writeCsv);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(result) : text(result));
        out.flush();
        return ExitCode.OK.code();
    }

    /** The fields these paths name, in order. */
    static List<StateField> resolve(List<String> paths) {
        List<StateField> fields = new ArrayList<>();
        for (String path : paths) {
            String name = path.strip();
            StateField field = FieldPaths.find(name).orElseThrow(() -> new UserInputException(
                    "--vary: no field \"" + name + "\"; did you mean " + FieldPaths.closest(name).path()
                            + "? Fields: " + String.join(", ", FieldPaths.all())));
            if (fields.contains(field)) {
                throw new UserInputException("--vary: " + field.path() + " is named twice");
            }
            fields.add(field);
        }
        return fields;
    }

    /** {@code 2 × 3 × 2}: each field's number of values. */
    private static String product(List<StateField> fields) {
        return fields.stream().map(f -> String.valueOf(f.choices().size())).collect(Collectors.joining(" × "));
    }

    /**
     * The advisor of {@link RuleOptions#advisor()}, remembering no assessments: every state of a sweep is new, and
     * a memo would only cost a look-up and an eviction per combination.
     */
    private Advisor advisor() {
        return rules.advisor(builder -> builder.rememberAssessments(0));
    }

    private String text(SweepResult result) {
        StringBuilder out = new StringBuilder();
        int fields = result.fields().size();
        out.append("Sweep of ").append(fields).append(fields == 1 ? " field" : " fields").append(" from ")
                .append(source()).append('\n');
        out.append('\n');
        heading(out, "What each field can flip");
        for (StateField field : result.fields()) {
            List<Output> flips = result.flips(field);
            out.append(field.path()).append(" (").append(field.choices().size()).append(" values)");
            if (flips.isEmpty()) {
                out.append(": flips nothing\n");
                continue;
            }
            out.append('\n');
            wrap(out, describe(flips));
        }
        out.append('\n');
        heading(out, "Totals");
        out.append(String.format(Locale.ROOT, "  combinations       %,d (%s)\n", result.combinations(),
                product(result.fields())));
        out.append(String.format(Locale.ROOT, "  skipped            %,d, contradicting themselves\n",
                result.skipped()));
        out.append(String.format(Locale.ROOT, "  assessed           %,d\n", result.assessed())
                );
        out.append(String.format(Locale.ROOT, "  distinct outcomes  %,d\n", result.distinctOutcomes())
                );
        out.append(String.format(Locale.ROOT, "  elapsed            %.2f s, %,.0f assessments per second on %d %s\n",
                result.elapsed().toNanos() / 1e9, result.assessmentsPerSecond(), result.threads(),
                result.threads() == 1 ? "thread" : "threads"));
        if (table != null) {
            out.append("  table              ").append(table).append('\n');
        }
        return out.toString();
    }

    private String source() {
        if (state == null) {
            return "the built-in scenario " + BuiltInScenario.NAME;
        }
        return StateFiles.STDIN.equals(state) ? "standard input" : state;
    }

    /** {@code phase; recommendations: A, B; warnings: C; concerns: D (raised), E (level, answered)}. */
    static String describe(List<Output> flips) {
        List<String> parts = new ArrayList<>();
        List<String> recommendations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, List<String>> concerns = new LinkedHashMap<>();
        for (Output flip : flips) {
            switch (flip.kind()) {
                case PHASE -> parts.add("phase");
                case OUT_OF_SCOPE -> parts.add("out of scope");
                case RECOMMENDATION -> recommendations.add(flip.id());
                case WARNING -> warnings.add(flip.id());
                case CONCERN_RAISED -> concerns.computeIfAbsent(flip.id(), id -> new ArrayList<>()).add("raised");
                case CONCERN_LEVEL -> concerns.computeIfAbsent(flip.id(), id -> new ArrayList<>()).add("level");
                case CONCERN_ANSWERED -> concerns.computeIfAbsent(flip.id(), id -> new ArrayList<>()).add("answered");
            }
        }
        if (!recommendations.isEmpty()) {
            parts.add("recommendations: " + String.join(", ", recommendations));
        }
        if (!warnings.isEmpty()) {
            parts.add("warnings: " + String.join(", ", warnings));
        }
        if (!concerns.isEmpty()) {
            parts.add("concerns: " + concerns.entrySet().stream()
                    .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                    .collect(Collectors.joining(", ")));
        }
        return String.join("; ", parts);
    }

    /** Wraps at {@value #WIDTH} columns, indented; past {@value #LINES_PER_FIELD} lines, points to the JSON. */
    private static void wrap(StringBuilder out, String text) {
        String indent = "    ";
        String more = " … (all with --format json)";
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        if (lines.size() > LINES_PER_FIELD) {
            String last = lines.get(LINES_PER_FIELD - 1);
            while (last.length() + more.length() > WIDTH && last.lastIndexOf(' ') > indent.length()) {
                last = last.substring(0, last.lastIndexOf(' '));
            }
            lines = new ArrayList<>(lines.subList(0, LINES_PER_FIELD - 1));
            lines.add(last + more);
        }
        lines.forEach(l -> out.append(l).append('\n'));
    }

    private static void heading(StringBuilder out, String title) {
        out.append(title).append('\n').append("-".repeat(title.length())).append('\n');
    }

    private String json(SweepResult result) {
        ObjectNode root = StateFiles.jsonObject();
        root.put("format", PolicyState.FORMAT);
        root.put("state", state == null ? BuiltInScenario.NAME : StateFiles.STDIN.equals(state) ? "<stdin>" : state);
        ArrayNode fields = root.putArray("fields");
        for (StateField field : result.fields()) {
            ObjectNode node = fields.addObject();
            node.put("path", field.path());
            ArrayNode values = node.putArray("values");
            for (Object value : field.choices()) {
                if (value instanceof Boolean flag) {
                    values.add(flag);
                } else {
                    values.add(((Enum<?>) value).name());
                }
            }
            List<Output> flips = result.flips(field);
            ObjectNode flipped = node.putObject("flips");
            flipped.put("phase", flips.contains(Output.PHASE));
            flipped.put("outOfScope", flips.contains(Output.OUT_OF_SCOPE));
            ArrayNode recommendations = flipped.putArray("recommendations");
            ArrayNode warnings = flipped.putArray("warnings");
            ArrayNode concerns = flipped.putArray("concerns");
            Map<String, ObjectNode> concernNodes = new LinkedHashMap<>();
            for (Output flip : flips) {
                switch (flip.kind()) {
                    case RECOMMENDATION -> recommendations.add(flip.id());
                    case WARNING -> warnings.add(flip.id());
                    case CONCERN_RAISED, CONCERN_LEVEL, CONCERN_ANSWERED -> {
                        ObjectNode concern = concernNodes.computeIfAbsent(flip.id(), id -> {
                            ObjectNode created = concerns.addObject();
                            created.put("id", id);
                            created.put("raised", false);
                            created.put("level", false);
                            created.put("answered", false);
                            return created;
                        });
                        concern.put(switch (flip.kind()) {
                            case CONCERN_RAISED -> "raised";
                            case CONCERN_LEVEL -> "level";
                            default -> "answered";
                        }, true);
                    }
                    default -> { }
                }
            }
        }
        root.put("combinations", result.combinations());
        root.put("skipped", result.skipped());
        root.put("assessed", result.assessed());
        root.put("distinctOutcomes", result.distinctOutcomes());
        root.put("elapsedSeconds", Math.round(result.elapsed().toNanos() / 1e6) / 1e3);
        root.put("assessmentsPerSecond", Math.round(result.assessmentsPerSecond()));
        root.put("threads", result.threads());
        root.put("table", table == null ? null : table.toString());
        return StateFiles.json(root);
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
