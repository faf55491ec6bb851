package org.leverage.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.leverage.api.RuleException;
import org.leverage.api.SourceLocation;

/**
 * What Drools says of rule files that do not compile, as one line per problem in an analyst's words: the file,
 * line and column she wrote it at (for a decision table, the row and column of the cell), what is wrong, the
 * name she probably meant and, for an enum value, the values there are.
 *
 * <p>Drools places some errors itself ({@code [Line: 9, Column: 4]} in the text, or the parser's {@code Line
 * 10:0}); an unknown enum value in a condition it places nowhere, and an error in a consequence only at the rule.
 * Those are placed here by finding the offending name in the rule's text, from the rule on.
 */
final class CompileErrors {

    private static final Pattern LINE_AND_COLUMN = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    /** The parser's own prefix on a syntax error, e.g. {@code [ERR 102] Line 10:0}; its column is 0-based. */
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+] Line (\\d+):(\\d+)\\s*");
    /** A condition Drools could not read: {@code Unable to Analyse Expression E: [Error: WHY] [Near ...}. */
    private static final Pattern CONDITION = Pattern.compile("^Unable to Analyse Expression (.*?): \\[Error: (.*?)]");
    /** MVEL's words for a name it cannot find in a condition: a field, an enum value, or a type as a qualifier. */
    private static final Pattern UNRESOLVED =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern INCOMPATIBLE = Pattern.compile(
            "Comparison operation requires compatible types\\. Found (?:class )?([\\w.$]+) and (?:class )?([\\w.$]+)");
    private static final Pattern UNKNOWN_OBJECT_TYPE = Pattern.compile("^Unable to resolve ObjectType '([\\w.$]+)'$");
    /** Drools' prefix on what the Java compiler said of a rule's consequence, placed at the rule's first line. */
    private static final String CONSEQUENCE = "Rule Compilation error ";
    private static final Pattern NOT_A_FIELD = Pattern.compile("^([\\w$]+) cannot be resolved or is not a field$");
    private static final Pattern NOT_A_TYPE = Pattern.compile("^([\\w$]+) cannot be resolved to a type$");
    private static final Pattern NOT_A_VARIABLE = Pattern.compile("^([\\w$]+) cannot be resolved(?: to a variable)?$");
    private static final Pattern NO_SUCH_METHOD =
            Pattern.compile("^The method ([\\w$]+)\\((.*?)\\) is undefined for the type ([\\w$]+)$");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '([^']+)'");

    /**
     * One problem in an analyst's words, with how to find it in the rule's text when Drools did not say where:
     * {@code where} matches the offending text, {@code word} is the name a decision table's cell would hold.
     */
    private record Diagnosis(String message, Pattern where, String word) {
        Diagnosis(String message) {
            this(message, null, null);
        }
    }

    private CompileErrors() {
    }

    /** The rule-file error for everything Drools found wrong in these files. */
    static RuleException of(Collection<? extends KnowledgeBuilderError> errors, List<RuleFile> files) {
        Map<String, RuleFile> bySourcePath = new HashMap<>();
        files.forEach(f -> bySourcePath.put(f.sourcePath(), f));
        LinkedHashMap<String, SourceLocation> problems = new LinkedHashMap<>();
        for (KnowledgeBuilderError error : errors) {
            String message = oneLine(error.getMessage());
            if (message.contains("Parser returned a null Package")) {
                continue; // Drools' echo of a syntax error already reported
            }
            String sourcePath = error.getResource() == null ? null : error.getResource().getSourcePath();
            RuleFile file = sourcePath == null ? null : bySourcePath.get(sourcePath);
            if (file == null) {
                file = new RuleFile(sourcePath != null ? sourcePath : "(rules)", String.valueOf(sourcePath), "");
            }
            int line = error.getLines() != null && error.getLines().length > 0 ? Math.max(0, error.getLines()[0]) : 0;
            read(file, line, message).forEach((problem, location) -> problems.putIfAbsent(problem, location));
        }
        List<String> distinct = List.copyOf(problems.keySet());
        SourceLocation first = problems.isEmpty() ? new SourceLocation("(rules)", 0, 0)
                : problems.values().iterator().next();
        String summary = distinct.isEmpty() ? "the rules do not compile"
                : distinct.get(0).substring(first.toString().length() + 2);
        if (distinct.size() > 1) {
            summary += " (and " + (distinct.size() - 1) + " more)";
        }
        return new RuleException(first, summary, distinct, null);
    }

    /** The problems one error of Drools stands for, each as its line and where it is, in the order found. */
    private static Map<String, SourceLocation> read(RuleFile file, int droolsLine, String droolsMessage) {
        String text = file.text();
        String message = droolsMessage;
        int line = droolsLine;
        int column = 0;
        boolean placedByDrools = false;
        Matcher where = LINE_AND_COLUMN.matcher(message);
        Matcher parser = PARSER_POSITION.matcher(message);
        if (where.find()) {
            line = Integer.parseInt(where.group(1));
            column = Integer.parseInt(where.group(2)) + 1;
            message = oneLine(message.replace(where.group(), ""));
            placedByDrools = true;
        } else if (parser.find()) {
            line = Integer.parseInt(parser.group(1));
            column = Integer.parseInt(parser.group(2)) + 1;
            message = "syntax error: " + message.substring(parser.end());
            placedByDrools = true;
            Matcher mismatched = MISMATCHED.matcher(message);
            Optional<String> meant = mismatched.find()
                    ? RuleText.misspeltKeyword(mismatched.group(1)) : Optional.empty();
            // A misspelt keyword alone on its line is read as a fact type: the parser stumbles on a later line.
            Optional<RuleText.Found> misspelt = meant.isPresent() ? Optional.empty()
                    : RuleText.misspeltKeyword(text, line);
            if (meant.isPresent()) {
                message = message.replaceFirst("\\.$", "") + "; did you mean " + meant.get() + "?";
            } else if (misspelt.isPresent()) {
                String word = misspelt.get().match().group(1);
                line = misspelt.get().line();
                column = misspelt.get().column();
                message = "syntax error: unknown keyword " + word + "; did you mean "
                        + RuleText.misspeltKeyword(word).orElseThrow() + "?";
            }
        }
        boolean inConsequence = message.startsWith(CONSEQUENCE);
        Diagnosis diagnosis = inConsequence
                ? consequence(message.substring(CONSEQUENCE.length()), text, line) : condition(message);
        List<RuleText.Found> found = new ArrayList<>();
        if (diagnosis.where() != null && line > 0) {
            RuleText.find(text, line, diagnosis.where()).findFirst().ifPresent(found::add);
        } else if (diagnosis.where() != null) {
            // Placed nowhere, a mistake is reported once however often the file makes it: name each place.
            RuleText.find(text, 1, diagnosis.where()).forEach(found::add);
        }
        List<int[]> places = new ArrayList<>();
        if (placedByDrools || found.isEmpty()) {
            Optional<int[]> consequenceStart = placedByDrools || !inConsequence || line == 0
                    ? Optional.empty() : RuleText.consequenceStart(text, line);
            places.add(placedByDrools ? new int[] {line, column}
                    : consequenceStart.orElse(new int[] {line, columnOfQuotedName(text, line, diagnosis.message())}));
        } else {
            found.forEach(f -> places.add(new int[] {f.line(), f.column()}));
        }
        Map<String, SourceLocation> problems = new LinkedHashMap<>();
        for (int i = 0; i < places.size(); i++) {
            int[] place = places.get(i);
            // The name at the offending text, which a decision table's cell holds, wherever Drools placed it.
            // Either Drools placed it (one place, at most one match) or each match is a place.
            int[] named = found.isEmpty() ? place : new int[] {found.get(i).line(), found.get(i).column()};
            String word = diagnosis.word() != null ? diagnosis.word() : RuleText.wordAt(text, named[0], named[1]);
            SourceLocation location = new SourceLocation(file.displayName(), place[0], place[1]);
            String said = diagnosis.message();
            Optional<DecisionTables.Cells.Cell> cell = file.table().locate(text, place[0], word);
            if (cell.isPresent()) {
                location = new SourceLocation(file.displayName(), cell.get().row(), cell.get().column());
                said = cell.get().column() > 0 ? "cell " + cell.get().name() + ": " + said : said;
            }
            problems.putIfAbsent(location + ": " + said, location);
        }
        return problems;
    }

    /** A problem in a rule's conditions, which MVEL reads. */
    private static Diagnosis condition(String message) {
        Matcher unresolved = UNRESOLVED.matcher(message);
        Matcher condition = CONDITION.matcher(message);
        String expression = condition.find() ? condition.group(1) : null;
        Matcher object = UNKNOWN_OBJECT_TYPE.matcher(message);
        if (object.find()) {
            String written = object.group(1);
            return new Diagnosis(message + RuleVocabulary.didYouMean(written, RuleVocabulary.typeNames()),
                    RuleText.name(written), written);
        }
        if (unresolved.find()) {
            String name = unresolved.group(2);
            Optional<Class<?>> owner = RuleVocabulary.type(unresolved.group(1));
            if (owner.isPresent() && owner.get().isEnum()) {
                String type = owner.get().getSimpleName();
                return new Diagnosis(RuleVocabulary.unknownValue(name, owner.get()),
                        RuleText.qualified(type, name), name);
            }
            boolean usedAsQualifier = expression != null && Character.isUpperCase(name.charAt(0))
                    && Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "\\s*\\.").matcher(expression).find();
            if (usedAsQualifier) {
                return new Diagnosis(RuleVocabulary.unknownType(name), RuleText.name(name), name);
            }
            if (owner.isPresent() && owner.get().isRecord()) {
                return new Diagnosis(RuleVocabulary.unknownField(name, owner.get()), RuleText.name(name), name);
            }
        }
        if (expression == null) {
            return new Diagnosis(message);
        }
        Matcher incompatible = INCOMPATIBLE.matcher(message);
        String why = incompatible.find()
                ? "wrong type, " + simple(incompatible.group(1)) + " compared with " + simple(incompatible.group(2))
                : condition.group(2);
        return new Diagnosis("cannot read the condition " + expression + ": " + why, RuleText.expression(expression),
                null);
    }

    /** A problem in a rule's consequence, which the Java compiler reads; Drools places it at the rule. */
    private static Diagnosis consequence(String said, String text, int ruleLine) {
        Matcher notAField = NOT_A_FIELD.matcher(said);
        Matcher notAType = NOT_A_TYPE.matcher(said);
        Matcher noSuchMethod = NO_SUCH_METHOD.matcher(said);
        Matcher notAVariable = NOT_A_VARIABLE.matcher(said);
        if (notAField.find()) {
            String name = notAField.group(1);
            Pattern qualified = RuleText.qualifiedByAnything(name);
            Optional<Class<?>> owner = RuleText.find(text, Math.max(1, ruleLine), qualified).findFirst()
                    .flatMap(found -> RuleVocabulary.type(found.match().group(1)));
            if (owner.isPresent() && owner.get().isEnum()) {
                return new Diagnosis(RuleVocabulary.unknownValue(name, owner.get()), qualified, name);
            }
            return new Diagnosis("in the consequence: " + said, qualified, name);
        }
        if (notAType.find()) {
            String name = notAType.group(1);
            return new Diagnosis(RuleVocabulary.unknownType(name), RuleText.name(name), name);
        }
        if (noSuchMethod.find()) {
            String method = noSuchMethod.group(1);
            Optional<Class<?>> owner = RuleVocabulary.type(noSuchMethod.group(3));
            String closest = owner.filter(Class::isRecord)
                    .map(type -> RuleVocabulary.didYouMean(method, RuleVocabulary.fields(type)))
                    .map(suggestion -> suggestion.replace("?", "()?")).orElse("");
            return new Diagnosis("unknown method " + method + "(" + noSuchMethod.group(2) + ") of "
                    + noSuchMethod.group(3) + closest, RuleText.call(method), method);
        }
        if (notAVariable.find()) {
            return new Diagnosis("in the consequence: " + said, RuleText.name(notAVariable.group(1)),
                    notAVariable.group(1));
        }
        return new Diagnosis("in the consequence: " + said);
    }

    /** Where on its line the name a message quotes ('TaiwanStrait', say) stands; 0 when it cannot tell. */
    private static int columnOfQuotedName(String text, int line, String message) {
        Matcher quoted = QUOTED.matcher(message);
        String[] lines = text.split("\\R", -1);
        if (!quoted.find() || line > lines.length) {
            return 0;
        }
        int index = lines[line - 1].indexOf(quoted.group(1));
        return index < 0 ? 0 : index + 1;
    }

    /** {@code java.lang.Integer} as {@code Integer}. */
    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").trim();
    }
}
