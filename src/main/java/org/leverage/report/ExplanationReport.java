package org.leverage.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.leverage.api.Explanation;
import java.util.Optional;
import java.util.function.Function;

/**
 * Why a recommendation, concern or warning is concluded for a state, or why not: as text for a person, the rules
 * as a tree down to the input facts with each paragraph's paraphrase, or each rule that could conclude it with
 * the conditions met and not met; as JSON for a program, the same in the spaced layout explain has always written.
 * What each cited paragraph argues comes from the loaded catalogues ({@code Advisor::paraphrase}), like every
 * other word of the framework.
 */
public final class ExplanationReport {

    private ExplanationReport() {
    }

    /** The explanation as text. */
    public static String text(Explanation explanation, Function<String, Optional<String>> paraphrase) {
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
                reason(text, reason, "", paraphrase);
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

    /** One rule of the tree and, below it, the rules it rests on, each a step further in. */
    private static void reason(StringBuilder text, Explanation.Reason reason, String indent,
                               Function<String, Optional<String>> paraphrase) {
        text.append(indent).append(indent.isEmpty() ? "• " : "└─ ").append(reason.rule()).append('\n');
        String inner = indent + (indent.isEmpty() ? "  " : "   ");
        for (String source : reason.sources()) {
            text.append(inner).append(source);
            paraphrase.apply(source).ifPresent(p -> text.append(" — ").append(p));
            text.append('\n');
        }
        if (!reason.facts().isEmpty()) {
            text.append(inner).append("matched: ").append(String.join("; ", Text.of(reason.facts()))).append('\n');
        }
        for (Explanation.Reason because : reason.because()) {
            reason(text, because, inner, paraphrase);
        }
    }

    /** The explanation as JSON: id, kind, concluded, summary, sources, reasons (a tree), unmet. */
    public static String json(Explanation explanation, Function<String, Optional<String>> paraphrase) {
        ObjectNode root = Json.object();
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
        return Json.write(root, Json.Layout.SPACED);
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
        strings(node.putArray("facts"), Text.of(reason.facts()));
        ArrayNode because = node.putArray("because");
        reason.because().forEach(r -> reason(because.addObject(), r, paraphrase));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
