package org.leverage.engine;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.leverage.api.RuleException;
import org.leverage.api.SourceLocation;
import org.leverage.spelling.AsciiCase;
import org.leverage.spelling.Spelling;

/**
 * The conditions that compile but cannot mean what they say: a true-or-false or an enum field compared with
 * quoted text ({@code thaadDeployed == "yes"}, {@code approachToChina == "DEMANDS"}). Drools accepts both; the
 * first holds exactly when the analyst meant it not to, the second never holds. Found in the compiled conditions
 * and reported, like a compile error, at the condition in the analyst's file.
 */
final class QuotedComparisons {

    /** A field compared, for equality or its opposite, with quoted text. */
    private static final Pattern FIELD_AND_TEXT = Pattern.compile("(?<![\\w$.])([A-Za-z_]\\w*)\\s*(==|!=)\\s*\"([^\"]*)\"");

    private QuotedComparisons() {
    }

    /** @throws RuleException naming every such condition, when there is one */
    static void check(Map<Rule, RuleInfo> rules, List<RuleFile> files) {
        Map<String, RuleFile> byName = new LinkedHashMap<>();
        files.forEach(file -> byName.put(file.displayName(), file));
        Map<String, SourceLocation> found = new LinkedHashMap<>();
        rules.forEach((rule, info) -> {
            for (DroolsInternals.Condition condition : DroolsInternals.conditionsOf(rule)) {
                if (condition.pattern() != null && condition.pattern().type() != null) {
                    check(condition.pattern(), info, byName.get(info.file()), found);
                }
            }
        });
        if (found.isEmpty()) {
            return;
        }
        // In the order of the files and lines, as the analyst reads them.
        Map<String, SourceLocation> problems = new LinkedHashMap<>();
        found.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, SourceLocation> p) -> p.getValue().file())
                        .thenComparingInt(p -> p.getValue().line()).thenComparingInt(p -> p.getValue().column())
                        .thenComparing(Map.Entry::getKey))
                .forEach(p -> problems.put(p.getKey(), p.getValue()));
        List<String> lines = List.copyOf(problems.keySet());
        SourceLocation first = problems.values().iterator().next();
        String summary = lines.get(0).substring(first.toString().length() + 2)
                + (lines.size() > 1 ? " (and " + (lines.size() - 1) + " more)" : "");
        throw new RuleException(first, summary, lines, null);
    }

    private static void check(DroolsInternals.FactPattern pattern, RuleInfo rule, RuleFile file,
                              Map<String, SourceLocation> problems) {
        for (String constraint : pattern.constraints()) {
            Matcher comparison = FIELD_AND_TEXT.matcher(constraint);
            while (comparison.find()) {
                Optional<Class<?>> type = fieldType(pattern.type(), comparison.group(1));
                Optional<String> advice = type.flatMap(t -> advice(comparison.group(1), comparison.group(2), t,
                        comparison.group(3)));
                if (advice.isPresent()) {
                    SourceLocation location = locate(file, rule, comparison.group());
                    problems.putIfAbsent(location + ": " + advice.get(), location);
                }
            }
        }
    }

    private static Optional<Class<?>> fieldType(Class<?> record, String field) {
        if (!record.isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(field))
                .<Class<?>>map(RecordComponent::getType).findFirst();
    }

    /** What to write instead, for a true-or-false or an enum field; empty for a field that is text. */
    private static Optional<String> advice(String field, String operator, Class<?> type, String text) {
        String compared = field + " " + operator + " \"" + text + "\"";
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of(compared + " compares a true-or-false field with text, which Drools accepts and"
                    + " gets wrong; write " + field + " " + operator + " true (or false)");
        }
        if (type.isEnum()) {
            List<String> values = Arrays.stream(type.getEnumConstants()).map(v -> ((Enum<?>) v).name()).toList();
            String name = type.getSimpleName();
            String folded = AsciiCase.upper(text).replace('-', '_');
            Optional<String> meant = values.contains(folded) ? Optional.of(folded) : Spelling.closest(text, values);
            String article = "AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
            return Optional.of(compared + " compares " + article + name + " with text, so it never holds; write " + field
                    + " " + operator + " " + name + "." + meant.orElse(values.get(0))
                    + (meant.isPresent() ? "" : " or another of " + String.join(", ", values)));
        }
        return Optional.empty();
    }

    /** The comparison in the analyst's file, on or after the rule's first line; the file alone when not found. */
    private static SourceLocation locate(RuleFile file, RuleInfo rule, String comparison) {
        if (file == null) {
            return new SourceLocation(rule.file(), 0, 0);
        }
        Pattern ruleStart = Pattern.compile("\\brule\\s+\"" + Pattern.quote(rule.name().replace("\"", "\\\"")) + "\"");
        int ruleLine = RuleText.find(file.text(), 1, ruleStart).findFirst().map(RuleText.Found::line).orElse(1);
        List<RuleText.Found> found = new ArrayList<>(RuleText.find(file.text(), ruleLine,
                RuleText.expression(comparison)).limit(1).toList());
        if (found.isEmpty()) {
            return new SourceLocation(file.displayName(), ruleLine, 0);
        }
        RuleText.Found at = found.get(0);
        Optional<DecisionTables.Cells.Cell> cell = file.table().locate(file.text(), at.line(), null);
        return cell.map(c -> new SourceLocation(file.displayName(), c.row(), c.column()))
                .orElse(new SourceLocation(file.displayName(), at.line(), at.column()));
    }
}
