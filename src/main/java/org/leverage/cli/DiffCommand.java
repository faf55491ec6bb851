package org.leverage.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.leverage.api.Advisor;
import org.leverage.api.PolicyState;
import org.leverage.whatif.ConcernState;
import org.leverage.whatif.Difference;
import org.leverage.whatif.Difference.ConcernChange;
import org.leverage.whatif.Difference.FactChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    /** The output formats of {@code --format}. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A",
            description = "The state to compare from: a state or scenario file, or - for standard input.")
    private String a;

    @Parameters(index = "1", paramLabel = "B",
            description = "The state to compare to: a state or scenario file, or - for standard input.")
    private String b;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the difference to FILE instead of standard output.")
    private Path output;

    @Option(names = "--force", description = "With --output, replace FILE if it exists.")
    private boolean force;

    @Mixin
    private RuleOptions rules;

    @Override
    public Integer call() throws IOException {
        if (StateFiles.STDIN.equals(a) && StateFiles.STDIN.equals(b)) {
            throw new UserInputException("A and B both name standard input (-); at most one can");
        }
        StateFiles.checkOutput(output, "--output", force, a, b);
        PolicyState stateA = StateFiles.read(a);
        PolicyState stateB = StateFiles.read(b);
        Advisor advisor = rules.advisor();
        Difference difference = Difference.between(stateA, advisor.assess(stateA), stateB, advisor.assess(stateB));
        String rendered = format == Format.json ? json(difference) : text(difference);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
        } else {
            StateFiles.write(output, rendered);
        }
        return ExitCode.OK.code();
    }

    private String text(Difference d) {
        StringBuilder out = new StringBuilder();
        out.append("A: ").append(name(a)).append('\n');
        out.append("B: ").append(name(b)).append('\n');

        out.append('\n');
        heading(out, "Facts (A → B)");
        if (d.facts().isEmpty()) {
            out.append("  no change\n");
        }
        int width = d.facts().stream().mapToInt(f -> f.path().length()).max().orElse(0);
        for (FactChange fact : d.facts()) {
            out.append("  ").append(pad(fact.path(), width)).append("  ").append(value(fact.a())).append(" → ")
                    .append(value(fact.b())).append('\n');
        }

        out.append('\n');
        heading(out, "Recommendations");
        gainedAndLost(out, d.recommendationsGained(), d.recommendationsLost(), d.recommendationsTaken());

        out.append('\n');
        heading(out, "Beijing's concerns");
        if (d.concerns().isEmpty()) {
            out.append("  no change\n");
        }
        int idWidth = d.concerns().stream().mapToInt(c -> c.id().length()).max().orElse(0);
        for (ConcernChange concern : d.concerns()) {
            out.append("  ").append(pad(concern.id(), idWidth)).append("  ").append(concern(concern.a()))
                    .append(" → ").append(concern(concern.b())).append('\n');
        }

        out.append('\n');
        heading(out, "Warnings");
        gainedAndLost(out, d.warningsGained(), d.warningsLost(), List.of());

        out.append('\n');
        heading(out, "Phase");
        if (d.phaseChanged()) {
            out.append("  ").append(d.phaseA()).append(" → ").append(d.phaseB()).append('\n');
        } else {
            out.append("  no change (").append(d.phaseA()).append(")\n");
        }

        out.append('\n');
        heading(out, "Out of scope");
        if (d.outOfScopeChanged()) {
            out.append("  ").append(scope(d.outOfScopeA())).append(" → ").append(scope(d.outOfScopeB())).append('\n');
        } else {
            out.append("  no change (").append(scope(d.outOfScopeA())).append(")\n");
        }
        return out.toString();
    }

    /** Gained, then lost ("no longer advised"), then taken ("now in place": B did it). */
    private static void gainedAndLost(StringBuilder out, List<String> gained, List<String> lost, List<String> taken) {
        if (gained.isEmpty() && lost.isEmpty() && taken.isEmpty()) {
            out.append("  no change\n");
        }
        gained.forEach(id -> out.append("  gained        ").append(id).append('\n'));
        lost.forEach(id -> out.append("  lost          ").append(id).append('\n'));
        taken.forEach(id -> out.append("  now in place  ").append(id).append('\n'));
    }

    private static void heading(StringBuilder out, String title) {
        out.append(title).append('\n').append("-".repeat(title.length())).append('\n');
    }

    private static String name(String argument) {
        return StateFiles.STDIN.equals(argument) ? "<stdin>" : argument;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    /** A fact's value as a state file writes it; a label quoted, a missing date as {@code none}. */
    private static String value(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof String label) {
            return '"' + label.replaceAll("\\s*\\R\\s*", " ") + '"';
        }
        return String.valueOf(value);
    }

    private static String concern(ConcernState state) {
        return state == null ? "not raised" : state.toString();
    }

    private static String scope(String reason) {
        return reason == null ? "in scope" : "out of scope: " + reason.replaceAll("\\s*\\R\\s*", " ");
    }

    private String json(Difference d) {
        ObjectNode root = StateFiles.jsonObject();
        root.put("format", PolicyState.FORMAT);
        root.put("a", name(a));
        root.put("b", name(b));
        ArrayNode facts = root.putArray("facts");
        for (FactChange fact : d.facts()) {
            ObjectNode node = facts.addObject();
            node.put("path", fact.path());
            put(node, "a", fact.a());
            put(node, "b", fact.b());
        }
        ObjectNode recommendations = root.putObject("recommendations");
        gainedAndLost(recommendations, d.recommendationsGained(), d.recommendationsLost());
        ArrayNode taken = recommendations.putArray("nowInPlace");
        d.recommendationsTaken().forEach(taken::add);
        ArrayNode concerns = root.putArray("concerns");
        for (ConcernChange change : d.concerns()) {
            ObjectNode node = concerns.addObject();
            node.put("id", change.id());
            concern(node, "a", change.a());
            concern(node, "b", change.b());
        }
        gainedAndLost(root.putObject("warnings"), d.warningsGained(), d.warningsLost());
        ObjectNode phase = root.putObject("phase");
        phase.put("a", d.phaseA().name());
        phase.put("b", d.phaseB().name());
        ObjectNode scope = root.putObject("outOfScope");
        scope.put("a", d.outOfScopeA());
        scope.put("b", d.outOfScopeB());
        return StateFiles.json(root);
    }

    private static void gainedAndLost(ObjectNode node, List<String> gained, List<String> lost) {
        ArrayNode gainedNode = node.putArray("gained");
        gained.forEach(gainedNode::add);
        ArrayNode lostNode = node.putArray("lost");
        lost.forEach(lostNode::add);
    }

    /** A fact's value as JSON: a boolean as a boolean, a date or an enum constant as its text. */
    private static void put(ObjectNode node, String name, Object value) {
        if (value == null) {
            node.putNull(name);
        } else if (value instanceof Boolean flag) {
            node.put(name, flag);
        } else if (value instanceof Enum<?> constant) {
            node.put(name, constant.name());
        } else {
            node.put(name, value.toString());
        }
    }

    private static void concern(ObjectNode node, String name, ConcernState state) {
        if (state == null) {
            node.putNull(name);
            return;
        }
        ObjectNode inner = node.putObject(name);
        inner.put("kind", state.kind().name());
        inner.put("level", state.level() == null ? null : state.level().name());
        inner.put("answered", state.answered());
        inner.put("answeredInPart", state.answeredInPart());
    }
}
