package org.leverage.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.Callable;
import org.leverage.api.Advisor;
import org.leverage.api.Explanation;
import org.leverage.api.PolicyState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The output formats of {@code --format}. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID",
            description = "A recommendation, concern or warning id (any case; - for _), e.g. THAAD_RADAR.")
    private String id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "STATE",
            description = "A policy state or scenario file. Default: the built-in baseline-2017 scenario.")
    private Path state;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Mixin
    private RuleOptions rules;

    @Override
    public Integer call() throws JsonProcessingException {
        PolicyState policyState = readState();
        Advisor advisor = rules.advisor();
        String wanted = id.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        if (!advisor.explainableIds().contains(wanted)) {
            throw new UserInputException("unknown id " + id + "; expected one of "
                    + String.join(", ", advisor.explainableIds()));
        }
        Explanation explanation = advisor.explain(wanted, policyState);
        PrintWriter out = spec.commandLine().getOut();
        // What each cited paragraph argues comes from the loaded catalogues, like every other word of the framework.
        Function<String, Optional<String>> paraphrase = advisor::paraphrase;
        out.print(format == Format.json ? json(explanation, paraphrase) : text(explanation, paraphrase));
        out.flush();
        return ExitCode.OK.code();
    }

    private PolicyState readState() {
        return StateFiles.readOrBaseline(state == null ? null : state.toString());
    }

    static String text(Explanation explanation, Function<String, Optional<String>> paraphrase) {
        StringBuilder text = new StringBuilder();
        String kind = explanation.kind().name().toLowerCase(Locale.ROOT);
        text.append(explanation.id()).append(" (").append(kind).append("): ")
                .append(explanation.concluded() ? verbFor(explanation.kind()) + " for this state"
                        : "not " + verbFor(explanation.kind()) + " for this state")
                .append('\n');
        if (!explanation.summary().isEmpty()) {
            text.append("  ").append(explanation.summary());
            if (!explanation.sources().isEmpty()) {
                text.append(" (").append(String.join(", ", explanation.sources())).append(')');
            }
            text.append('\n');
        }
        text.append('\n');
        if (explanation.concluded()) {
            text.append("Why:\n");
            for (Explanation.Reason reason : explanation.reasons()) {
                reason(text, reason, "", true, paraphrase);
            }
        } else if (explanation.unmet().isEmpty()) {
            text.append("Why not: no rule concludes it.\n");
        } else {
            text.append("Why not: each rule that could conclude it fails a condition.\n");
            for (Explanation.RuleCheck check : explanation.unmet()) {
                text.append("\n• ").append(check.rule()).append('\n');
                text.append("  ").append(check.file());
                if (!check.sources().isEmpty()) {
                    text.append("  ").append(String.join(", ", check.sources()));
                }
                text.append('\n');
                for (Explanation.Condition condition : check.conditions()) {
                    text.append(condition.met() ? "    met      " : "    NOT MET  ").append(condition.text())
                            .append('\n').append("             ").append(condition.detail()).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String verbFor(Explanation.Kind kind) {
        return switch (kind) {
            case RECOMMENDATION -> "recommended";
            case CONCERN -> "raised";
            case WARNING -> "warned";
        };
    }

    private static void reason(StringBuilder text, Explanation.Reason reason, String indent, boolean last,
                               Function<String, Optional<String>> paraphrase) {
        text.append(indent).append(indent.isEmpty() ? "• " : "└─ ").append(reason.rule()).append('\n');
        String inner = indent + (indent.isEmpty() ? "  " : "   ");
        for (String source : reason.sources()) {
            text.append(inner).append(source);
            paraphrase.apply(source).ifPresent(p -> text.append(" — ").append(p));
            text.append('\n');
        }
        if (!reason.facts().isEmpty()) {
            text.append(inner).append("matched: ").append(String.join("; ", reason.facts())).append('\n');
        }
        for (int i = 0; i < reason.because().size(); i++) {
            reason(text, reason.because().get(i), inner, i == reason.because().size() - 1, paraphrase);
        }
    }

    static String json(Explanation explanation, Function<String, Optional<String>> paraphrase) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", explanation.id());
        root.put("kind", explanation.kind().name());
        root.put("concluded", explanation.concluded());
        root.put("summary", explanation.summary());
        strings(root.putArray("sources"), explanation.sources());
        ArrayNode reasons = root.putArray("reasons");
        explanation.reasons().forEach(r -> reason(reasons.addObject(), r, paraphrase));
        ArrayNode unmet = root.putArray("unmet");
        for (Explanation.RuleCheck check : explanation.unmet()) {
            ObjectNode node = unmet.addObject();
            node.put("rule", check.rule());
            node.put("file", check.file());
            strings(node.putArray("sources"), check.sources());
            ArrayNode conditions = node.putArray("conditions");
            for (Explanation.Condition condition : check.conditions()) {
                ObjectNode c = conditions.addObject();
                c.put("condition", condition.text());
                c.put("met", condition.met());
                c.put("detail", condition.detail());
            }
        }
        return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    }

    private static void reason(ObjectNode node, Explanation.Reason reason,
                               Function<String, Optional<String>> paraphrase) {
        node.put("rule", reason.rule());
        node.put("file", reason.file());
        ArrayNode sources = node.putArray("sources");
        for (String source : reason.sources()) {
            ObjectNode s = sources.addObject();
            s.put("paragraph", source);
            s.put("paraphrase", paraphrase.apply(source).orElse(null));
        }
        strings(node.putArray("facts"), reason.facts());
        ArrayNode because = node.putArray("because");
        reason.because().forEach(r -> reason(because.addObject(), r, paraphrase));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
