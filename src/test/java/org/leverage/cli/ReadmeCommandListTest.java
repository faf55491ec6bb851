package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.TestPaths;

/** The README's "Commands" section names every command the command line has, with its usage line and a paragraph. */
class ReadmeCommandListTest {

    @Test
    void everyCommandHasAUsageLineAndAParagraphInTheReadme() throws IOException {
        String readme = Files.readString(TestPaths.project().resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## Commands\n");
        assertThat(section).as("README's section \"Commands\"").isNotNegative();
        String commands = readme.substring(section, readme.indexOf("\n## ", section + 1));
        int start = commands.indexOf("```\n") + 4;
        List<String> usage = commands.substring(start, commands.indexOf("```", start)).lines().toList();
        List<String> names = LeverageCli.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())).getSubcommands().keySet().stream()
                .filter(name -> !name.equals("help")).toList();
        assertThat(names).contains("reach");
        for (String name : names) {
            assertThat(usage).as("a usage line for %s", name)
                    .anyMatch(line -> (line + " ").startsWith("leverage " + name + " "));
            assertThat(commands).as("a paragraph on %s", name).containsPattern("(?m)^- [^\\n]*`" + name + "[ `]");
        }
    }
}
