package org.leverage.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.leverage.spelling.Spelling;

/**
 * Finds a name again in a rule file's text, for the errors Drools does not place itself: the patterns of what a
 * message names, and where in the text (1-based line and column) the first one after a given line stands.
 */
final class RuleText {

    /** Not part of a longer name, and not a member of something else: {@code DEMAND}, not {@code DEMANDS}. */
    private static final String START = "(?<![\\w$.])";
    private static final String END = "(?![\\w$])";
    private static final Pattern WORD = Pattern.compile("[\\w$]+");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b");
    private static final Pattern LONE_WORD = Pattern.compile("^\\s*([A-Za-z]+)\\s*$");
    private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\b");
    /** The keywords that give a rule its shape, which a misspelling turns into a confusing parser error. */
    private static final List<String> RULE_KEYWORDS = List.of("rule", "when", "then", "end");
    /** Words DRL knows, which may stand alone on a line ({@code not}, {@code or}) and are no misspelling. */
    private static final Set<String> DRL_WORDS = Set.of("package", "import", "global", "declare", "function", "rule",
            "query", "when", "then", "end", "not", "exists", "forall", "and", "or", "eval", "from", "collect",
            "accumulate", "over", "in", "matches", "contains", "memberOf", "soundslike", "modify", "insert",
            "update", "delete", "retract", "salience", "enabled", "dialect", "timer", "duration", "unit", "extends",
            "this", "null", "true", "false");

    /** A match in the text, at a 1-based line and column. */
    record Found(MatchResult match, int line, int column) {
    }

    private RuleText() {
    }

    /** A name on its own: {@code thaadDeplyed}. */
    static Pattern name(String name) {
        return Pattern.compile(START + Pattern.quote(name) + END);
    }

    /** An enum value after its type, simply or fully named: {@code Approach.DEMAND}. */
    static Pattern qualified(String type, String value) {
        return Pattern.compile(START + "(?:[\\w$]+\\.)*" + Pattern.quote(type) + "\\s*\\.\\s*" + Pattern.quote(value)
                + END);
    }

    /** A member after whatever names its owner, the owner captured: {@code Level.HIGHER}, {@code $us.thaad}. */
    static Pattern qualifiedByAnything(String member) {
        return Pattern.compile(START + "((?:[\\w$]+\\.)*[\\w$]+)\\s*\\.\\s*" + Pattern.quote(member) + END);
    }

    /** A call of a method, on whatever object: {@code approachToChin(} in {@code $us.approachToChin()}. */
    static Pattern call(String method) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(method) + "\\s*\\(");
    }

    /** A condition's text as Drools quotes it, however the file spaces it. */
    static Pattern expression(String expression) {
        StringBuilder pattern = new StringBuilder();
        for (String piece : expression.trim().split("\\s+")) {
            pattern.append(pattern.isEmpty() ? "" : "\\s*").append(Pattern.quote(piece));
        }
        return Pattern.compile(pattern.toString());
    }

    /** The matches of {@code pattern} on or after {@code fromLine}, in order, outside line comments. */
    static Stream<Found> find(String text, int fromLine, Pattern pattern) {
        String[] lines = text.split("\\R", -1);
        List<Found> found = new ArrayList<>();
        for (int i = Math.max(0, fromLine - 1); i < lines.length; i++) {
            Matcher matcher = pattern.matcher(lines[i]);
            while (matcher.find() && !lines[i].substring(0, matcher.start()).contains("//")) {
                found.add(new Found(matcher.toMatchResult(), i + 1, matcher.start() + 1));
            }
        }
        return found.stream();
    }

    /**
     * Where the consequence of the rule starting at {@code ruleLine} begins: its first line after {@code then} that
     * is not blank, at its first character. The Java compiler's place inside the consequence is lost in Drools.
     */
    static Optional<int[]> consequenceStart(String text, int ruleLine) {
        String[] lines = text.split("\\R", -1);
        boolean afterThen = false;
        for (int i = Math.max(0, ruleLine - 1); i < lines.length; i++) {
            if (afterThen && !lines[i].isBlank()) {
                return Optional.of(new int[] {i + 1, lines[i].indexOf(lines[i].strip()) + 1});
            }
            afterThen = afterThen || THEN.matcher(lines[i]).find();
        }
        return Optional.empty();
    }

    /**
     * A misspelt keyword that structures a rule ({@code whne} for {@code when}) standing alone on a line of the rule
     * holding {@code errorLine}, at or before it: the parser stumbles only later, on what follows the word.
     */
    static Optional<Found> misspeltKeyword(String text, int errorLine) {
        String[] lines = text.split("\\R", -1);
        for (int i = Math.min(errorLine, lines.length) - 1; i >= 0; i--) {
            Matcher lone = LONE_WORD.matcher(lines[i]);
            if (lone.find() && misspeltKeyword(lone.group(1)).isPresent()) {
                return Optional.of(new Found(lone.toMatchResult(), i + 1, lone.start(1) + 1));
            }
            if (RULE_START.matcher(lines[i]).find()) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The keyword a word that is no DRL word misspells, if it is close to one. */
    static Optional<String> misspeltKeyword(String word) {
        return DRL_WORDS.contains(word) ? Optional.empty() : Spelling.closest(word, RULE_KEYWORDS);
    }

    /** The name at a 1-based line and column, or null: what a decision table's cell may hold. */
    static String wordAt(String text, int line, int column) {
        String[] lines = text.split("\\R", -1);
        if (line < 1 || line > lines.length || column < 1) {
            return null;
        }
        Matcher word = WORD.matcher(lines[line - 1]);
        while (word.find()) {
            if (word.start() <= column - 1 && column - 1 < word.end()) {
                return word.group();
            }
        }
        return null;
    }
}
