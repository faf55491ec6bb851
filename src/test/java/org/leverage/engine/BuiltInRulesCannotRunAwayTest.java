package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leverage.TestPaths;

/**
 * Why the built-in framework runs on the caller's thread with no time limit: its rules cannot run away. Every
 * consequence only inserts conclusions logically, built from constants and matched values, and no file has a
 * function, an {@code eval}, a query or anything else that runs code of its own. A rule added to the framework
 * that does more fails here, and belongs in a rule folder, which runs watched (see {@code Advisor.Builder#timeLimit}).
 */
class BuiltInRulesCannotRunAwayTest {

    private static final Pattern CONSEQUENCE = Pattern.compile("(?ms)^\\s*then\\s*$(.*?)^\\s*end\\s*$");
    /** {@code insertLogical( new Concern( "ID", $level.atMost( Level.HIGH ) ) );}: constants and matched values. */
    private static final Pattern INSERT_ONLY = Pattern.compile(
            "insertLogical\\(\\s*new [A-Z]\\w*\\(\\s*(?:[\\w$.\"\\s,]|\\.atMost\\(|\\))*\\)\\s*\\);");
    private static final Pattern CODE_OF_ITS_OWN = Pattern.compile(
            "\\b(function|eval|query|declare|global|from|accumulate|collect|while|for|do|halt|modify|update|delete"
                    + "|retract|insert|Thread|System)\\b");

    private static List<Path> frameworkFiles() throws IOException {
        try (Stream<Path> files = Files.walk(TestPaths.rules())) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
    }

    /** The text without comments and string literals, which may say anything. */
    private static String code(Path file) throws IOException {
        return Files.readString(file).replaceAll("(?m)//.*$", "").replaceAll("\"[^\"\\n]*\"", "\"\"");
    }

    @Test
    void everyConsequenceOnlyInsertsConclusionsLogically() throws IOException {
        List<String> offending = new ArrayList<>();
        int consequences = 0;
        for (Path file : frameworkFiles()) {
            Matcher consequence = CONSEQUENCE.matcher(code(file));
            while (consequence.find()) {
                consequences++;
                String rest = INSERT_ONLY.matcher(consequence.group(1)).replaceAll("").strip();
                if (!rest.isEmpty()) {
                    offending.add(TestPaths.rules().relativize(file) + ": " + rest);
                }
            }
        }
        assertThat(consequences).as("one consequence per rule of the framework").isEqualTo(70);
        assertThat(offending).isEmpty();
    }

    @Test
    void noFileRunsCodeOfItsOwn() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : frameworkFiles()) {
            String code = code(file).replaceAll("insertLogical\\(", "(");
            Matcher word = CODE_OF_ITS_OWN.matcher(code.replaceAll("(?m)^\\s*(package|import) .*$", ""));
            while (word.find()) {
                offending.add(TestPaths.rules().relativize(file) + ": " + word.group());
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void theCheckCatchesALoopAndACallOfItsOwn() {
        String looping = "then\n    while (true) { }\nend\n";
        Matcher consequence = CONSEQUENCE.matcher(looping);
        assertThat(consequence.find()).isTrue();
        assertThat(INSERT_ONLY.matcher(consequence.group(1)).replaceAll("").strip()).isEqualTo("while (true) { }");
        assertThat(INSERT_ONLY.matcher("insertLogical( new Concern( \"X\", $level.spin() ) );").matches()).isFalse();
        assertThat(CODE_OF_ITS_OWN.matcher("    eval( spin() )").find()).isTrue();
    }
}
