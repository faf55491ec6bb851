package org.leverage.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.leverage.api.Conclusion;
import org.leverage.api.RuleDescription;

/**
 * The whole framework on one page: every rule, file by file, with its name, its sources and what it concludes. As
 * text for a person, ending with the count of rules and files; as JSON for a program, an array of rules in the
 * spaced layout rules has always written.
 */
public final class RulesReport {

    private RulesReport() {
    }

    /** The rules as text. */
    public static String text(List<RuleDescription> rules) {
        StringBuilder text = new StringBuilder();
        String file = null;
        for (RuleDescription rule : rules) {
            if (!rule.file().equals(file)) {
                file = rule.file();
                text.append(text.length() == 0 ? "" : "\n").append(file).append('\n');
            }
            text.append("  ").append(rule.name()).append('\n');
            text.append("      source: ")
                    .append(rule.sources().isEmpty() ? "(none)" : String.join(", ", rule.sources()))
                    .append("   concludes: ")
                    .append(rule.concludes().isEmpty() ? "(nothing)"
                            : String.join(", ", rule.concludes().stream().map(RulesReport::conclusion).toList()))
                    .append('\n');
        }
        long files = rules.stream().map(RuleDescription::file).distinct().count();
        text.append('\n').append(rules.size()).append(" rules in ").append(files).append(" files\n");
        return text.toString();
    }

    /** The rules as JSON: an array of {name, file, sources, concludes}. */
    public static String json(List<RuleDescription> rules) {
        ArrayNode array = Json.array();
        for (RuleDescription rule : rules) {
            ObjectNode node = array.addObject();
            node.put("name", rule.name());
            node.put("file", rule.file());
            ArrayNode sources = node.putArray("sources");
            rule.sources().forEach(sources::add);
            ArrayNode concludes = node.putArray("concludes");
            rule.concludes().forEach(c -> concludes.add(conclusion(c)));
        }
        return Json.write(array, Json.Layout.SPACED);
    }

    /** A conclusion as {@code Type:ID}, with {@code @MODALITY} when the rule states its own. */
    private static String conclusion(Conclusion conclusion) {
        return conclusion.type() + ":" + conclusion.id()
                + (conclusion.modality() == null ? "" : "@" + conclusion.modality().name());
    }
}
